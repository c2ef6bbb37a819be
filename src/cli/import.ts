/**
 * `npm run import -- <file.txt | folder | corpus.jsonl>… [--slug <slug>] [--date <YYYY-MM-DD>] [--force]`: turns
 * plain-text articles (one a file; corrections in <file>.errata.json beside it are applied) and JSONL corpora (one
 * article a line, in the shape of the cnews corpus the bench reads; sections mapped by
 * src/lib/sources/corpus-sections.ts) into entries in content/articles/ (or CONTENT_DIR). A folder stands for its
 * .txt and .jsonl files. Every good article is imported; a garbled or otherwise broken one is refused with its
 * file, line and column, and the run goes on. An existing entry is never overwritten without --force, and each
 * entry is written to a temporary file first, then renamed, so an interrupted run leaves no half-written entry.
 * Ends with a summary; exits 1 when anything was refused. `--date` dates the articles whose source has no date
 * (else their `date:` is TODO, which the build refuses until an editor sets it).
 * Runs in Node, from the command line.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseArticleDate } from '../lib/articles/dates.ts';
import { SLUG_PATTERN } from '../lib/articles/schema.ts';
import { corpusEntry } from '../lib/sources/corpus.ts';
import { errataFileFor, readErrata } from '../lib/sources/errata.node.ts';
import { importArticle, type ImportedArticle } from '../lib/sources/import-article.ts';

const USAGE =
  'usage: npm run import -- <file.txt | folder | corpus.jsonl>… [--slug <slug>] [--date <YYYY-MM-DD>] [--force]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    slug: { type: 'string' },
    date: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
});
if (!positionals.length) {
  console.error(USAGE);
  process.exit(2);
}
if (values.date !== undefined && !parseArticleDate(values.date)) {
  console.error(`--date "${values.date}" is not a date: write YYYY-MM-DD, or YYYY-MM-DDTHH:MM+08:00`);
  process.exit(2);
}

/** The sources named: files as they are, folders as their .txt and .jsonl files, in name order. */
function sourcesOf(names: readonly string[]): string[] {
  return names.flatMap((name) => {
    if (!existsSync(name)) return [name]; // refused below, with the others
    if (!statSync(name).isDirectory()) return [name];
    return readdirSync(name)
      .filter((file) => /\.(txt|jsonl)$/.test(file))
      .sort()
      .map((file) => path.join(name, file));
  });
}

const sources = sourcesOf(positionals);
if (values.slug !== undefined && (sources.length !== 1 || sources[0]!.endsWith('.jsonl'))) {
  console.error('--slug names the entry of one plain-text file; a corpus or many files take their slugs from it');
  process.exit(2);
}
const folder = process.env['CONTENT_DIR'] ?? 'content/articles';
const summary = { imported: 0, refused: 0, skipped: 0 };
const placeholders = new Map<string, number>();
const written = new Set<string>();

/** Writes an entry through a temporary file in the same folder, renamed into place: never half-written. */
function writeAtomically(target: string, text: string): void {
  // Not `.md`: the build and `astro dev` read only `.md` files, so they never see the temporary one.
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, target);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** Writes one entry, unless it exists (or was written by this run) and --force was not given. */
function save(slug: string, imported: ImportedArticle, note = ''): void {
  const target = path.join(folder, `${slug}.md`);
  if (written.has(target) || (existsSync(target) && !values.force)) {
    summary.skipped++;
    console.log(`skipped ${target}: it exists already${written.has(target) ? ' (written by this run)' : ''}`);
    return;
  }
  writeAtomically(target, imported.markdown);
  written.add(target);
  summary.imported++;
  for (const field of imported.placeholders) placeholders.set(field, (placeholders.get(field) ?? 0) + 1);
  console.log(`wrote ${target} (${imported.script}${note})`);
}

function refuse(error: unknown): void {
  summary.refused++;
  console.error(`refused ${(error as Error).message}`);
}

/** Reads a file as UTF-8, refusing anything else. */
function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new Error(`${file}: cannot be read (${(error as Error).message})`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${file}: is not UTF-8 text; convert it first (for example: iconv -f GBK -t UTF-8)`);
  }
}

for (const source of sources) {
  if (source.endsWith('.jsonl')) {
    let text: string;
    try {
      text = readText(source);
    } catch (error) {
      refuse(error);
      continue;
    }
    text.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      try {
        const entry = corpusEntry(line, source, i + 1, values.date);
        save(entry.slug, entry);
      } catch (error) {
        refuse(error);
      }
    });
    continue;
  }
  try {
    const slug = values.slug ?? path.basename(source).replace(/\.[^.]*$/, '');
    if (!SLUG_PATTERN.test(slug)) {
      throw new Error(
        `${source}: "${slug}" is not a usable slug (lowercase Latin letters, digits, hyphens): rename the file or give one with --slug`,
      );
    }
    const errata = readErrata(source);
    const imported = importArticle(readText(source), source, errata, { date: values.date });
    save(slug, imported, errata.length ? `, ${errata.length} errata from ${errataFileFor(source)}` : '');
  } catch (error) {
    refuse(error);
  }
}

const todo = [...placeholders].map(([field, n]) => `${field} in ${n}`).join(', ');
console.log(
  `\nimported ${summary.imported}, refused ${summary.refused}, skipped ${summary.skipped} (they exist already${values.force ? '' : '; --force replaces them'})`,
);
if (todo) console.log(`fill in before publishing (marked TODO or to check): ${todo}`);
if (summary.refused) process.exit(1);
