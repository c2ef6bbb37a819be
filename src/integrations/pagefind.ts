/**
 * Builds the Pagefind index when Astro has written the site, through Pagefind's
 * Node API (as Starlight does), so `astro build` alone gives a searchable site.
 * Each variant gets an index of its own (`pagefind/<segment>/`), built by a
 * Pagefind process of its own that exits before the next starts: the indexer
 * holds every page it is given in memory, so this halves its peak. A reader
 * searches one variant's pages anyway. Any indexing error fails the build.
 * Runs in Node, after `astro build`.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { pageForIndex } from '../lib/search/index-text.ts';
import { INDEXED_PUNCTUATION } from '../lib/search/query.ts';
import { siteBase } from './site-base.ts';
import { variants } from '../lib/variants/variants.ts';

/** Lists the HTML files below a folder, in a stable order. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** The Astro integration that writes `pagefind/` into the built site. */
export default function pagefind(): AstroIntegration {
  let base = '/';
  return {
    name: 'pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = siteBase(config);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const fail = (step: string, errors: string[]) => {
          throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
        };
        const files = await htmlFiles(root);
        let pages = 0;
        for (const variant of variants) {
          // Chinese punctuation is indexed as words, so a pasted sentence is an exact phrase, marks included.
          const { index, errors } = await createIndex({ includeCharacters: INDEXED_PUNCTUATION });
          if (!index || errors.length) fail('createIndex', errors);
          try {
            for (const file of files) {
              const relative = path.relative(root, file).split(path.sep).join('/');
              if (!relative.startsWith(`${variant.segment}/`)) continue;
              const content = pageForIndex(await readFile(file, 'utf8'));
              if (!content) continue;
              const url = base + relative.replace(/(^|\/)index\.html$/, '$1');
              const added = await index!.addHTMLFile({ url, content });
              if (added.errors.length) fail(`indexing ${relative}`, added.errors);
              pages++;
            }
            const written = await index!.writeFiles({ outputPath: path.join(root, 'pagefind', variant.segment) });
            if (written.errors.length) fail('writeFiles', written.errors);
          } finally {
            await close();
          }
        }
        logger.info(`indexed ${pages} pages`);
      },
    },
  };
}
