/** The content collections: articles and authors, each in every variant. Runs inside Astro at build time and in `astro dev`. */
import { defineCollection } from 'astro:content';
import { articleLoader } from './lib/articles/loader.ts';
import { storedArticleSchema } from './lib/articles/schema.ts';
import { authorLoader } from './lib/authors/loader.ts';
import { authorEntrySchema } from './lib/authors/authors.ts';

const articles = defineCollection({
  loader: articleLoader(),
  schema: storedArticleSchema,
});

const authors = defineCollection({
  loader: authorLoader(),
  schema: authorEntrySchema,
});

export const collections = { articles, authors };
