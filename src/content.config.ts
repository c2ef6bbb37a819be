import { defineCollection } from 'astro:content';
import { articleLoader } from './lib/article-loader.ts';
import { articleSchema } from './lib/article-schema.ts';

// CONTENT_DIR lets tests build the site from a fixture folder.
const articles = defineCollection({
  loader: articleLoader(process.env.CONTENT_DIR ?? 'content/articles'),
  schema: articleSchema,
});

export const collections = { articles };
