/**
 * What an editor writes about a photo, for the lead image in the frontmatter
 * and for a figure in the body, and the checks that need no file: alt text or
 * an explicit decorative mark, and a path on this site. Runs at build time and
 * in the review and importer (through the frontmatter schema).
 */
import { z } from 'astro/zod';

/** The lead image's fields in the frontmatter: `image: { src, alt, caption, credit }`. */
export const imageFields = z.strictObject({
  /** The file, relative to the article: `./photos/x.jpg`, or `../photos/x.jpg` for a shared folder. */
  src: z.string().trim().min(1),
  /** What the photo shows, for readers who cannot see it; `""` only with `decorative: true`. */
  alt: z.string().trim().optional(),
  /** The caption under the photo. */
  caption: z.string().trim().min(1).optional(),
  /** Who took it or owns it: a name or agency, converted as names are. */
  credit: z.string().trim().min(1).optional(),
  /** The photo adds nothing a reader would miss: it may have an empty alt. */
  decorative: z.boolean().optional(),
});

/** A photo as written, in the frontmatter or the body. */
export type ImageFields = z.infer<typeof imageFields>;

/** The file formats astro:assets reads, by file extension. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'tiff', 'tif'] as const;

/** Why a photo's fields cannot be published, or undefined; the message names the image. */
export function imageFieldsProblem({ src, alt, decorative }: ImageFields): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) {
    return `image ${src} is on another host: images are served only from this site (the CSP allows no other), so put the file beside the article`;
  }
  if (!src.startsWith('./') && !src.startsWith('../')) {
    return `image ${src}: write the path relative to the article, such as ./photos/${src.split('/').at(-1)}`;
  }
  const extension = src.split('.').at(-1)?.toLowerCase() ?? '';
  if (!(IMAGE_EXTENSIONS as readonly string[]).includes(extension)) {
    return `image ${src} is not a photo file this site can publish (${IMAGE_EXTENSIONS.join(', ')})`;
  }
  if (alt === undefined || (alt === '' && !decorative)) {
    return `image ${src} has no alt text: describe what it shows, or write alt: "" with decorative: true if it adds nothing`;
  }
  if (alt !== '' && decorative) return `image ${src} is marked decorative but has alt text: keep one of them`;
  return undefined;
}

/** A body figure's placeholder in the stored HTML (as hast writes it), which pages and feeds replace with the figure. */
export const figurePlaceholder = (n: number) => `<figure data-figure="${n}"></figure>`;

/** The schema of the lead image: its fields and their checks. */
export const leadImageSchema = imageFields.superRefine((fields, context) => {
  const problem = imageFieldsProblem(fields);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});
