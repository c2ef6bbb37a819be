/**
 * `npm run import -- <file.txt> [--slug <slug>] [--force]`: turns a plain-text
 * article into content/articles/<slug>.md (or CONTENT_DIR). Corrections in
 * <file>.errata.json beside the text are applied. An existing entry is never
 * overwritten without --force.
 * Runs in Node, from the command line.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SLUG_PATTERN } from '../lib/articles/schema.ts';
import { errataFileFor, readErrata } from '../lib/sources/errata.node.ts';
import { importArticle } from '../lib/sources/import-article.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { slug: { type: 'string' }, force: { type: 'boolean', default: false } },
});
const [file] = positionals;
if (!file) {
  console.error('usage: npm run import -- <file.txt> [--slug <slug>] [--force]');
  process.exit(2);
}
const slug = values.slug ?? path.basename(file).replace(/\.[^.]*$/, '');
if (!SLUG_PATTERN.test(slug)) {
  console.error(
    `${file}: "${slug}" is not a usable slug (lowercase Latin letters, digits, hyphens): give one with --slug`,
  );
  process.exit(2);
}
const target = path.join(process.env['CONTENT_DIR'] ?? 'content/articles', `${slug}.md`);
if (existsSync(target) && !values.force) {
  console.error(`${target} exists already; nothing was written (use --force to replace it)`);
  process.exit(1);
}
try {
  const errata = readErrata(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch {
    throw new Error(`${file}: is not UTF-8 text; convert it first (for example: iconv -f GBK -t UTF-8)`);
  }
  const imported = importArticle(text, file, errata);
  writeFileSync(target, imported.markdown);
  console.log(
    `wrote ${target} (${imported.script}${errata.length ? `, ${errata.length} errata from ${errataFileFor(file)}` : ''})`,
  );
  console.log(`fill in before publishing: ${imported.placeholders.join(', ')} (marked TODO)`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
