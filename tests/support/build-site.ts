/**
 * The one way tests and the bench build a site, as `npm run build` does:
 * `astro build`, then the search index and the conversion review report side by
 * side (src/cli/after-astro.ts), each in a child process, into its own folder,
 * from any content folder, under any base path.
 * A child process because each build reads its own environment when Astro
 * loads the config, and because the bench measures the whole process tree.
 * Two builds of one project must not run at once: Astro prerenders through
 * the project's own `.astro/` folder, whatever the cache and output folders.
 * Runs in Node.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface BuildOptions {
  outDir: string;
  /** Project to build; this one when absent. */
  root?: string;
  /** Articles folder (CONTENT_DIR); the project's own when absent. */
  contentDir?: string;
  basePath?: string;
  siteUrl?: string;
  /** Astro's cache folder; a fresh one when absent, so every build is cold and builds never share a cache. */
  cacheDir?: string;
  /** More environment, such as BUILD_TIME or PREVIEW. */
  env?: Record<string, string>;
}

/** What a build printed and how it ended. */
export interface BuildOutcome {
  status: number | null;
  output: string;
  seconds: number;
  /** When `astro build` exited (ms since the epoch) and the steps after it began; absent when it failed. */
  astroExitedAt?: number;
}

/** Runs `astro build`, then the indexer and the review report; resolves with the first failing exit status (or 0), everything printed and the wall time. */
export async function buildSite({
  outDir,
  root = '.',
  contentDir,
  basePath,
  siteUrl,
  cacheDir,
  env: more,
}: BuildOptions): Promise<BuildOutcome> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...more,
    ASTRO_TELEMETRY_DISABLED: '1',
    ASTRO_CACHE_DIR: cacheDir ?? mkdtempSync(path.join(tmpdir(), 'astro-cache-')),
  };
  // As `npm run build` runs: Vitest sets NODE_ENV, MODE, DEV and PROD, which reach import.meta.env, so that
  // Astro built the dev-only review pages.
  for (const name of ['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']) delete env[name];
  if (contentDir) env['CONTENT_DIR'] = contentDir;
  if (basePath) env['BASE_PATH'] = basePath;
  if (siteUrl) env['SITE_URL'] = siteUrl;
  const start = performance.now();
  // process.execPath is the Node 22 that `npm run` put first on PATH; Astro refuses Node 20.
  const astro = path.resolve(root, 'node_modules/astro/bin/astro.mjs');
  let output = '';
  let status: number | null = 0;
  let astroExitedAt: number | undefined;
  for (const args of [
    [astro, 'build', '--outDir', path.resolve(outDir)],
    [path.resolve(root, 'src/cli/after-astro.ts'), path.resolve(outDir)],
  ]) {
    if (args[0] !== astro) astroExitedAt ??= Date.now();
    const child = spawn(process.execPath, args, { cwd: root, env });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    if (status !== 0) break;
  }
  return { status, output, seconds: (performance.now() - start) / 1000, ...(astroExitedAt && { astroExitedAt }) };
}
