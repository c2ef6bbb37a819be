/**
 * Writes the conversion review's open choices (see src/lib/review/report.node.ts) as JSON when the site is built,
 * for editors and tools: conversion-review.json in Astro's cache folder (node_modules/.astro/ unless configured),
 * beside the content it describes: each article's count of open choices, and the open choices grouped by
 * character with every place. `npm run review -- --all` lists the decided choices too.
 * Runs in Node, at the end of `astro build`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { openGroups, reviewArticles } from '../lib/review/report.node.ts';

/** The Astro integration that writes the review report after each build. */
export default function conversionReview(): AstroIntegration {
  let root: URL;
  let cacheDir: URL;
  return {
    name: 'conversion-review',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        cacheDir = config.cacheDir;
      },
      'astro:build:done': async ({ logger }) => {
        await mkdir(cacheDir, { recursive: true });
        // Each article's review is kept in the cache folder: a rebuild reviews only the articles that changed.
        const reviews = await reviewArticles(root, { cache: new URL('conversion-review-cache.json', cacheDir) });
        const groups = openGroups(reviews);
        const articles = reviews.map(({ file, slug, open }) => ({ file, slug, open }));
        const file = new URL('conversion-review.json', cacheDir);
        await writeFile(file, `${JSON.stringify({ articles, groups })}\n`);
        const places = groups.reduce((sum, group) => sum + group.places, 0);
        logger.info(
          `${places} open conversion choice(s) in ${groups.length} character(s) (npm run review): ${fileURLToPath(file)}`,
        );
      },
    },
  };
}
