/**
 * The deploy manifest: every file of a built site with a hash of its content, written as
 * `deploy-manifest.json` at the site's root, so that a deploy can send a static host or a CDN only the files
 * that changed since the last one (`changedFiles`). A file is hashed again only when it may have changed: its
 * stamp (time and size) is kept beside its hash in the cache folder, and the build keeps `dist/` between builds,
 * writing only the pages it renders (astro.config.mjs), so an unchanged page keeps its stamp.
 * Runs in Node, after the build (src/cli/deploy-manifest.ts).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { filesUnder, stampOf } from './files-under.node.ts';

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

/**
 * Writes the manifest of the site built in `root`; with a cache folder, only files whose stamp changed are read.
 * Resolves with the manifest and how many files were read.
 */
export async function writeManifest(root: string, cache?: string): Promise<DeployManifest & { read: number }> {
  const keptFile = cache && path.join(cache, 'deploy-hashes.json');
  const kept: KeptHashes = keptFile
    ? await readFile(keptFile, 'utf8').then(
        (text) => JSON.parse(text) as KeptHashes,
        () => ({}),
      )
    : {};
  const next: KeptHashes = {};
  const files = (await filesUnder(root)).filter((name) => name !== MANIFEST_FILE);
  let read = 0;
  /** A file's stamp and hash: the kept hash when the stamp is the same, else read anew. */
  const hashed = async (name: string) => {
    const own = path.join(root, name);
    const stamp = (await stampOf(own)) ?? '';
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
