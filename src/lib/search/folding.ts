/**
 * The search folding table, built at build time from the site's own aligned
 * texts: every character the site uses, in any variant, mapped to the
 * spellings it takes in each variant. A query character that appears nowhere
 * on the site cannot match anyway, so this small table replaces OpenCC's
 * dictionaries in the browser. Runs at build time.
 */
import type { Folding } from './query.ts';
import { blockTexts } from '../articles/html-text.ts';
import { TEXT_FIELDS, type ArticleData } from '../articles/schema.ts';

/** What the table needs of an article entry in one variant. */
export interface AlignableArticle {
  slug: string;
  segment: string;
  data: ArticleData;
  html: string;
}

/** The same passages of every article in every variant: each text field and each block, by URL segment. */
export function alignedPassages(articles: Iterable<AlignableArticle>): Array<Record<string, string>> {
  const passages = new Map<string, Record<string, string>>();
  for (const { slug, segment, data, html } of articles) {
    const texts = [...TEXT_FIELDS.map((field) => data[field] ?? ''), ...blockTexts(html)];
    texts.forEach((text, i) => {
      const key = `${slug}\n${i}`;
      passages.set(key, { ...passages.get(key), [segment]: text });
    });
  }
  return [...passages.values()];
}

/**
 * Builds one variant's folding from passages aligned across variants: each
 * passage holds the same text in every variant (target included), by URL segment. Passages whose
 * lengths differ cannot be aligned character by character and are skipped.
 */
export function buildFolding(passages: ReadonlyArray<Readonly<Record<string, string>>>, target: string): Folding {
  const spellings = new Map<string, Set<string>>();
  for (const passage of passages) {
    const into = [...(passage[target] ?? '')];
    for (const text of Object.values(passage)) {
      const from = [...text];
      if (from.length !== into.length) continue;
      from.forEach((ch, i) => {
        if (!/\p{Script=Han}/u.test(ch)) return;
        const set = spellings.get(ch) ?? new Set<string>();
        set.add(into[i]!);
        spellings.set(ch, set);
      });
    }
  }
  const folding: Folding = {};
  for (const [ch, set] of [...spellings].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const spelled = [...set].sort().join('');
    if (spelled !== ch) folding[ch] = spelled;
  }
  return folding;
}
