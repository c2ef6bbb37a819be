/**
 * Headline line breaks between phrases, never inside a word: BudouX finds the
 * phrases of a Chinese headline (its Simplified and Traditional models) and a
 * `<wbr>` marks each place a line may break; the stylesheet's
 * `word-break: keep-all` forbids every other place. Runs at build time.
 */
import { loadDefaultSimplifiedChineseParser, loadDefaultTraditionalChineseParser } from 'budoux';

const simplified = loadDefaultSimplifiedChineseParser();
const traditional = loadDefaultTraditionalChineseParser();

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** A headline's phrases as BudouX reads them in the script of `lang` (a BCP 47 tag such as zh-Hant). */
export function phrasesOf(text: string, lang: string): string[] {
  return (/-Hans\b/i.test(lang) ? simplified : traditional).parse(text);
}

/** A headline as HTML, with `<wbr>` between its phrases. */
export function phraseHtml(text: string, lang: string): string {
  return phrasesOf(text, lang).map(escapeHtml).join('<wbr>');
}
