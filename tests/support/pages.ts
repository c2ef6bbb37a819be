/** Every page of the built site, for tests that must hold on all of them. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { allVariants } from '../../src/lib/variants/variants.ts';

/** A pattern's source for any variant's URL segment in the table, so no test skips a variant it was not written for. */
export const ANY_SEGMENT = `(?:${allVariants.map((v) => v.segment).join('|')})`;

/** The files below a folder of a built site (paths with the folder), sorted; only those whose name passes `filter`. */
export function filesUnder(dir: string, filter: (name: string) => boolean = () => true): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && filter(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** The site paths in `<loc>`s of an XML file of dist/. */
function locs(file: string): string[] {
  return [...readFileSync(`dist${file}`, 'utf8').matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]!);
}

/** Site paths of every page listed in the sitemaps (lists, articles, news), plus the pages they leave out (search, 404). */
export function allPages(): string[] {
  const listed = locs('/sitemap-index.xml').flatMap(locs);
  return [
    ...new Set(listed),
    '/zh-hant/search/?q=%E5%91%A8%E6%96%8C',
    '/zh-hans/search/?q=%E5%91%A8%E6%96%8C',
    '/404.html',
  ];
}
