/**
 * Removes pages the last build wrote that this build no longer has (an article deleted or moved, a list that
 * got shorter). The build keeps `dist/` between builds (`vite.build.emptyOutDir: false` in astro.config.mjs), so
 * that `experimental.incrementalBuild` leaves every unchanged page where it is instead of copying thousands of
 * them back from its cache. Astro then forgets an orphaned page only in its cache; this deletes it from the
 * site too: any file in a variant's folder that is not an output of this build. Runs in Node, at the end of
 * `astro build`.
 */
import { readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { filesUnder } from '../lib/site/files-under.node.ts';
import { allVariants } from '../lib/variants/variants.ts';

/** The Astro integration that deletes stale files from the variants' folders once the build is done. */
export default function stalePages(): AstroIntegration {
  return {
    name: 'stale-pages',
    hooks: {
      'astro:build:done': async ({ dir, assets, logger }) => {
        const built = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const root = fileURLToPath(dir);
        const stale: string[] = [];
        // Every variant of the table: a variant turned off (SITE_VARIANTS) leaves no page behind.
        for (const { segment } of allVariants) {
          const folder = path.join(root, segment);
          for (const name of await filesUnder(folder)) {
            const file = path.join(folder, name);
            if (!built.has(file)) stale.push(file);
          }
        }
        await Promise.all(stale.map((file) => rm(file)));
        // And the folders they leave empty, such as a deleted article's.
        for (const folder of new Set(stale.map((file) => path.dirname(file)))) {
          for (let at = folder; at.startsWith(root) && at !== root; at = path.dirname(at)) {
            if ((await readdir(at).catch(() => ['?'])).length) break;
            await rm(at, { recursive: true });
          }
        }
        if (stale.length) logger.info(`removed ${stale.length} page(s) this build no longer has`);
      },
    },
  };
}
