/**
 * Writes the conversion review (see src/lib/review/report.node.ts) as JSON when the
 * site is built, for editors and tools: conversion-review.json in Astro's cache
 * folder (node_modules/.astro/ unless configured), beside the content it describes.
 * Runs in Node, at the end of `astro build`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { reviewArticles } from '../lib/review/report.node.ts';

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
        const reviews = await reviewArticles(root);
        await mkdir(cacheDir, { recursive: true });
        const file = new URL('conversion-review.json', cacheDir);
        await writeFile(file, `${JSON.stringify(reviews, null, 2)}\n`);
        const choices = reviews.flatMap((review) => review.derived.flatMap((variant) => variant.choices));
        const pinned = choices.filter((choice) => choice.pinnedBy).length;
        logger.info(`${choices.length} conversion choice(s), ${pinned} pinned: ${fileURLToPath(file)}`);
      },
    },
  };
}
