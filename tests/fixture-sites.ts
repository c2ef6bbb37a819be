/**
 * Builds and serves the sites the browser tests need beside the main one:
 * the site under a base path (/news/) and a fixture article with raw HTML.
 * Built one after another, each with its own cache; Playwright starts this.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve } from '../bench/server.ts';
import { buildSite } from './build-site.ts';

export const BASE_PATH_PORT = 4330;
export const RAW_HTML_PORT = 4331;

const root = mkdtempSync(path.join(tmpdir(), 'fixture-sites-'));
const sites = [
  { port: BASE_PATH_PORT, folder: path.join(root, 'base'), outDir: path.join(root, 'base', 'news'), basePath: '/news/' },
  { port: RAW_HTML_PORT, folder: path.join(root, 'raw'), outDir: path.join(root, 'raw'), contentDir: path.resolve('tests/fixtures/content') },
];
for (const { port, folder, ...options } of sites) {
  const { status, output } = buildSite(options);
  if (status !== 0) {
    console.error(output);
    process.exit(1);
  }
  await serve(folder, port);
  console.log(`serving ${folder} at http://127.0.0.1:${port}/`);
}
