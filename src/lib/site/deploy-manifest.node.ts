/**
 * The deploy manifest: every file of a built site with a hash of its content, written as
 * `deploy-manifest.json` at the site's root, so that a deploy can send a static host or a CDN only the files
 * that changed since the last one (`changedFiles`). A file is hashed again only when it may have changed: its
 * stamp (the time and size of Astro's own copy in its cache folder, which `experimental.incrementalBuild`
 * writes only when it renders the page; else the file's own) is kept beside its hash in the cache folder.
 * Runs in Node, after the build (src/cli/deploy-manifest.ts).
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The manifest's name, at the site's root. */
export const MANIFEST_FILE = 'deploy-manifest.json';

/** What the manifest holds: each file's path below the site's root, and a hash of its content. */
export interface DeployManifest {
  files: Record<string, string>;
}

/** Files looked at side by side. */
const BATCH = 256;

/** Hashes kept from the last build, by path, with the stamp they were made under. */
type KeptHashes = Record<string, { stamp: string; hash: string }>;

/** A file's time and size, as a stamp; undefined when it is missing. */
async function stampOf(file: string): Promise<string | undefined> {
  const info = await stat(file).catch(() => undefined);
  return info && `${info.mtimeMs}:${info.size}`;
}

/**
 * Writes the manifest of the site built in `root`; with Astro's cache folder, only files that may have changed
 * are read. Resolves with the manifest and how many files were read.
 */
export async function writeManifest(root: string, astroCache?: string): Promise<DeployManifest & { read: number }> {
  const keptFile = astroCache && path.join(astroCache, 'deploy-hashes.json');
  const kept: KeptHashes = keptFile
    ? await readFile(keptFile, 'utf8').then(
        (text) => JSON.parse(text) as KeptHashes,
        () => ({}),
      )
    : {};
  const next: KeptHashes = {};
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((name) => name !== MANIFEST_FILE)
    .sort();
  let read = 0;
  /** A file's stamp and hash: the kept hash when the stamp is the same, else read anew. */
  const hashed = async (name: string) => {
    const own = path.join(root, name);
    const stamp = (astroCache && (await stampOf(path.join(astroCache, 'dist', name)))) ?? (await stampOf(own)) ?? '';
    let hash = kept[name]?.stamp === stamp ? kept[name].hash : undefined;
    if (!hash) {
      read++;
      hash = createHash('sha256')
        .update(await readFile(own))
        .digest('base64url')
        .slice(0, 22);
    }
    next[name] = { stamp, hash };
  };
  // A batch at a time: tens of thousands of files, each one or two stats, are quicker side by side.
  for (let start = 0; start < files.length; start += BATCH) {
    await Promise.all(files.slice(start, start + BATCH).map(hashed));
  }
  const manifest: DeployManifest = { files: Object.fromEntries(files.map((name) => [name, next[name]!.hash])) };
  await writeFile(path.join(root, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
  if (keptFile) {
    await mkdir(path.dirname(keptFile), { recursive: true });
    await writeFile(keptFile, JSON.stringify(next));
  }
  return { ...manifest, read };
}

/** What a deploy sends and deletes: files new or changed since `before`, and files gone. */
export function changedFiles(before: DeployManifest, after: DeployManifest): { changed: string[]; deleted: string[] } {
  return {
    changed: Object.keys(after.files).filter((name) => before.files[name] !== after.files[name]),
    deleted: Object.keys(before.files).filter((name) => !(name in after.files)),
  };
}
