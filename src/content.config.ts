/** The content collections: articles and authors, each in every variant. Runs inside Astro at build time and in `astro dev`. */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { articleLoader } from './lib/articles/loader.ts';
import { storedArticleSchema } from './lib/articles/schema.ts';
import { authorLoader } from './lib/authors/loader.ts';
import { authorEntrySchema } from './lib/authors/authors.ts';
import { imageFields } from './lib/images/image-fields.ts';

const articles = defineCollection({
  loader: articleLoader(),
  // Entries hold what the loader stored: photos as astro:assets images, body figures in order (see src/lib/images/).
  schema: ({ image }) => {
    const photo = imageFields.extend({ src: image() });
    return storedArticleSchema.extend({ image: photo.optional(), figures: z.array(photo) });
  },
});

const authors = defineCollection({
  loader: authorLoader(),
  schema: authorEntrySchema,
});

export const collections = { articles, authors };
