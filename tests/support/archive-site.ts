/**
 * The content of an archive-sized fixture site: generated articles across
 * every section and many months (see generated-corpus.ts), every third
 * with a written headline (headlines.ts: numbers, Latin words, 《…》 titles,
 * clauses), plus the seed article. The browser tests serve a few hundred; the budget test builds a
 * thousand. Runs in Node.
 */
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { convertText } from '../../src/lib/conversion/convert.ts';
import { sectionIds } from '../../src/lib/sections/sections.ts';
import { variantByLang } from '../../src/lib/variants/variants.ts';
import { HEADLINES } from './headlines.ts';
import {
  generateArticles,
  writeGeneratedCorpus,
  type CorpusOptions,
  type GeneratedArticle,
  type Pair,
} from './generated-corpus.ts';
import { slug as seedSlug } from './seed.ts';

/** Articles in the archive site the browser tests serve: enough for many pages, months and sections. */
export const ARCHIVE_SITE_ARTICLES = 240;

/**
 * Pages in a part of the archive site's search index at each level, as a large archive's index has 5,000 and
 * 500: its 241 articles in two parts of 100, two of 20 and the newest one alone, merged by every search.
 */
export const ARCHIVE_INDEX_PART_PAGES = '100,20';

/** The written headlines in both scripts. */
const headlines: Pair[] = HEADLINES.map((hans) => [
  hans,
  convertText(hans, variantByLang('zh-Hans'), variantByLang('zh-Hant')),
]);

/** How the archive fixture is generated: every section, a few articles a day, newest on 18 February 2025. */
export function archiveOptions(count: number): CorpusOptions {
  return { count, sections: sectionIds, seed: 1, headlines };
}

/** The generated articles of an archive fixture of `count` articles, as written (without the seed). */
export function archiveArticles(count: number): GeneratedArticle[] {
  return generateArticles(archiveOptions(count));
}

/** Writes an archive fixture of `count` generated articles and the seed article into `folder`. */
export async function writeArchiveContent(folder: string, count: number): Promise<void> {
  await writeGeneratedCorpus(folder, archiveOptions(count));
  await copyFile(`content/articles/${seedSlug}.md`, path.join(folder, `${seedSlug}.md`));
}
