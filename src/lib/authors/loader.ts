/**
 * Content loader for the authors table: one entry per author and variant
 * (id `variant/author-id`), with the name and description in that variant.
 * Runs at build time and in `astro dev`, inside Astro.
 */
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { articlesFolder } from '../articles/files.node.ts';
import { variants } from '../variants/variants.ts';
import { authorIn } from './authors.ts';
import { authorsFile, readAuthors } from './authors.node.ts';

/** Loads the authors table beside the articles folder in every variant. */
export function authorLoader(): Loader {
  return {
    name: 'author-loader',
    load: async (context) => {
      const file = authorsFile(articlesFolder(context.config.root));
      await loadAuthors(context, file);
      context.watcher?.add(fileURLToPath(file));
      context.watcher?.on('all', (_event, changed) => {
        if (changed === fileURLToPath(file))
          loadAuthors(context, file).catch((error: unknown) => context.logger.error((error as Error).message));
      });
    },
  };
}

async function loadAuthors({ store, config, generateDigest }: LoaderContext, file: URL): Promise<void> {
  const table = await readAuthors(file, config.root);
  store.clear();
  for (const [id, author] of Object.entries(table)) {
    for (const variant of variants) {
      const data = authorIn(id, author, variant);
      store.set({ id: `${variant.segment}/${id}`, data: { ...data }, digest: generateDigest(data) });
    }
  }
}
