/**
 * Figures in the body: a Markdown image alone in its paragraph,
 * `![alt](./photos/x.jpg "caption | credit")`, becomes a `<figure>` that
 * carries the image's fields as data attributes, for the content loader to
 * check, convert per variant and replace with a placeholder (see figures.ts).
 * A rehype plugin, ahead of paragraph ids, so a figure takes no paragraph
 * number; and ahead of Astro's own image step, whose attribute the loader's
 * HTML round trip would break. Runs at build time.
 */
import type { Element, ElementContent, Root } from 'hast';

/** Splits a Markdown image title into caption and credit: `caption | credit`. */
export function captionAndCredit(title: string | undefined): { caption?: string; credit?: string } {
  const [caption = '', ...rest] = (title ?? '').split('|');
  const credit = rest.join('|').trim();
  return { ...(caption.trim() ? { caption: caption.trim() } : {}), ...(credit ? { credit } : {}) };
}

function figureOf(image: Element, inline: boolean): Element {
  const { src, alt, title } = image.properties;
  const { caption, credit } = captionAndCredit(typeof title === 'string' ? title : undefined);
  return {
    type: 'element',
    tagName: 'figure',
    properties: {
      dataSrc: String(src ?? ''),
      dataAlt: typeof alt === 'string' ? alt : '',
      ...(caption ? { dataCaption: caption } : {}),
      ...(credit ? { dataCredit: credit } : {}),
      // An image inside a paragraph's text cannot be a figure: the loader refuses it by name.
      ...(inline ? { dataInline: '' } : {}),
    },
    children: [],
  };
}

const isBlank = (node: ElementContent) => node.type === 'text' && node.value.trim() === '';

/** Turns every Markdown image into a figure of data attributes; one alone in a top-level paragraph replaces the paragraph. */
export function rehypeFigures() {
  // Anywhere else (inside text, a list, a quotation) the figure is marked inline and refused.
  const markInline = (node: ElementContent): ElementContent => {
    if (node.type !== 'element') return node;
    if (node.tagName === 'img') return figureOf(node, true);
    node.children = node.children.map(markInline);
    return node;
  };
  return (tree: Root): void => {
    tree.children = tree.children.map((node) => {
      if (node.type !== 'element') return node;
      const content = node.children.filter((child) => !isBlank(child));
      const only = content.length === 1 ? content[0] : undefined;
      if (node.tagName === 'p' && only?.type === 'element' && only.tagName === 'img') return figureOf(only, false);
      return markInline(node) as Element;
    });
  };
}
