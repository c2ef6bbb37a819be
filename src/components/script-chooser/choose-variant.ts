/**
 * The root page's choice, in the browser: a remembered choice wins, else the
 * reader's browser languages, else the first link (the source variant).
 * Everything it needs is on the links, so this script stays small.
 */
import { bestForLanguages } from './language-match.ts';
import { rememberedVariant } from '../script-switch/remembered-variant.ts';

const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-variant]')].map((link) => ({
  link,
  serves: link.dataset['serves']!.split(' '),
}));
const remembered = rememberedVariant();
const choice =
  links.find(({ link }) => link.dataset['variant'] === remembered) ??
  bestForLanguages(navigator.languages, links) ??
  links[0]!;
location.replace(choice.link.href);
