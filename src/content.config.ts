/** The content collections: articles, loaded in every variant. Runs inside Astro at build time and in `astro dev`. */
import { defineCollection } from 'astro:content';
import { articleLoader } from './lib/articles/loader.ts';
import { articleSchema } from './lib/articles/schema.ts';

const articles = defineCollection({
  loader: articleLoader(),
  schema: articleSchema,
});

export const collections = { articles };
