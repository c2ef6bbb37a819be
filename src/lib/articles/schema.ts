/** The frontmatter an editor writes, validated. Runs at build time and in the review and importer. */
import { z } from 'astro/zod';
import { variants } from '../variants/variants.ts';

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
  /** Day of the events reported; YAML `2025-02-19`. */
  date: z.date(),
  /** Dateline place, such as 鹽城. */
  place: z.string().trim().min(1).optional(),
  /** The script the article is written in (a variant's BCP 47 tag); the other variants are derived from it. */
  script: z.enum(variants.map((v) => v.lang) as [string, ...string[]]).default(variants[0].lang),
  /** One sentence for metadata and sharing. */
  description: z.string().trim().min(1),
  /** Front-page summary; the first sentence of the body when absent. */
  excerpt: z.string().trim().min(1).optional(),
  /** URL segment; the file name when absent. */
  slug: z.string().regex(SLUG_PATTERN, 'must be lowercase Latin letters, digits and single hyphens').optional(),
});

export type ArticleData = z.infer<typeof articleSchema>;
