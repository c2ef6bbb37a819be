/**
 * The readings file of an article in one variant (/zh-hant/<slug>/readings.json),
 * which the reading aid fetches when a reader first turns it on: the readings of
 * every Han character of the headline block, the byline and the text, in the
 * order the page shows them, as pinyin with tone marks separated by spaces (the
 * browser spells 注音 from them), and the labels of the aid's choices. Runs at build time.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Nodes } from 'hast';
import type { Byline } from '../articles/schema.ts';
import { variants, type Variant } from '../variants/variants.ts';
import { hanCharacters, UNREAD } from './han.ts';
import { nameReadingsOf, readingsOf } from './readings.ts';

/** The readings of one article page, one string a block, a reading a Han character. */
export interface ArticleReadings {
  /** The labels of the aid's choices in the variant's script, for the choices its code adds to the settings. */
  labels: Record<string, string>;
  headline: string;
  byline: string;
  body: string;
}

/** What an article's page shows that takes readings. */
export interface ReadableArticle {
  kicker?: string | undefined;
  title: string;
  subtitle?: string | undefined;
  byline: readonly Byline[];
  /** The text as the page shows it (HTML). */
  html: string;
}

const BLOCKS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'td', 'th', 'dt', 'dd']);

/** The text of an HTML fragment as the reading aid reads it: no figures, code or ruby text; a line break after each block. */
export function readableText(html: string): string {
  let text = '';
  const walk = (node: Nodes): void => {
    if (node.type === 'text') text += node.value;
    if (node.type === 'element' && UNREAD.includes(node.tagName)) return;
    if ('children' in node) node.children.forEach(walk);
    if (node.type === 'element' && BLOCKS.has(node.tagName)) text += '\n';
  };
  walk(fromHtml(html, { fragment: true }));
  return text;
}

type Block = 'headline' | 'byline' | 'body';
type Blocks = Record<Block, string[]>;

/** The text of each block of an article's page in `variant`: the headline block, the byline as shown, the text. */
function blockTexts(article: ReadableArticle, variant: Variant): Record<Block, string> {
  const { kicker, title, subtitle, byline, html } = article;
  const { newsroom } = variant.ui;
  return {
    headline: [kicker, title, subtitle].filter(Boolean).join('\n'),
    byline: byline.length ? `${newsroom.byline}：${byline.map(({ name }) => name).join(newsroom.separator)}` : '',
    body: readableText(html),
  };
}

/** The readings of each block of an article as written in `variant`, from its blocks' texts. */
function readBlocks(article: ReadableArticle, variant: Variant, texts: Record<Block, string>): Blocks {
  const { newsroom } = variant.ui;
  // As Byline.astro shows it: the label, then the names joined by the separator, each name read as a name.
  const names = article.byline.length
    ? [
        ...readingsOf(`${newsroom.byline}：`, variant),
        ...article.byline.flatMap(({ name }, i) => [
          ...(i > 0 ? readingsOf(newsroom.separator, variant) : []),
          ...nameReadingsOf(name, variant),
        ]),
      ]
    : [];
  return { headline: readingsOf(texts.headline, variant), byline: names, body: readingsOf(texts.body, variant) };
}

/** The readings of each block of an article as written, joined, with the count of Han characters they read. */
type ReadBlocks = Record<Block, { readings: string; count: number }>;

/** An article's blocks read in `variant`, joined for the readings file. */
function readJoined(article: ReadableArticle, variant: Variant): ReadBlocks {
  const blocks = readBlocks(article, variant, blockTexts(article, variant));
  const joined = (name: Block) => ({ readings: blocks[name].join(' '), count: blocks[name].length });
  return { headline: joined('headline'), byline: joined('byline'), body: joined('body') };
}

/**
 * The readings of articles as written, by their entry's `key`, until every variant's page has taken them: the
 * original's own page and each converted one read the same text, which then is read once.
 */
const originals = new Map<string, { read: ReadBlocks; pagesLeft: number }>();

/** The readings of an original, read once for all the variants' pages when it has a `key`. */
function readOriginal({ article, variant, key }: Original): ReadBlocks {
  if (!key) return readJoined(article, variant);
  const kept = originals.get(key) ?? { read: readJoined(article, variant), pagesLeft: variants.length };
  if (--kept.pagesLeft > 0) originals.set(key, kept);
  else originals.delete(key);
  return kept.read;
}

/** The text an article was written in, and (in a build) its entry's id and digest, which name its readings. */
export interface Original {
  article: ReadableArticle;
  variant: Variant;
  key?: string;
}

/**
 * The readings file of an article in `variant`. A converted page takes the readings of the text it was
 * converted from (`original`), block by block where the counts of Han characters agree, so both scripts read
 * alike: read back through OpenCC, Traditional loses distinctions its source had (卓著 zhù came back as 卓着,
 * read zhe; 過於 was read guò wū). Without an original, the article is its own.
 */
export function articleReadings(
  article: ReadableArticle,
  variant: Variant,
  original: Original = { article, variant },
): ArticleReadings {
  const theirs = readOriginal(original);
  // The page's texts are made only for a converted page, counted against the original's readings, and read only
  // for a block that does not match them.
  const texts = original.variant.segment === variant.segment ? undefined : blockTexts(article, variant);
  let own: Blocks | undefined;
  const pick = (name: Block) =>
    !texts || theirs[name].count === hanCharacters(texts[name]).length
      ? theirs[name].readings
      : (own ??= readBlocks(article, variant, texts))[name].join(' ');
  return {
    labels: { ...variant.ui.reader.readings },
    headline: pick('headline'),
    byline: pick('byline'),
    body: pick('body'),
  };
}
