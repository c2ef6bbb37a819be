/**
 * A photo as readers get it: `<picture>` with AVIF and WebP sources and a JPEG
 * `<img>` (width and height set, so nothing shifts), in a `<figure>` with its
 * caption and credit; body figures put back in place of their placeholders;
 * and the plain JPEG copies that feeds and sharing cards use. Every file is
 * made by astro:assets with sharp and cached between builds. Runs at build
 * time, inside Astro.
 */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { escapeHtml } from '../search/excerpt.ts';
import { figurePlaceholder, type ImageFields } from './image-fields.ts';

/** A photo's fields with its file processed by astro:assets, as article entries hold it. */
export type Photo = Omit<ImageFields, 'src'> & { src: ImageMetadata };

/** Widths made for the article column: a 360 px phone at 1× up to a wide screen at 2×. */
export const ARTICLE_WIDTHS = [360, 480, 640, 800, 1024, 1280, 1600];
/** The article column's width: `main` is min(100% − 2rem, 42rem) (global.css). */
export const ARTICLE_SIZES = '(min-width: 44rem) 42rem, calc(100vw - 2rem)';
/** Fewer widths for a list's top story: each width is a URL in the list page's HTML, whose budget is tight. */
export const LIST_WIDTHS = [360, 640, 960, 1280];

interface PictureOptions {
  widths: readonly number[];
  sizes: string;
  /** The page's largest image (LCP): fetched first, never lazily. */
  priority?: boolean;
}

const attributes = (pairs: Record<string, string | number | undefined>) =>
  Object.entries(pairs)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
    .join('');

/** The `<picture>` of a photo: AVIF, WebP, then JPEG, each at every width up to the photo's own. */
export async function pictureHtml(photo: Photo, { widths, sizes, priority = false }: PictureOptions) {
  const { src } = photo;
  const fitting = widths.filter((w) => w <= src.width);
  const own = fitting.length < widths.length ? [...fitting, src.width] : fitting;
  // The JPEG's `src`, for browsers that ignore srcset, is the middle candidate.
  const width = own[Math.floor((own.length - 1) / 2)]!;
  const common = { src, widths: own, width, sizes };
  const [avif, webp, jpeg] = await Promise.all(
    (['avif', 'webp', 'jpg'] as const).map((format) => getImage({ ...common, format })),
  );
  const source = (type: string, image: typeof jpeg) =>
    `<source${attributes({ type, srcset: image!.srcSet.attribute, sizes })}>`;
  const img = `<img${attributes({
    src: jpeg!.src,
    srcset: jpeg!.srcSet.attribute,
    sizes,
    // The photo's exact shape, which figures.css holds the box to: each file's rounded height would
    // otherwise move the text by a fraction of a pixel as it loads.
    width: src.width,
    height: src.height,
    alt: photo.alt ?? '',
    ...(priority ? { fetchpriority: 'high' } : { loading: 'lazy', decoding: 'async' }),
  })}>`;
  return `<picture>${source('image/avif', avif)}${source('image/webp', webp)}${img}</picture>`;
}

/** The `<figcaption>` of a photo: caption, then credit; empty when it has neither. */
export function captionHtml({ caption, credit }: Pick<Photo, 'caption' | 'credit'>): string {
  if (!caption && !credit) return '';
  const parts = [
    caption && `<span class="figure__caption">${escapeHtml(caption)}</span>`,
    credit && `<span class="figure__credit">${escapeHtml(credit)}</span>`,
  ].filter(Boolean);
  return `<figcaption>${parts.join(' ')}</figcaption>`;
}

/** A photo in the article column, with its caption and credit. */
export async function figureHtml(photo: Photo, { lead = false } = {}): Promise<string> {
  const picture = await pictureHtml(photo, { widths: ARTICLE_WIDTHS, sizes: ARTICLE_SIZES, priority: lead });
  return `<figure class="figure${lead ? ' figure--lead' : ''}">${picture}${captionHtml(photo)}</figure>`;
}

/** The body HTML with each figure placeholder replaced by its figure. */
export async function withFigures(html: string, figures: readonly Photo[]): Promise<string> {
  const rendered = await Promise.all(figures.map((figure) => figureHtml(figure)));
  return rendered.reduce((body, figure, n) => body.replace(figurePlaceholder(n), figure), html);
}

/** A plain JPEG copy of a photo at one size (cropped when both sides are given), for feeds and sharing cards. */
export async function jpegCopy(photo: Photo, width: number, height?: number) {
  // Never enlarged: a photo narrower than asked for is used at its own width, a crop keeping the asked shape.
  const scale = Math.min(1, photo.src.width / width);
  const image = await getImage({
    src: photo.src,
    width: Math.round(width * scale),
    ...(height ? { height: Math.round(height * scale), fit: 'cover' as const } : {}),
    format: 'jpg',
  });
  return {
    src: image.src,
    width: Number(image.attributes['width']),
    height: Number(image.attributes['height']),
  };
}

/** Body figures for a feed: one JPEG each at an absolute URL, since feed readers drop `<picture>` and relative paths. */
export async function withFeedFigures(html: string, figures: readonly Photo[], site: URL): Promise<string> {
  const rendered = await Promise.all(
    figures.map(async (figure) => {
      const jpeg = await jpegCopy(figure, 1024);
      const img = `<img${attributes({ src: new URL(jpeg.src, site).href, width: jpeg.width, height: jpeg.height, alt: figure.alt ?? '' })}>`;
      return `<figure>${img}${captionHtml(figure)}</figure>`;
    }),
  );
  return rendered.reduce((body, figure, n) => body.replace(figurePlaceholder(n), figure), html);
}

/** What sharing cards and search engines show for a page: an image at an absolute URL. */
export interface ShareImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** A photo cropped to 1200×630 JPEG, the shape sharing cards use, at an absolute URL. */
export async function shareImage(photo: Photo, site: URL): Promise<ShareImage> {
  const jpeg = await jpegCopy(photo, 1200, 630);
  return { url: new URL(jpeg.src, site).href, width: jpeg.width, height: jpeg.height, alt: photo.alt ?? '' };
}

/** A list's picture of its top story's lead photo, across the list's column, near the top: fetched first. */
export function teaserPictureHtml(photo: Photo): Promise<string> {
  // The headline beside it says what the article is; the photo's description is for the article page.
  return pictureHtml({ ...photo, alt: '' }, { widths: LIST_WIDTHS, sizes: ARTICLE_SIZES, priority: true });
}

/** A feed item's lead photo as Media RSS: a JPEG at an absolute URL, with its description and credit. */
export async function feedMedia(photo: Photo, site: URL): Promise<string> {
  const jpeg = await jpegCopy(photo, 1024);
  const url = escapeHtml(new URL(jpeg.src, site).href);
  const description = photo.alt || photo.caption;
  return (
    `<media:content url="${url}" type="image/jpeg" medium="image" width="${jpeg.width}" height="${jpeg.height}">` +
    (description ? `<media:description>${escapeHtml(description)}</media:description>` : '') +
    (photo.credit ? `<media:credit>${escapeHtml(photo.credit)}</media:credit>` : '') +
    `</media:content>`
  );
}
