/**
 * The reading aid: 拼音 or 注音 as real <ruby> over every Han character of an
 * article's headline block, byline and text. Loaded by reader-controls.ts only
 * while the aid is on (data-reading on <html>); fetches the article's readings
 * (readings.json beside the page) once, then follows the setting: on, another
 * system, off again (the text nodes as they were). The reader's paragraph stays
 * where it was on screen. It also completes the settings' 標音 group, which
 * the page ships as 開 alone. Runs in the browser.
 */
import { bopomofo } from '../../lib/readings/bopomofo.ts';
import { HAN, hanCharacters, UNREAD } from '../../lib/readings/han.ts';
import type { ArticleReadings } from '../../lib/readings/article-readings.ts';
import { placeNow, putBack, readingArea } from '../script-switch/reading-area.ts';

const root = document.documentElement;
// Only an article has readings (its body).
const article = document.querySelector('.article__body');
const UNREAD_SELECTOR = UNREAD.join(',');
type Block = 'headline' | 'byline' | 'body';
const BLOCKS: Record<Block, string> = {
  headline: '.article__header .headline',
  byline: '.article__header .byline',
  body: '.article__body',
};

// Ruby text is never selected, so copying a passage copies its characters only (CSSOM, so the CSP allows it).
const sheet = new CSSStyleSheet();
sheet.replaceSync(
  `ruby.reading{ruby-position:over;ruby-align:center}ruby.reading>rt{font-size:.5em;line-height:1;user-select:none;-webkit-user-select:none;font-variant-east-asian:normal;letter-spacing:0}` +
    // 注音 over the character in 橫排 (Chromium has no ruby-position: inter-character, which would set it to the
    // right, as Taiwanese print does); in 直排 'over' is the right-hand side, as in Taiwanese vertical print.
    `:root[data-system=zhuyin] ruby.reading>rt{font-size:.4em}`,
);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const base = location.pathname.endsWith('/') ? location.pathname : `${location.pathname}/`;
let loaded: ArticleReadings | undefined;
/** The article's readings, fetched once they are wanted; a failed fetch is tried again the next time. */
async function readings(): Promise<ArticleReadings | undefined> {
  if (!loaded && article)
    loaded = await fetch(`${base}readings.json`)
      .then((response) => (response.ok ? (response.json() as Promise<ArticleReadings>) : undefined))
      .catch(() => undefined);
  return loaded;
}

/** The text nodes of a block that take readings, in order. */
function readableTextNodes(block: Element): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    if (!node.parentElement?.closest(UNREAD_SELECTOR)) nodes.push(node);
  }
  return nodes;
}

/** One Han character with its reading. */
function rubyOf(character: string, reading: string): HTMLElement {
  const ruby = document.createElement('ruby');
  ruby.className = 'reading';
  const rt = document.createElement('rt');
  rt.textContent = reading;
  const open = document.createElement('rp');
  open.textContent = '(';
  const close = document.createElement('rp');
  close.textContent = ')';
  ruby.append(character, open, rt, close);
  return ruby;
}

/** Sets `readings` over the Han characters of a block; leaves a block whose characters do not match them alone. */
function annotate(block: Element, readings: readonly string[], zhuyin: boolean): void {
  const nodes = readableTextNodes(block);
  const count = nodes.reduce((n, node) => n + hanCharacters(node.data).length, 0);
  if (count !== readings.length) return;
  let next = 0;
  for (const node of nodes) {
    if (!HAN.test(node.data)) continue;
    const parts: Array<string | HTMLElement> = [];
    let run = '';
    for (const ch of node.data) {
      const reading = HAN.test(ch) ? readings[next++] : undefined;
      if (!reading) {
        run += ch;
        continue;
      }
      if (run) parts.push(run);
      run = '';
      parts.push(rubyOf(ch, zhuyin ? bopomofo(reading) : reading));
    }
    if (run) parts.push(run);
    node.replaceWith(...parts);
  }
}

/** Takes every reading away: each ruby becomes its character again, and the split text nodes one node. */
function clear(): void {
  const parents = new Set<Node>();
  for (const ruby of document.querySelectorAll('ruby.reading')) {
    parents.add(ruby.parentNode!);
    ruby.replaceWith(ruby.firstChild?.textContent ?? '');
  }
  for (const parent of parents) parent.normalize();
}

/** Makes a change that reflows the text, and puts the paragraph being read (or arrived at) back where it was. */
function keepPlace(change: () => void): void {
  const target = location.hash && document.getElementById(location.hash.slice(1));
  const place = placeNow() ?? (target ? { id: target.id, offset: readingArea().offsetOf(target) } : undefined);
  change();
  if (place) putBack(place);
}

/**
 * Completes the settings' 標音 group, which the page ships as 開 alone: 關 first, then 拼音 and 注音, in the
 * markup the build gives the others, checked as the setting stands (reader-controls.ts stores a change to any).
 */
function addChoices(labels: Record<string, string>): void {
  const on = document.querySelector<HTMLInputElement>('.reader-settings input[name=reading]');
  const group = on?.closest('label')?.parentElement;
  if (!on || !group || group.querySelector('input[value=off]')) return;
  for (const value of ['off', 'pinyin', 'zhuyin']) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    Object.assign(input, { type: 'radio', name: 'reading', value });
    label.append(input, labels[value] ?? value);
    if (value === 'off') group.prepend(label);
    else group.append(label);
  }
  for (const input of group.querySelectorAll('input'))
    input.checked = input.value === (root.dataset['reading'] ?? 'off');
}

let shown = 'off';

/** Shows the readings in the system the setting asks for, or none. */
async function follow(): Promise<void> {
  const setting = root.dataset['reading'] ?? 'off';
  const system =
    setting === 'off' ? 'off' : setting === 'on' ? (/Hans/.test(root.lang) ? 'pinyin' : 'zhuyin') : setting;
  if (system === shown) return;
  const all = system === 'off' ? undefined : await readings();
  if (all) addChoices(all.labels);
  if (system !== 'off' && !all) {
    // Without readings the aid is off on this page, its 開 unchecked so that it can be chosen again (the
    // stored setting stays on, for the next page): never a setting that shows nothing and cannot be undone.
    if (article) {
      root.dataset['reading'] = 'off';
      for (const input of document.querySelectorAll<HTMLInputElement>('.reader-settings input[name=reading]'))
        input.checked = false;
    }
    return;
  }
  shown = system;
  if (system === 'off') delete root.dataset['system'];
  else root.dataset['system'] = system;
  keepPlace(() => {
    clear();
    if (!all) return;
    for (const [name, selector] of Object.entries(BLOCKS) as Array<[Block, string]>) {
      const block = document.querySelector(selector);
      if (block && all[name]) annotate(block, all[name].split(' '), system === 'zhuyin');
    }
  });
}

new MutationObserver(() => void follow()).observe(root, { attributeFilter: ['data-reading', 'lang'] });
void follow();
