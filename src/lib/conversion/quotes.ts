/**
 * Quotation marks in each script's style: 「」『』 in Traditional, “”‘’ in Simplified.
 * Runs at build time and in the importer.
 */
import { variants, type QuotationStyle } from '../variants/variants.ts';

/** Gives every quotation mark of any variant the style `quotes`; a ’ between Latin letters is an apostrophe and stays. */
export function restyleQuotes(text: string, quotes: QuotationStyle): string {
  const marks = new Map<string, string>();
  for (const { quotes: style } of variants) {
    marks.set(style.primary[0], quotes.primary[0]).set(style.primary[1], quotes.primary[1]);
    marks.set(style.secondary[0], quotes.secondary[0]).set(style.secondary[1], quotes.secondary[1]);
  }
  return text.replace(
    /(?<!\p{Script=Latin})[‘’](?!\p{Script=Latin})|[“”「」『』]/gu,
    (mark) => marks.get(mark) ?? mark,
  );
}
