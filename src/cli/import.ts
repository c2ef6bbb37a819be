/**
 * `npm run import -- <file.txt> [--slug <slug>] [--force]`: turns a plain-text
 * article into content/articles/<slug>.md (or CONTENT_DIR). Corrections in
 * <file>.errata.json beside the text are applied. An existing entry is never
 * overwritten without --force.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importArticle } from '../lib/importer.ts';
import type { Erratum } from '../lib/normalise.ts';

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
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
  console.error(`${file}: "${slug}" is not a usable slug (lowercase Latin letters, digits, hyphens): give one with --slug`);
  process.exit(2);
}
const errataFile = file.replace(/\.[^.]*$/, '.errata.json');
const errata = existsSync(errataFile) ? (JSON.parse(readFileSync(errataFile, 'utf8')) as { errata: Erratum[] }).errata : [];
const target = path.join(process.env['CONTENT_DIR'] ?? 'content/articles', `${slug}.md`);
if (existsSync(target) && !values.force) {
  console.error(`${target} exists already; nothing was written (use --force to replace it)`);
  process.exit(1);
}
try {
  const imported = importArticle(readFileSync(file, 'utf8'), file, errata);
  writeFileSync(target, imported.markdown);
  console.log(`wrote ${target} (${imported.script}${errata.length ? `, ${errata.length} errata from ${errataFile}` : ''})`);
  console.log(`fill in before publishing: ${imported.placeholders.join(', ')} (marked TODO)`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
