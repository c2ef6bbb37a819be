import { defineCollection } from 'astro:content';
import { articleLoader } from './lib/article-loader.ts';
import { articleSchema } from './lib/article-schema.ts';

const articles = defineCollection({
  loader: articleLoader(),
  schema: articleSchema,
});

export const collections = { articles };
