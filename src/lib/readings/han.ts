/**
 * What the reading aid reads: which characters take a reading (Han), and which
 * elements it never reads. One definition for the build, which computes the
 * readings, and the browser, which sets them over the same characters in the
 * same order. Shared: plain TypeScript, no Node or Astro.
 */

/** A Han character, the unit that takes one reading. */
export const HAN = /\p{Script=Han}/u;

/** Elements whose text takes no readings: photos with their captions, code, and ruby text itself. */
export const UNREAD = ['figure', 'picture', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'template', 'rt', 'rp'];

/** The Han characters of a text, in order. */
export function hanCharacters(text: string): string[] {
  return [...text].filter((ch) => HAN.test(ch));
}
