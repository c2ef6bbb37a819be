/**
 * Matching a reader's browser languages to what a page offers; small, as the root page ships it.
 * Runs in the browser (the root page) and in tests.
 */

/**
 * The candidate for the first of the reader's languages that any candidate
 * serves; among those, the one with the longest matching tag (zh-TW beats zh),
 * and between equal tags the one naming it earlier in its list: 香港繁體 lists
 * zh-hk first, 繁體 (Taiwan) after its own, serving Hong Kong only when it is alone.
 */
export function bestForLanguages<T extends { serves: readonly string[] }>(
  languages: readonly string[],
  candidates: readonly T[],
): T | undefined {
  for (const language of languages) {
    const tag = language.toLowerCase();
    let best: { candidate: T; length: number; rank: number } | undefined;
    for (const candidate of candidates) {
      candidate.serves.forEach((served, rank) => {
        if (
          (tag === served || tag.startsWith(`${served}-`)) &&
          (!best || served.length > best.length || (served.length === best.length && rank < best.rank))
        )
          best = { candidate, length: served.length, rank };
      });
    }
    if (best) return best.candidate;
  }
  return undefined;
}
