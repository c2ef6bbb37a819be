/** The frontmatter an editor writes, validated. Runs at build time and in the review and importer. */
import { z } from 'astro/zod';
import { sectionIds } from '../sections/sections.ts';
import { sourceVariant, variants } from '../variants/variants.ts';
import { parseArticleDate } from './dates.ts';
import { leadImageSchema } from '../images/image-fields.ts';

/** A URL slug: lowercase Latin letters and digits, joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The fields of an article that are text for readers, converted into every variant. */
export const TEXT_FIELDS = ['kicker', 'title', 'subtitle', 'place', 'description', 'excerpt'] as const;

/** Frontmatter of an article, as an editor writes it. Unknown fields are refused. */
export const articleSchema = z.strictObject({
  /** 引題: the line above the headline. */
  kicker: z.string().trim().min(1).optional(),
  /** 主題: the headline. */
  title: z.string().trim().min(1),
  /** 副題: the line below the headline. */
  subtitle: z.string().trim().min(1).optional(),
  /** When it was published: `2025-02-19` (00:00 China time) or `2025-02-19T10:30+08:00`. */
  date: z.string().transform((text, context) => {
    const date = parseArticleDate(text);
    if (date) return date;
    context.addIssue({
      code: 'custom',
      message: `"${text}" is not a date: write YYYY-MM-DD, or YYYY-MM-DDTHH:MM+08:00`,
    });
    return z.NEVER;
  }),
  /** The section it is filed in: an id from src/lib/sections/sections.ts. */
  section: z.enum(sectionIds, {
    error: (issue) =>
      `${issue.input === undefined ? 'missing' : `unknown section "${String(issue.input)}"`}: the sections are ${sectionIds.join(', ')}`,
  }),
  /** Dateline place, such as 鹽城. */
  place: z.string().trim().min(1).optional(),
  /** The script the article is written in (a variant's BCP 47 tag); the other variants are derived from it. */
  script: z.enum(variants.map((v) => v.lang) as [string, ...string[]]).default(sourceVariant.lang),
  /** One sentence for metadata and sharing. */
  description: z.string().trim().min(1),
  /** Front-page summary; the first sentence of the body when absent. */
  excerpt: z.string().trim().min(1).optional(),
  /** The lead photo: `{ src: ./photos/x.jpg, alt, caption, credit }` (see src/lib/images/image-fields.ts). */
  image: leadImageSchema.optional(),
  /** URL segment; the file name when absent. */
  slug: z.string().regex(SLUG_PATTERN, 'must be lowercase Latin letters, digits and single hyphens').optional(),
});

/** An article's frontmatter as written and checked. */
export type ArticleFrontmatter = z.infer<typeof articleSchema>;

/** An article's fields as pages read them; its photos come processed through the collection (src/content.config.ts). */
export type ArticleData = Omit<ArticleFrontmatter, 'image'>;
