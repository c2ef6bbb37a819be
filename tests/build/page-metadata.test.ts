/**
 * What machines read from the head of every built page: the image a shared
 * link shows (og:image, absolute, a file the site serves at the size the page
 * says), and on article pages the NewsArticle JSON-LD search engines read
 * (its image, author, dateModified and publisher logo, every URL absolute and
 * served). Runs in Vitest (Node) over dist/, after `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { sourceVariant } from '../../src/lib/variants/variants.ts';
import { filesUnder } from '../support/pages.ts';
import { BUILT_ORIGIN } from '../support/sites.ts';

const DIST = 'dist';

/** Every element of a page, in document order. */
function elementsOf(node: Nodes): Element[] {
  const own = node.type === 'element' ? [node] : [];
  return 'children' in node ? [...own, ...node.children.flatMap(elementsOf)] : own;
}

/** The text of an element, as a reader sees it. */
function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** A built page as machines read its head. */
interface Page {
  file: string;
  tree: Root;
  /** The content of each `<meta property>` (Open Graph) and `<meta name>`, by property or name. */
  meta: Map<string, string[]>;
  /** The variant's URL segment (`<html data-variant>`), none on the root and 404 pages. */
  segment: string | undefined;
}

function pageOf(file: string): Page {
  const tree = fromHtml(readFileSync(file, 'utf8'));
  const meta = new Map<string, string[]>();
  for (const e of elementsOf(tree).filter((e) => e.tagName === 'meta')) {
    const key = e.properties['property'] ?? e.properties['name'];
    if (typeof key === 'string') meta.set(key, [...(meta.get(key) ?? []), String(e.properties['content'])]);
  }
  const html = elementsOf(tree).find((e) => e.tagName === 'html')!;
  const segment = html.properties['dataVariant'];
  return { file, tree, meta, segment: typeof segment === 'string' ? segment : undefined };
}

/** The one value of a meta property or name; fails when the page has none or several. */
function metaOf(page: Page, key: string): string {
  const values = page.meta.get(key) ?? [];
  expect(values, `${page.file}: ${key}`).toHaveLength(1);
  return values[0]!;
}

/** The file of dist/ an absolute URL of the site names; fails when the URL is not the site's or no file is there. */
function servedFile(url: string, page: Page): string {
  expect(url, `${page.file}: ${url} is an absolute URL of the site`).toMatch(new RegExp(`^${BUILT_ORIGIN}/`));
  const pathname = decodeURIComponent(new URL(url).pathname);
  const file = path.join(DIST, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  expect(existsSync(file), `${page.file}: ${url} is served (no ${file})`).toBe(true);
  return file;
}

/** An image file's format and its size in pixels, as sharp reads it (an SVG's from its viewBox). */
async function imageOf(file: string) {
  const { format, width, height } = await sharp(file).metadata();
  return { format, width, height };
}

const pages = filesUnder(DIST, (name) => name.endsWith('.html')).map(pageOf);
const isArticle = (page: Page) => page.meta.get('og:type')?.[0] === 'article';
const articles = pages.filter(isArticle);

describe('og:image', () => {
  test('every page names one, an absolute URL of an image the site serves at the width and height it gives', async () => {
    expect(pages.length).toBeGreaterThan(articles.length);
    for (const page of pages) {
      const file = servedFile(metaOf(page, 'og:image'), page);
      const size = { width: Number(metaOf(page, 'og:image:width')), height: Number(metaOf(page, 'og:image:height')) };
      expect(await imageOf(file), page.file).toEqual({ format: expect.stringMatching(/^(png|jpeg)$/), ...size });
      expect(metaOf(page, 'twitter:card'), page.file).toBe('summary_large_image');
    }
  });

  test('the front page, lists, sections and pages without a script show the site’s card, a 1200 × 630 PNG', async () => {
    const others = pages.filter((page) => !isArticle(page));
    for (const segment of ['zh-hant', 'zh-hans']) {
      expect(others.map((page) => page.file)).toContain(path.join(DIST, segment, 'index.html'));
      expect(others.map((page) => page.file)).toContain(path.join(DIST, segment, 'politics', 'index.html'));
    }
    for (const page of others) {
      const card = `${BUILT_ORIGIN}/${page.segment ?? sourceVariant.segment}/card.png`;
      expect(metaOf(page, 'og:image'), page.file).toBe(card);
      expect(metaOf(page, 'og:image:alt'), page.file).toBeTruthy();
    }
    for (const segment of ['zh-hant', 'zh-hans'])
      expect(await imageOf(path.join(DIST, segment, 'card.png'))).toEqual({ format: 'png', width: 1200, height: 630 });
    // Each script's card draws its own script.
    expect(
      readFileSync(path.join(DIST, 'zh-hant', 'card.png')).equals(readFileSync(path.join(DIST, 'zh-hans', 'card.png'))),
    ).toBe(false);
  });
});

/** The parts of an article's JSON-LD these tests read. */
interface ArticleLd {
  '@context': string;
  '@type': string;
  image: string[];
  datePublished: string;
  dateModified: string;
  author: Array<{ '@type': string; name: string; url?: string }>;
  publisher: { '@type': string; name: string; logo: { '@type': string; url: string; width: number; height: number } };
}

describe('NewsArticle JSON-LD', () => {
  /** The JSON-LD of an article page: its one `<script type="application/ld+json">`, parsed. */
  const ldOf = (page: Page): ArticleLd => {
    const scripts = elementsOf(page.tree).filter(
      (e) => e.tagName === 'script' && e.properties['type'] === 'application/ld+json',
    );
    expect(scripts, page.file).toHaveLength(1);
    return JSON.parse(textOf(scripts[0]!)) as ArticleLd;
  };

  test('every article page has one, a NewsArticle whose every URL is absolute and served by the site', () => {
    expect(articles.length).toBeGreaterThan(0);
    for (const page of articles) {
      const ld = ldOf(page);
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld['@type']).toBe('NewsArticle');
      const urls: string[] = [];
      const walk = (value: unknown, key?: string) => {
        if (typeof value === 'string' && ['url', '@id', 'item', 'image'].includes(key!)) urls.push(value);
        else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
        else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => walk(v, k));
      };
      walk(ld);
      expect(urls.length, page.file).toBeGreaterThan(5);
      for (const url of urls) servedFile(url, page);
    }
  });

  test('its image is the og:image; its dateModified the update, else the publication, in China time', () => {
    for (const page of articles) {
      const ld = ldOf(page);
      expect(ld.image, page.file).toEqual([metaOf(page, 'og:image')]);
      expect(ld.datePublished).toBe(metaOf(page, 'article:published_time'));
      const modified = page.meta.get('article:modified_time')?.[0] ?? ld.datePublished;
      expect(ld.dateModified, page.file).toBe(modified);
      expect(ld.dateModified, page.file).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
    }
  });

  test('its author: each name of the byline a Person, else the site, an Organization', () => {
    for (const page of articles) {
      const ld = ldOf(page);
      const byline = elementsOf(page.tree).find((e) => [e.properties['className']].flat().includes('byline'));
      expect(ld.author.length, page.file).toBeGreaterThan(0);
      for (const author of ld.author) {
        if (byline) {
          expect(author['@type']).toBe('Person');
          expect(textOf(byline)).toContain(author.name);
        } else {
          expect(author).toEqual({
            '@type': 'Organization',
            name: metaOf(page, 'og:site_name'),
            url: `${BUILT_ORIGIN}/${page.segment}/`,
          });
        }
      }
    }
  });

  test('its publisher is the site, with a logo that is an image the site serves, at its real width and height', async () => {
    for (const page of articles) {
      const { publisher } = ldOf(page);
      expect(publisher['@type']).toBe('Organization');
      expect(publisher.name).toBe(metaOf(page, 'og:site_name'));
      expect(publisher.logo['@type']).toBe('ImageObject');
      const { width, height } = await imageOf(servedFile(publisher.logo.url, page));
      expect({ width: publisher.logo.width, height: publisher.logo.height }, page.file).toEqual({ width, height });
    }
  });
});
