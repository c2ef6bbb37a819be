/**
 * Cuts a derived text into the runs the dev review page (src/pages/review/[slug].astro) marks: unchanged,
 * converted, decided (by a dictionary phrase or a variant form), open, pinned. Runs in `astro dev` only.
 */
import type { ConversionChoices } from './choices.ts';

/** A run of derived text as the review page shows it. */
export interface ReviewSegment {
  text: string;
  /**
   * same: unchanged; converted: changed with no choice; choice: a choice OpenCC decided by a phrase or that differs
   * only in variant form; open: a choice made by OpenCC's one-character default; pinned: decided by an override.
   */
  kind: 'same' | 'converted' | 'choice' | 'open' | 'pinned';
  /** For choices and pins: the source, every candidate and what decided it. */
  note?: string;
}

/** Cuts the derived text of a conversion of `source` into runs to show: unchanged, converted, chosen, open, pinned. */
export function reviewSegments(source: string, { derived, choices }: ConversionChoices): ReviewSegment[] {
  const sourceCharacters = [...source];
  const derivedCharacters = [...derived];
  const choiceAt = new Map(choices.map((choice) => [choice.at, choice]));
  const segments: ReviewSegment[] = [];
  for (let i = 0; i < derivedCharacters.length;) {
    const choice = choiceAt.get(i);
    if (choice) {
      const length = [...choice.source].length;
      const candidates = `${choice.source} → ${choice.candidates.join(' / ')}`;
      const decided =
        choice.status === 'phrase'
          ? `（${choice.phrase}）`
          : choice.status === 'variant-form'
            ? '（variant form）'
            : choice.status === 'open'
              ? '（open）'
              : '';
      segments.push({
        text: derivedCharacters.slice(i, i + length).join(''),
        kind: choice.status === 'pinned' ? 'pinned' : choice.status === 'open' ? 'open' : 'choice',
        note:
          choice.status === 'pinned' ? `${choice.source} → ${choice.chosen}（override table）` : candidates + decided,
      });
      i += length;
      continue;
    }
    const kind = sourceCharacters[i] === derivedCharacters[i] ? 'same' : 'converted';
    const last = segments.at(-1);
    if (last?.kind === kind) last.text += derivedCharacters[i];
    else segments.push({ text: derivedCharacters[i]!, kind });
    i++;
  }
  return segments;
}
