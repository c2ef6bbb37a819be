/**
 * Script conversion: the only module that calls OpenCC. Runs at build time;
 * nothing here is shipped to the browser.
 */
import * as OpenCC from 'opencc-js';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Nodes } from 'hast';
import { overrides as overrideTable, surnames as surnameTable, type Override } from './overrides.ts';
import { restyleQuotes } from './quotes.ts';
import { allVariants, type Variant } from '../variants/variants.ts';

type Convert = (text: string) => string;

const openccCache = new Map<string, Convert>();

function opencc(from: Variant, to: Variant): Convert {
  const key = `${from.openccLocale}>${to.openccLocale}`;
  let convert = openccCache.get(key);
  if (!convert) {
    convert = OpenCC.Converter({ from: from.openccLocale, to: to.openccLocale });
    openccCache.set(key, convert);
  }
  return convert;
}

// Overridden phrases are masked with Private Use Area characters, which OpenCC
// leaves alone, so its phrase segmentation cannot split or re-convert them.
const MASK_BASE = 0xe000;

/** Converts plain text written in `from` into the script and quotation marks of `to`. */
export function convertText(
  text: string,
  from: Variant,
  to: Variant,
  overrides: readonly Override[] = overrideTable,
): string {
  if (from.segment === to.segment) return text;
  const applicable = overrides.filter((o) => o.from === from.segment && o.to[to.segment] !== undefined);
  let masked = text;
  applicable.forEach((o, i) => {
    masked = masked.replaceAll(o.phrase, String.fromCharCode(MASK_BASE + i));
  });
  let converted = opencc(from, to)(masked);
  applicable.forEach((o, i) => {
    converted = converted.replaceAll(String.fromCharCode(MASK_BASE + i), o.to[to.segment]!);
  });
  return restyleQuotes(converted, to.quotes);
}

/**
 * Converts a person's name (a byline, a credit, an author). Never by phrase
 * alone: OpenCC reads 于洋 as 於洋 and 余华 as 餘華. The surname (the first
 * character) takes its pinned form, else OpenCC's single-character default,
 * and the given name is converted on its own, so no dictionary phrase spans both.
 */
export function convertName(
  name: string,
  from: Variant,
  to: Variant,
  surnames: readonly Override[] = surnameTable,
): string {
  if (from.segment === to.segment) return name;
  const [first = '', ...rest] = [...name.trim()];
  const pinned = surnames.find((s) => s.from === from.segment && s.phrase === first)?.to[to.segment];
  return (pinned ?? opencc(from, to)(first)) + opencc(from, to)(rest.join(''));
}

// Elements whose text is code or machine-readable, never prose.
const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'var']);
// Attributes that readers see or hear; every other attribute (href, src, id…) is left alone.
const READABLE_ATTRIBUTES = ['alt', 'title', 'ariaLabel', 'placeholder'];

/** Converts the readable text of an HTML fragment, leaving markup, URLs, ids and code untouched. */
export function convertHtml(html: string, from: Variant, to: Variant): string {
  if (from.segment === to.segment) return html;
  const tree = fromHtml(html, { fragment: true });
  const walk = (node: Nodes): void => {
    if (node.type === 'text') {
      node.value = convertText(node.value, from, to);
      return;
    }
    if (node.type === 'element') {
      if (VERBATIM.has(node.tagName)) return;
      for (const name of READABLE_ATTRIBUTES) {
        const value = node.properties[name];
        if (typeof value === 'string') node.properties[name] = convertText(value, from, to);
      }
    }
    if ('children' in node) node.children.forEach(walk);
  };
  walk(tree);
  return toHtml(tree);
}

/**
 * The script a text is written in, as the table's variant whose tag names that script and no region (zh-Hant,
 * zh-Hans; read with Intl.Locale): the one OpenCC would change least by converting the text into it. Regions'
 * forms (Taiwan's 裡, Hong Kong's 裏) are an editor's to state, never guessed.
 */
export function scriptOf(text: string): Variant {
  const scripts = allVariants.filter((v) => {
    const tag = new Intl.Locale(v.lang);
    return tag.script !== undefined && tag.region === undefined;
  });
  const changes = (variant: Variant) =>
    Math.max(
      ...scripts
        .filter((other) => other !== variant)
        .map((other) => {
          const converted = [...opencc(other, variant)(text)];
          return [...text].filter((ch, i) => ch !== converted[i]).length;
        }),
    );
  return [...scripts].sort((a, b) => changes(a) - changes(b))[0]!;
}
