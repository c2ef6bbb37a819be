/**
 * Every deliberate override of OpenCC, in one table of two parts: phrases in
 * running text, and surnames in people's names (bylines, credits, the authors
 * table). Each row pins how a phrase or surname written in one variant appears
 * in another; tests/unit/convert.test.ts proves each row's form is what readers
 * get, and tests/unit/review.test.ts that the review shows phrases pinned. Add
 * a row only with a reason a reader would accept. Runs at build time and in the review.
 */
import type { VariantSegment } from '../variants/variants.ts';

export interface Override {
  /** Variant the phrase is written in. */
  from: VariantSegment;
  /** The phrase as written in the source text. */
  phrase: string;
  /** The form it must take in each derived variant. */
  to: Partial<Record<VariantSegment, string>>;
  /** Why OpenCC alone is not trusted here. */
  why: string;
}

export const overrides: readonly Override[] = [
  {
    from: 'zh-hant',
    phrase: '著力',
    to: { 'zh-hans': '着力' },
    why: '著 is zhuó here (to apply effort): mainland 着力. OpenCC decides 著/着 phrase by phrase, so the phrase this article uses is pinned.',
  },
];

/** Surnames that OpenCC would turn into another word, as the first character of a person's name. */
export const surnames: readonly Override[] = [
  surname('于', '于', '于洋: OpenCC writes 於, the preposition; the surname is 于.'),
  surname('余', '余', '余华: OpenCC writes 餘 (surplus); the surname is 余.'),
  surname('范', '范', '范冰冰: OpenCC’s single-character default is 範 (model); the surname is 范.'),
  surname('钟', '鍾', '钟汉良: the surname is 鍾; 鐘 is a bell or clock.'),
  surname('涂', '涂', '涂磊: OpenCC writes 塗 (to smear); the surname is 涂.'),
  surname('岳', '岳', '岳飞: OpenCC’s single-character default is 嶽 (high mountain); the surname is 岳.'),
  surname('种', '种', '种师道: OpenCC writes 種 (seed); the surname (Chóng) is 种.'),
  surname('党', '党', '党怀英: OpenCC writes 黨 (party); the surname is 党.'),
  surname('朴', '朴', '朴槿惠: OpenCC writes 樸 (plain); the Korean surname Park is 朴.'),
  surname('郁', '郁', '郁达夫: OpenCC writes 鬱 (gloomy); the surname is 郁.'),
  surname('丑', '丑', 'OpenCC writes 醜 (ugly); the surname is 丑.'),
];

/** A surname written in Simplified script and its Traditional form. */
function surname(simplified: string, traditional: string, why: string): Override {
  return { from: 'zh-hans', phrase: simplified, to: { 'zh-hant': traditional }, why };
}
