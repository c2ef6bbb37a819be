/**
 * Normalisation of scraped Chinese text: the documented, mechanical repairs
 * every source gets before it becomes an article (see README, "How the seed
 * text was repaired"). Source-specific corrections live in an errata table.
 * Runs in Node, in the importer and tests.
 */
import { restyleQuotes } from '../conversion/quotes.ts';
import { sourceVariant, type QuotationStyle } from '../variants/variants.ts';

const HAN = String.raw`\p{Script=Han}`;
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';

// A pinyin annotation: "(" + 1–6 lowercase Latin letters with at least one tone
// mark + ")", straight after a Han character. Ordinary parentheses such as
// (黨組) hold Han text and never match.
const PINYIN_ANNOTATION = new RegExp(`(?<=${HAN})\\((?=[a-zü]*[${TONED}])[a-zü${TONED}]{1,6}\\)`, 'gu');

// A comma belongs to Chinese text when a Han character or full-width punctuation is beside it.
const NEXT_TO_CHINESE = String.raw`[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’「」『』]`;

/** One correction of a specific source, with the context it is found in. */
export interface Erratum {
  /** The text as it stands once annotations are stripped, with enough context to be unambiguous. */
  wrong: string;
  right: string;
  /** How often the context occurs in the source; the repair fails if that changes. */
  count: number;
  why: string;
}

/** An error in a source text, naming the file and the 1-based line and column. */
export class SourceTextError extends Error {
  constructor(file: string, text: string, index: number, problem: string) {
    const before = text.slice(0, index);
    const line = before.split('\n').length;
    const column = index - before.lastIndexOf('\n');
    super(`${file}:${line}:${column}: ${problem}`);
    this.name = 'SourceTextError';
  }
}

/** Removes pinyin annotations such as 當(dāng); returns the text and how many were removed. */
export function stripPinyin(text: string): { text: string; removed: number } {
  let removed = 0;
  const stripped = text.replace(PINYIN_ANNOTATION, () => {
    removed++;
    return '';
  });
  return { text: stripped, removed };
}

/** Applies an errata table, failing if any context is not found exactly `count` times. */
export function applyErrata(text: string, errata: readonly Erratum[], file: string): string {
  let repaired = text;
  for (const erratum of errata) {
    const found = repaired.split(erratum.wrong).length - 1;
    if (found !== erratum.count) {
      const where = repaired.indexOf(erratum.wrong);
      throw new SourceTextError(
        file,
        repaired,
        Math.max(where, 0),
        `erratum "${erratum.wrong}" → "${erratum.right}" expected ${erratum.count} time(s), found ${found}`,
      );
    }
    repaired = repaired.replaceAll(erratum.wrong, erratum.right);
  }
  return repaired;
}

/** The first "?" inside Han text (the mark of a character lost to a broken encoding): its index and what is around it. */
export function findGarbled(text: string): { index: number; context: string } | undefined {
  const garbled = new RegExp(`(?<=${HAN})\\?|\\?(?=${HAN})`, 'u').exec(text);
  if (!garbled) return undefined;
  return { index: garbled.index, context: text.slice(Math.max(0, garbled.index - 4), garbled.index + 5) };
}

/** Throws at the first "?" inside Han text: the mark of an annotation that broke the encoding. */
export function refuseGarbled(text: string, file: string): void {
  const garbled = findGarbled(text);
  if (garbled) {
    throw new SourceTextError(
      file,
      text,
      garbled.index,
      `garbled text "${garbled.context}": a "?" inside Han text (a broken encoding); repair it in the errata table`,
    );
  }
}

/** Makes ASCII commas and parentheses in Chinese text full width, and quotation marks those of the script (「」『』 by default). */
export function fullWidthPunctuation(text: string, quotes: QuotationStyle = sourceVariant.quotes): string {
  return restyleQuotes(
    text
      .replace(new RegExp(`(?<=${NEXT_TO_CHINESE}),|,(?=${NEXT_TO_CHINESE})`, 'gu'), '，')
      .replace(new RegExp(`\\(([^()\\n]*${HAN}[^()\\n]*)\\)`, 'gu'), '（$1）'),
    quotes,
  );
}

/** Strips annotations, applies the errata and refuses garbled text: the repairs that do not depend on the script. */
export function repairSource(raw: string, errata: readonly Erratum[], file: string): string {
  const { text } = stripPinyin(raw.replace(/\r\n?/g, '\n'));
  const repaired = applyErrata(text, errata, file);
  refuseGarbled(repaired, file);
  return repaired;
}

/** The whole normalisation of the Traditional seed: annotations, errata, garbling check, punctuation. */
export function normaliseSource(raw: string, errata: readonly Erratum[], file: string): string {
  return fullWidthPunctuation(repairSource(raw, errata, file));
}
