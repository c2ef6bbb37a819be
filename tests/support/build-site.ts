/** Builds the site for tests: into its own folder, from any content folder, for any base path. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface BuildOptions {
  outDir: string;
  /** Articles folder (CONTENT_DIR); the site's own when absent. */
  contentDir?: string;
  basePath?: string;
}

/** Runs `astro build` with a fresh content cache; returns its exit status and everything it printed. */
export function buildSite({ outDir, contentDir, basePath }: BuildOptions): { status: number | null; output: string } {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    ASTRO_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'astro-cache-')),
  };
  if (contentDir) env['CONTENT_DIR'] = contentDir;
  if (basePath) env['BASE_PATH'] = basePath;
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
