/**
 * The document structure of every built page, read from its raw text as
 * htmlparser2 tokenises it (html-validate and browsers repair a stray tag
 * quietly): one `<html>`, `<head>` and `<body>`, each written out and closed
 * once, in that order, and nothing but whitespace and comments around them.
 * Runs in Vitest (Node) over dist/, after `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { Parser } from 'htmlparser2';
import { describe, expect, test } from 'vitest';
import { filesUnder } from '../support/pages.ts';

/** A start tag, an end tag written out, or text, where it starts in the page. */
type Token = { kind: 'start' | 'end'; name: string; at: number } | { kind: 'text'; text: string; at: number };

/** The tokens of a page in source order; tags the parser implies (never written) are left out, as are comments. */
function tokensOf(html: string): Token[] {
  const tokens: Token[] = [];
  const parser = new Parser({
    onopentag: (name, _, implied) => void (implied || tokens.push({ kind: 'start', name, at: parser.startIndex })),
    onclosetag: (name, implied) => void (implied || tokens.push({ kind: 'end', name, at: parser.startIndex })),
    ontext: (text) => void tokens.push({ kind: 'text', text, at: parser.startIndex }),
  });
  parser.end(html);
  return tokens;
}

const DOCUMENT_TAGS = ['html', 'head', 'body'] as const;

/** What is wrong with a page's document structure, one line each; none when it is sound. */
function structureProblems(html: string): string[] {
  const problems: string[] = [];
  if (!/^<!doctype html>/i.test(html)) problems.push('does not start with <!doctype html>');
  const tokens = tokensOf(html);
  const where = (kind: 'start' | 'end', name: string) =>
    tokens.filter((t) => t.kind === kind && t.name === name).map((t) => t.at);
  for (const name of DOCUMENT_TAGS) {
    for (const kind of ['start', 'end'] as const) {
      const found = where(kind, name).length;
      if (found !== 1) problems.push(`${found} <${kind === 'end' ? '/' : ''}${name}> tags, not 1`);
    }
  }
  if (problems.length) return problems;
  const at = (kind: 'start' | 'end', name: string) => where(kind, name)[0]!;
  const order = [
    at('start', 'html'),
    at('start', 'head'),
    at('end', 'head'),
    at('start', 'body'),
    at('end', 'body'),
    at('end', 'html'),
  ];
  if (order.some((index, i) => i > 0 && index < order[i - 1]!))
    problems.push('<html>, <head>, </head>, <body>, </body>, </html> are out of order');
  // Outside <head> and <body>, only whitespace: a tag or text there is a stray the browser moves (or drops).
  const outside = (token: Token) =>
    token.at < at('start', 'head') ||
    (token.at > at('end', 'head') && token.at < at('start', 'body')) ||
    token.at > at('end', 'body');
  for (const token of tokens.filter(outside)) {
    if (token.kind === 'text' && !token.text.trim()) continue;
    if (token.kind !== 'text' && (DOCUMENT_TAGS as readonly string[]).includes(token.name)) continue;
    const what =
      token.kind === 'text'
        ? `text "${token.text.trim().slice(0, 40)}"`
        : `<${token.kind === 'end' ? '/' : ''}${token.name}>`;
    const place =
      token.at > at('end', 'html')
        ? 'after </html>'
        : token.at > at('end', 'body')
          ? 'after </body>'
          : 'outside <head> and <body>';
    problems.push(`${what} at ${token.at}, ${place}`);
  }
  return problems;
}

const pages = filesUnder('dist', (name) => name.endsWith('.html'));

describe('document structure', () => {
  test('the check finds a script after </html>, an element after </body> and a second <body>', () => {
    const page = (body: string, after = '') =>
      `<!doctype html>\n<html lang="zh"><head><title>t</title></head><body>${body}</body>${after}</html>\n`;
    expect(structureProblems(page('<p>x</p>'))).toEqual([]);
    expect(structureProblems(`${page('<p>x</p>')}<!-- a comment --> \n`)).toEqual([]);
    expect(structureProblems(`${page('<p>x</p>')}<script type="module" src="/a.js"></script>`)).toEqual([
      expect.stringMatching(/^<script> at \d+, after <\/html>$/),
      expect.stringMatching(/^<\/script> at \d+, after <\/html>$/),
    ]);
    expect(structureProblems(page('<p>x</p>', '<link rel="stylesheet" href="/a.css">'))).toEqual([
      expect.stringMatching(/^<link> at \d+, after <\/body>$/),
    ]);
    expect(structureProblems(page('<p>x</p><body>'))).toEqual(['2 <body> tags, not 1']);
  });

  test('every built page has one <html>, <head> and <body>, and nothing after </body> or </html>', () => {
    expect(pages.length).toBeGreaterThan(0);
    // Share pages among them: their script once stood after </html>.
    expect(pages.some((page) => page.endsWith('/share/index.html'))).toBe(true);
    const problems = Object.fromEntries(
      pages.map((page) => [page, structureProblems(readFileSync(page, 'utf8'))]).filter(([, found]) => found!.length),
    );
    expect(problems).toEqual({});
  });
});
