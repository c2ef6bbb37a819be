/** The frontmatter an editor writes, validated. Runs at build time and in the review and importer. */
import { z } from 'astro/zod';
import { sectionIds } from '../sections/sections.ts';
import { sourceVariant, variants } from '../variants/variants.ts';
import { parseArticleDate } from './dates.ts';
import { leadImageSchema } from '../images/image-fields.ts';

/** A URL slug: lowercase Latin letters and digits, joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The fields of an article that are text for readers, converted into every variant. */
export const TEXT_FIELDS = [
  'kicker',
  'title',
  'subtitle',
  'place',
  'description',
  'excerpt',
  'correction',
  'retracted',
] as const;

/** A frontmatter date: `2025-02-19` (00:00 China time) or `2025-02-19T10:30+08:00`, read as an instant. */
const dateField = z.string().transform((text, context) => {
  const date = parseArticleDate(text);
  if (date) return date;
  context.addIssue({
    code: 'custom',
    message: `"${text}" is not a date: write YYYY-MM-DD, or YYYY-MM-DDTHH:MM+08:00`,
  });
  return z.NEVER;
});

/** The frontmatter fields, each checked on its own. */
const articleFields = z.strictObject({
  /** 引題: the line above the headline. */
  kicker: z.string().trim().min(1).optional(),
  /** 主題: the headline. */
  title: z.string().trim().min(1),
  /** 副題: the line below the headline. */
  subtitle: z.string().trim().min(1).optional(),
  /** Who wrote it: one or more names, or ids from the authors table (content/authors.yaml). */
  author: z
    .union([z.string(), z.array(z.string())])
    .transform((value) => (Array.isArray(value) ? value : [value]).map((name) => name.trim()))
    .refine((names) => names.length > 0 && names.every(Boolean), 'an author is empty: write a name or an author id')
    .optional(),
  /** When it was published; a date in the future keeps it out of the build until then (an embargo). */
  date: dateField,
  /** When it was last changed after publication. */
  updated: dateField.optional(),
  /** What a change after publication corrected, shown above the text and on the corrections page. */
  correction: z.string().trim().min(1).optional(),
  /** Why the article was retracted; it then leaves the lists, feeds and search, with this note on its page. */
  retracted: z.string().trim().min(1).optional(),
  /** Slugs the article had before, each of which redirects to it. */
  redirect_from: z
    .array(z.string().regex(SLUG_PATTERN, 'must be lowercase Latin letters, digits and single hyphens'))
    .optional(),
  /** A draft: shown in `npm run dev` and the preview build, never published. */
  draft: z.boolean().optional(),
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

/**
 * Every field that is not in TEXT_FIELDS, and how it reaches readers instead: a new field must be put in one or the
 * other (a type error here, and tests/unit/schema.test.ts), so none is shown unconverted in the other scripts.
 */
export const OTHER_FIELDS = {
  author: 'names: converted as names (convertName), surnames pinned',
  date: 'a date, shown in each variant’s own words',
  updated: 'a date',
  redirect_from: 'slugs, never shown',
  draft: 'a flag',
  section: 'an id: its name comes from the sections table',
  script: 'a language tag',
  image: 'a photo: alt and caption converted as text, the credit as names (src/lib/images/figures.ts)',
  slug: 'a URL segment',
} as const satisfies Record<Exclude<keyof z.input<typeof articleFields>, (typeof TEXT_FIELDS)[number]>, string>;

/** Frontmatter of an article, as an editor writes it. Unknown fields are refused. */
export const articleSchema = articleFields.superRefine((data, context) => {
  if (data.updated && data.updated < data.date)
    context.addIssue({ code: 'custom', path: ['updated'], message: 'is earlier than date' });
  const changes = { correction: 'correction', retracted: 'retraction' } as const;
  for (const [field, change] of Object.entries(changes) as Array<[keyof typeof changes, string]>) {
    if (data[field] && !data.updated)
      context.addIssue({ code: 'custom', path: [field], message: `needs updated: when the ${change} was made` });
  }
});

/** An article's frontmatter as written and checked. */
export type ArticleFrontmatter = z.infer<typeof articleSchema>;

/** An article's fields as pages read them; its photos come processed through the collection (src/content.config.ts). */
export type ArticleData = Omit<ArticleFrontmatter, 'image'>;

/** One name in a byline, in one variant; `id` when the author has a page. */
export const bylineSchema = z.object({ name: z.string(), id: z.string().optional() });

/** An article as the collection stores it in one variant: its frontmatter, converted, and the byline. */
export const storedArticleSchema = articleFields.extend({ byline: z.array(bylineSchema) });

export type Byline = z.infer<typeof bylineSchema>;
