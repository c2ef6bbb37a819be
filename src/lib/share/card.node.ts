/**
 * Share cards: the 1200 × 630 PNG that a shared link shows (og:image), with
 * the article's kicker, headline and subtitle in its own script on the site's
 * paper, ink and accent. Drawn with satori (layout to SVG), resvg (SVG to
 * pixels) and sharp (PNG). The fonts are Noto Sans SC and TC from npm (@fontsource), which come
 * cut into about a hundred files by Unicode range: a card loads only the files
 * that hold its own characters. Nothing of this reaches readers but the PNG.
 * Cards are cached by a hash of everything drawn on them, so a rebuild draws
 * only new or changed ones. Runs in Node, at build time.
 */
import { createHash } from 'node:crypto';
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { scriptOfTag } from '../variants/variants.ts';
import { phrasesOf } from '../typography/phrases.ts';

/** What a card shows. */
export interface CardText {
  siteName: string;
  kicker?: string | undefined;
  title: string;
  subtitle?: string | undefined;
  /** The script's BCP 47 tag: zh-Hant or zh-Hans. */
  lang: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Change when the design changes: every cached card is then drawn again. */
const DESIGN = 'card-2';
const COLOURS = { paper: '#fdfcf8', ink: '#1b1b1b', muted: '#555049', accent: '#a11d21' };

const require = createRequire(import.meta.url);

/** One script's font: its files by Unicode range, read once each. */
interface FontFamily {
  folder: string;
  ranges: Array<{ file: string; codes: Array<[number, number]> }>;
  data: Map<string, Buffer>;
}

function family(pkg: string, prefix: string): FontFamily {
  const folder = path.dirname(require.resolve(`${pkg}/package.json`));
  const unicode = JSON.parse(require('node:fs').readFileSync(path.join(folder, 'unicode.json'), 'utf8')) as Record<
    string,
    string
  >;
  const ranges = Object.entries(unicode).map(([subset, list]) => ({
    file: path.join(folder, 'files', `${prefix}-${subset.replace(/^\[(\d+)\]$/, '$1')}-700-normal.woff`),
    codes: list.split(',').map((range): [number, number] => {
      const [from, to = from] = range.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to, 16)];
    }),
  }));
  return { folder, ranges, data: new Map() };
}

let families: { hant: FontFamily; hans: FontFamily } | undefined;
const familyFor = (lang: string, { other = false } = {}) => {
  families ??= {
    hant: family('@fontsource/noto-sans-tc', 'noto-sans-tc'),
    hans: family('@fontsource/noto-sans-sc', 'noto-sans-sc'),
  };
  return (scriptOfTag(lang) === 'Hans') !== other ? families.hans : families.hant;
};

/** The font files that hold the characters of `text`: the card's fonts, subset to what it shows. */
async function fontsFor(text: string, font: FontFamily) {
  const files = new Set<string>();
  for (const char of new Set(text)) {
    const code = char.codePointAt(0)!;
    const range = font.ranges.find((r) => r.codes.some(([from, to]) => code >= from && code <= to));
    if (range) files.add(range.file);
  }
  return Promise.all(
    [...files].sort().map(async (file) => {
      // The same Buffer each time: satori keeps a parsed font per buffer.
      let data = font.data.get(file);
      if (!data) font.data.set(file, (data = await readFile(file)));
      // Each file its own family name: satori looks a character up family by family, not file by file.
      return { name: path.basename(file, '.woff'), data, weight: 700 as const, style: 'normal' as const };
    }),
  );
}

const box = (style: Record<string, unknown>, children: unknown) => ({ type: 'div', props: { style, children } });

/** The card as SVG, its text already drawn as paths. */
async function cardSvg(card: CardText): Promise<string> {
  const font = familyFor(card.lang);
  const { kicker, title, subtitle, siteName, lang } = card;
  // A line breaks only between BudouX phrases: each phrase is a box of its own in a wrapping row.
  const line = (text: string, size: number, colour: string) =>
    box(
      { display: 'flex', flexWrap: 'wrap', fontSize: size, color: colour, lineHeight: 1.35 },
      phrasesOf(text, lang).map((phrase) => box({ display: 'flex', flexShrink: 0 }, phrase)),
    );
  const tree = box(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      gap: 40,
      padding: '56px 80px',
      // Padding and border inside the card's size: satori would add them to it, and clip what wraps at 1200.
      boxSizing: 'border-box',
      background: COLOURS.paper,
      borderTop: `16px solid ${COLOURS.accent}`,
      fontWeight: 700,
    },
    [
      box({ display: 'flex', fontSize: 32, color: COLOURS.accent, letterSpacing: 4 }, siteName),
      box({ display: 'flex', flexDirection: 'column', gap: 16 }, [
        ...(kicker ? [line(kicker, 36, COLOURS.muted)] : []),
        line(title, title.length > 24 ? 60 : 72, COLOURS.ink),
        ...(subtitle ? [line(`——${subtitle}`, 36, COLOURS.muted)] : []),
      ]),
    ],
  );
  const fonts = await fontsFor([siteName, kicker, title, subtitle, '——'].join(''), font);
  tree.props.style['fontFamily'] = fonts.map((f) => `'${f.name}'`).join(', ');
  return satori(tree as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts,
    // A character the script's font lacks, such as 简 of 简体 in Traditional text (a file's Unicode range
    // can name characters the file has no glyph for), is drawn in the other script's font.
    loadAdditionalAsset: async (code, segment) =>
      code === 'emoji' ? [] : fontsFor(segment, familyFor(lang, { other: true })),
  });
}

/** The card as a PNG. */
async function drawCard(card: CardText): Promise<Buffer> {
  const svg = await cardSvg(card);
  // Rasterised and encoded off this thread (resvg's and sharp's own threads), so
  // that several cards under way keep both cores busy while satori lays out the next.
  // The text is already paths: resvg needs no fonts, and loading the system's would cost most of the time.
  const image = await renderAsync(svg, {
    font: { loadSystemFonts: false },
    fitTo: { mode: 'width', value: CARD_WIDTH },
  });
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .png()
    .toBuffer();
}

/** Where cards are kept between builds. */
export const CARD_CACHE = path.resolve(process.env['SHARE_CARD_CACHE'] ?? 'node_modules/.cache/share-cards');

/** Cards being drawn into the cache now, by their file there. */
const underWay = new Map<string, Promise<string>>();

/** The card's file in the cache, drawn first when an earlier build did not draw the same text and design. */
function cachedCard(card: CardText, cache: string): Promise<string> {
  const key = createHash('sha256')
    .update(JSON.stringify([DESIGN, card]))
    .digest('hex')
    .slice(0, 32);
  const file = path.join(cache, `${key}.png`);
  let drawn = underWay.get(file);
  if (!drawn) {
    drawn = access(file).then(
      () => file,
      async () => {
        const png = await drawCard(card);
        await mkdir(cache, { recursive: true });
        // Written whole, then renamed: builds side by side never read half a card.
        const partial = `${file}.${process.pid}.partial`;
        await writeFile(partial, png);
        await rename(partial, file);
        return file;
      },
    );
    underWay.set(file, drawn);
    const done = () => underWay.delete(file);
    drawn.then(done, done);
  }
  return drawn;
}

/** The PNG of `card`, from the cache, or drawn now (or by prepareCards) and cached. */
export async function shareCard(card: CardText, cache = CARD_CACHE): Promise<Buffer> {
  return readFile(await cachedCard(card, cache));
}

/** Starts drawing, in the background, the cards the cache lacks, a few at a time; shareCard then waits only for its own. */
export function prepareCards(cards: CardText[], cache = CARD_CACHE): void {
  const queue = cards.values();
  const drawNext = async (): Promise<void> => {
    for (const card of queue) {
      // A failure is shareCard's to report, for the card that asks for it.
      await cachedCard(card, cache).catch(() => undefined);
    }
  };
  for (let i = 0; i < availableParallelism() + 1; i++) void drawNext();
}
