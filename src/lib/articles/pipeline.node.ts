/**
 * The code and data that derived results (the content loader's entries, the conversion review) are made from,
 * read as one text to digest: when it changes, every cached result made from it is stale. Runs in Node: at build
 * time, in `astro dev` and in the review.
 */
import { readdir, readFile } from 'node:fs/promises';

/** The contents of `items` under `root` (files, or folders ending in `/`, read whole), in a stable order; a missing one reads as empty. */
export async function pipelineText(root: URL, items: readonly string[]): Promise<string> {
  const texts: string[] = [];
  for (const item of items) {
    const url = new URL(item, root);
    const names = item.endsWith('/') ? (await readdir(url, { recursive: true }).catch(() => [])).sort() : [''];
    for (const name of names) texts.push(item + name, await readFile(new URL(name, url), 'utf8').catch(() => ''));
  }
  return texts.join('\0');
}
