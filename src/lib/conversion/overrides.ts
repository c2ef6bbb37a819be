/**
 * Every deliberate override of OpenCC, in one table. Each row pins how a
 * phrase written in one variant appears in another; tests/unit/convert.test.ts
 * proves each row's form is what readers get, and tests/unit/review.test.ts that
 * the review shows it pinned. Add a row only with a reason a reader would accept.
 * Runs at build time and in the review.
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
