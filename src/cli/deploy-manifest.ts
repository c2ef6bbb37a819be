/**
 * `node src/cli/deploy-manifest.ts [site folder] [--since <previous manifest>]`: writes the deploy manifest of a
 * built site (dist/ unless named; src/lib/site/deploy-manifest.node.ts), as `npm run build` does last. With
 * `--since`, prints what a deploy must send (one path a line) and, after a line `# deleted`, what it must delete,
 * for `rsync --files-from` or a CDN's command line. Runs in Node, from the command line, in the project root.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { changedFiles, writeManifest, type DeployManifest } from '../lib/site/deploy-manifest.node.ts';
import { cacheFolder } from '../lib/site/cache-folder.node.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { since: { type: 'string' } } });
const site = path.resolve(positionals[0] ?? 'dist');
const log = (message: string) => console.log(`${new Date().toTimeString().slice(0, 8)} [deploy] ${message}`);
try {
  // Read first: the previous manifest may be the one about to be replaced.
  const before = values.since ? (JSON.parse(await readFile(values.since, 'utf8')) as DeployManifest) : undefined;
  const manifest = await writeManifest(site, path.resolve(cacheFolder()));
  if (before) {
    const { changed, deleted } = changedFiles(before, manifest);
    console.log([...changed, '# deleted', ...deleted].join('\n'));
  } else {
    log(`manifest of ${Object.keys(manifest.files).length} files (${manifest.read} read) in ${site}`);
  }
} catch (error) {
  console.error(`deploy manifest of ${site}: ${(error as Error).message}`);
  process.exit(1);
}
