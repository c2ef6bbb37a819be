import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { withOwnHashesOnly } from '../../src/lib/site/page-csp.node.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const [script, style, elsewhere] = ['try{boot()}catch(e){}', ':root{color:red}', 'other(page)'];
const page = (policy: string, body = '') =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"><script>${script}</script>` +
  `<style>${style}</style><script type="module" src="/_astro/a.js"></script></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)![1];

describe('a page’s CSP lists the hashes of its own inline scripts and styles only', () => {
  test('hashes of what is not on the page are left out; everything else stays as it was', () => {
    const all = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(elsewhere)} ${hash(script)} ${hash('/* a.js */')}; style-src 'self' ${hash(style)} ${hash('p{}')};`;
    const html = page(all, '<p>正文</p>');
    const narrowed = withOwnHashesOnly(html);
    expect(policyOf(narrowed)).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(script)}; style-src 'self' ${hash(style)};`,
    );
    expect(narrowed.replace(policyOf(narrowed)!, '')).toBe(html.replace(policyOf(html)!, ''));
  });

  test('a directive whose every hash goes keeps its other sources', () => {
    const narrowed = withOwnHashesOnly(page(`script-src 'self' ${hash(elsewhere)}; style-src 'self' ${hash(style)};`));
    expect(policyOf(narrowed)).toBe(`script-src 'self'; style-src 'self' ${hash(style)};`);
  });

  test('a script with a src is a file, not inline text: its contents’ hash is not kept for it', () => {
    const html = page(`script-src 'self' ${hash('')}; style-src 'self';`);
    expect(policyOf(withOwnHashesOnly(html))).toBe(`script-src 'self'; style-src 'self';`);
  });

  test('a <style> or <script> written in an attribute’s value, as in a headline about HTML, is not taken for one', () => {
    const policy = `script-src 'self' ${hash(script)}; style-src 'self' ${hash(style)};`;
    for (const headline of ['談 <style> 標籤', '談 <script> 標籤', "談 '<style>' 標籤"]) {
      const html = page(policy).replace('<head>', `<head><meta property="og:title" content="${headline}">`);
      expect(policyOf(withOwnHashesOnly(html)), headline).toBe(policy);
    }
  });

  test('a page without a CSP is unchanged', () => {
    const html = '<html><head><style>p{}</style></head></html>';
    expect(withOwnHashesOnly(html)).toBe(html);
  });
});
