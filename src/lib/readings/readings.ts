/**
 * Readings in context: the Hanyu Pinyin of every Han character of a text, by
 * pinyin-pro's phrase dictionary, corrected by the override table
 * (overrides.ts). Traditional text is read through its Simplified twin
 * (convert.ts), so both scripts get the same readings. Runs at build time.
 */
import { pinyin } from 'pinyin-pro';
import { convertText } from '../conversion/convert.ts';
import { variants, type Variant } from '../variants/variants.ts';
import { HAN } from './han.ts';
import { readingOverrides, type ReadingOverride } from './overrides.ts';

const simplified = variants.find((v) => v.segment === 'zh-hans')!;

/** The text in Simplified script, character for character (a conversion that changes the length goes character by character). */
function simplifiedTwin(text: string, variant: Variant): string[] {
  const chars = [...text];
  if (variant.segment === simplified.segment) return chars;
  const twin = [...convertText(text, variant, simplified)];
  if (twin.length === chars.length) return twin;
  return chars.map((ch) => [...convertText(ch, variant, simplified)][0] ?? ch);
}

/** Every start (in characters) of `phrase` in `chars`. */
function startsOf(chars: readonly string[], phrase: string): number[] {
  const wanted = [...phrase];
  const starts: number[] = [];
  for (let i = 0; i + wanted.length <= chars.length; i++)
    if (wanted.every((ch, j) => chars[i + j] === ch)) starts.push(i);
  return starts;
}

function read(text: string, variant: Variant, name: boolean, overrides: readonly ReadingOverride[]): string[] {
  const chars = [...text];
  const twin = simplifiedTwin(text, variant);
  const syllables = pinyin(twin.join(''), { type: 'all', surname: name ? 'head' : 'off' }).map((s) => s.pinyin);
  // pinyin-pro answers one item per character; anything else is a library change this module must hear about.
  if (syllables.length !== twin.length)
    throw new Error(`pinyin-pro returned ${syllables.length} readings for ${twin.length} characters`);
  for (const { phrase, reading } of overrides) {
    const parts = reading.split(' ');
    for (const start of startsOf(twin, phrase)) parts.forEach((p, j) => (syllables[start + j] = p));
  }
  return chars.flatMap((ch, i) => (HAN.test(ch) ? [syllables[i] ?? ''] : []));
}

/** The reading of each Han character of `text` (written in `variant`), in order: pinyin with tone marks, '' when unknown. */
export function readingsOf(
  text: string,
  variant: Variant,
  overrides: readonly ReadingOverride[] = readingOverrides,
): string[] {
  return read(text, variant, false, overrides);
}

/** The readings of a person's name: the first character is read as a surname (单 Shàn, 曾 Zēng, 解 Xiè, 仇 Qiú). */
export function nameReadingsOf(name: string, variant: Variant): string[] {
  return read(name.trim(), variant, true, []);
}
