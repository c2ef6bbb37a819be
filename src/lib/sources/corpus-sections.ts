/**
 * How the sections of imported corpora map onto the site's sections (src/lib/sections/sections.ts): one row a
 * corpus label. The shared THUCNews "cnews" corpus labels its ten sections in Simplified Chinese; a label not in
 * this table is refused by `npm run import`, never guessed. Add a row for a new corpus's label.
 * Runs in Node, for `npm run import`.
 */
import type { SectionId } from '../sections/sections.ts';

/** Corpus section label → the site's section id. */
export const corpusSections: Readonly<Record<string, SectionId>> = {
  体育: 'sports',
  娱乐: 'entertainment',
  家居: 'home',
  房产: 'property',
  教育: 'education',
  时尚: 'fashion',
  时政: 'politics',
  游戏: 'games',
  科技: 'technology',
  财经: 'finance',
};
