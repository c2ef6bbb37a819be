/**
 * Paragraph permalinks: a link to each paragraph's own id, named in the variant's script.
 * The same pass over the article marks its short numbers for 直排 (tate-chu-yoko)
 * and its long Latin words as English, for hyphenation.
 * Runs at build time.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Variant } from '../variants/variants.ts';
import { markTateChuYoko } from '../typography/tate-chu-yoko.ts';
import { markLatinWords } from '../typography/latin-words.ts';

/**
 * Puts a permalink at the start of every top-level paragraph that has an id, marks short numbers for 直排 and
 * long Latin words as English.
 * At the start, where it is drawn: at the end, Chromium's `text-wrap: pretty` took the out-of-flow link for
 * more text and justified the real last line across the column (「服　　務　　。」).
 */
export function withPermalinks(html: string, variant: Variant): string {
  const tree = fromHtml(html, { fragment: true });
  markTateChuYoko(tree);
  markLatinWords(tree);
  let n = 0;
  for (const node of tree.children) {
    if (node.type !== 'element' || node.tagName !== 'p' || typeof node.properties.id !== 'string') continue;
    n++;
    node.children.unshift({
      type: 'element',
      tagName: 'a',
      properties: {
        className: ['permalink'],
        href: `#${node.properties.id}`,
        ariaLabel: variant.ui.paragraphLink.replace('{n}', String(n)),
      },
      children: [],
    });
  }
  return toHtml(tree);
}

/** The article's HTML without its permalinks, for feeds, where `#p1` would point nowhere. */
export function withoutPermalinks(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  for (const node of tree.children) {
    if (node.type !== 'element' || node.tagName !== 'p') continue;
    node.children = node.children.filter(
      (child) =>
        !(
          child.type === 'element' &&
          child.tagName === 'a' &&
          String(child.properties.className).includes('permalink')
        ),
    );
  }
  return toHtml(tree);
}
