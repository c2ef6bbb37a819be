/**
 * Cuts a derived text into the runs the dev review page (src/pages/review/[slug].astro) marks: unchanged,
 * converted, chosen, pinned. Runs in `astro dev` only.
 */
import type { ConversionChoices } from './choices.ts';

/** A run of derived text as the review page shows it. */
export interface ReviewSegment {
  text: string;
  /** same: unchanged; converted: changed with no choice; choice: a choice; pinned: decided by an override. */
  kind: 'same' | 'converted' | 'choice' | 'pinned';
  /** For choices and pins: the source and every candidate. */
  note?: string;
}

/** Cuts the derived text of a conversion of `source` into runs to show: unchanged, converted, chosen, pinned. */
export function reviewSegments(source: string, { derived, choices }: ConversionChoices): ReviewSegment[] {
  const sourceCharacters = [...source];
  const derivedCharacters = [...derived];
  const choiceAt = new Map(choices.map((choice) => [choice.at, choice]));
  const segments: ReviewSegment[] = [];
  for (let i = 0; i < derivedCharacters.length;) {
    const choice = choiceAt.get(i);
    if (choice) {
      const length = [...choice.source].length;
      segments.push({
        text: derivedCharacters.slice(i, i + length).join(''),
        kind: choice.pinnedBy ? 'pinned' : 'choice',
        note: choice.pinnedBy
          ? `${choice.source} → ${choice.chosen}（override table）`
          : `${choice.source} → ${choice.candidates.join(' / ')}`,
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
