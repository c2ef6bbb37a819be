/**
 * The authors table (content/authors.yaml): who writes for the site, each
 * with an id for their page, a name and a one-line description, and how a
 * byline's names become each variant's. Names convert with convertName, never
 * as running text, unless the table spells them out per script. Runs at build
 * time and in the review.
 */
import { z } from 'astro/zod';
import { convertName, convertText } from '../conversion/convert.ts';
import { SLUG_PATTERN, type Byline } from '../articles/schema.ts';
import { scriptOfTag, sourceVariant, variantByLang, variants, type Variant } from '../variants/variants.ts';

const langs = variants.map((v) => v.lang) as [string, ...string[]];

/** One author as the table writes them. */
const authorSchema = z.strictObject({
  /** The name in the author's script, or spelled out per script (`zh-Hant: 鍾漢良`). */
  name: z.union([z.string().trim().min(1), z.partialRecord(z.enum(langs), z.string().trim().min(1))]),
  /** The script the name and description are written in. */
  script: z.enum(langs).default(sourceVariant.lang),
  /** One line about the author, shown on their page. */
  description: z.string().trim().min(1).optional(),
});

/** The authors table: author id (the page's URL segment) to author. */
export const authorsSchema = z.record(
  z.string().regex(SLUG_PATTERN, 'an author id must be lowercase Latin letters, digits and single hyphens'),
  authorSchema,
);

export type AuthorsTable = z.infer<typeof authorsSchema>;
type AuthorSource = AuthorsTable[string];

/** An author in one variant, as the authors collection stores them. */
export const authorEntrySchema = z.object({ id: z.string(), name: z.string(), description: z.string().optional() });

export type Author = z.infer<typeof authorEntrySchema>;

/** An author's name and description in a variant: spelled out in the table, else converted as a name. */
export function authorIn(id: string, author: AuthorSource, variant: Variant): Author {
  const written = variantByLang(author.script);
  const spelled = typeof author.name === 'string' ? { [author.script]: author.name } : author.name;
  // Unspelled in this variant: from the spelling in its own script if there is one (Taiwan's for Hong Kong).
  const entries = Object.entries(spelled);
  const [givenLang, givenName] =
    entries.find(([lang]) => scriptOfTag(lang) === scriptOfTag(variant.lang)) ?? entries[0]!;
  const name = spelled[variant.lang] ?? convertName(givenName!, variantByLang(givenLang), variant);
  return {
    id,
    name,
    ...(author.description ? { description: convertText(author.description, written, variant) } : {}),
  };
}

/** Whether a byline entry names an author id rather than writing a name out. */
export function isAuthorId(entry: string): boolean {
  return SLUG_PATTERN.test(entry);
}

/** A byline in a variant: ids become the table's authors, written names are converted as names. */
export function bylineIn(entries: readonly string[], table: AuthorsTable, from: Variant, to: Variant): Byline[] {
  return entries.map((entry) => {
    const author = table[entry];
    if (author) return { id: entry, name: authorIn(entry, author, to).name };
    return { name: convertName(entry, from, to) };
  });
}
