/**
 * Photos in the content loader: the figures the Markdown step marked are taken
 * out of the body HTML into data, leaving numbered placeholders; every photo
 * (lead and figures) is checked by name; each variant gets its own alt,
 * caption and credit; and Astro is told which files to process. Runs at build
 * time, inside Astro.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Nodes } from 'hast';
import { convertName, convertText } from '../conversion/convert.ts';
import type { Variant } from '../variants/variants.ts';
import { imageFieldsProblem, type ImageFields } from './image-fields.ts';
import { imageFileProblem } from './image-file.node.ts';

/** The body HTML with each figure replaced by a placeholder, and the figures in order. */
export function takeFigures(html: string): { html: string; figures: ImageFields[]; inline: string[] } {
  if (!html.includes('data-src')) return { html, figures: [], inline: [] };
  const tree = fromHtml(html, { fragment: true });
  const figures: ImageFields[] = [];
  const inline: string[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'element' && node.tagName === 'figure' && typeof node.properties.dataSrc === 'string') {
      const { dataSrc, dataAlt, dataCaption, dataCredit, dataInline } = node.properties;
      if (dataInline !== undefined) inline.push(dataSrc);
      const figure: ImageFields = { src: dataSrc, alt: String(dataAlt ?? '') };
      if (typeof dataCaption === 'string') figure.caption = dataCaption;
      if (typeof dataCredit === 'string') figure.credit = dataCredit;
      (node as Element).properties = { dataFigure: String(figures.length) };
      figures.push(figure);
      return;
    }
    if ('children' in node) node.children.forEach(walk);
  };
  walk(tree);
  return { html: toHtml(tree), figures, inline };
}

/** Remote `<img>` in an article's raw HTML: images come only from this site. */
export function remoteImages(html: string): string[] {
  return [...html.matchAll(/<img\b[^>]*?\ssrc=["']?((?:[a-z][a-z0-9+.-]*:)?\/\/[^"'\s>]+)/gi)].map((m) => m[1]!);
}

/** The first problem with an article's photos (fields, then files), naming the image; undefined when all are fine. */
export async function photosProblem(
  articleUrl: URL,
  lead: ImageFields | undefined,
  figures: readonly ImageFields[],
  inline: readonly string[],
  html: string,
): Promise<string | undefined> {
  const remote = remoteImages(html)[0];
  if (remote) return `image ${remote} is on another host: images are served only from this site`;
  if (inline[0]) {
    return `image ${inline[0]} is inside a paragraph's text or a list: put it in a paragraph of its own to make it a figure`;
  }
  const photos = [...(lead ? [lead] : []), ...figures];
  for (const photo of photos) {
    const problem = imageFieldsProblem(photo);
    if (problem) return problem;
  }
  for (const photo of photos) {
    const problem = await imageFileProblem(new URL(photo.src, articleUrl), photo.src);
    if (problem) return problem;
  }
  return undefined;
}

// Astro's content store resolves a string with this prefix to the processed image (its `image()` schema helper writes the same).
const IMAGE_IMPORT_PREFIX = '__ASTRO_IMAGE_';

/**
 * A credit in another variant: names (a person, an agency, 记者 and 摄 around them), separated by spaces or
 * 、，/, each converted as a name, surname pinned, so 于洋 never becomes 於洋 as a phrase would make it.
 */
export function convertCredit(credit: string, from: Variant, to: Variant): string {
  return credit
    .split(/([\s、，,/／]+)/)
    .map((part, i) => (i % 2 === 1 || part === '' ? part : convertName(part, from, to)))
    .join('');
}

/** A photo's fields in one variant, its file handed to astro:assets. */
export function imageInVariant(image: ImageFields, from: Variant, to: Variant): ImageFields {
  const converted: ImageFields = { ...image, src: `${IMAGE_IMPORT_PREFIX}${image.src}` };
  if (image.alt) converted.alt = convertText(image.alt, from, to);
  if (image.caption) converted.caption = convertText(image.caption, from, to);
  if (image.credit) converted.credit = convertCredit(image.credit, from, to);
  return converted;
}
