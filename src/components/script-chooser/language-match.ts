/**
 * Matching a reader's browser languages to what a page offers; small, as the root page ships it.
 * Runs in the browser (the root page) and in tests.
 */

/**
 * The candidate for the first of the reader's languages that any candidate
 * serves; among those, the one with the longest matching tag (zh-TW beats zh).
 */
export function bestForLanguages<T extends { serves: readonly string[] }>(
  languages: readonly string[],
  candidates: readonly T[],
): T | undefined {
  for (const language of languages) {
    const tag = language.toLowerCase();
    let best: { candidate: T; length: number } | undefined;
    for (const candidate of candidates) {
      for (const served of candidate.serves) {
        if ((tag === served || tag.startsWith(`${served}-`)) && served.length > (best?.length ?? 0))
          best = { candidate, length: served.length };
      }
    }
    if (best) return best.candidate;
  }
  return undefined;
}
