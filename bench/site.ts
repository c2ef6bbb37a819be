/**
 * The site under test: a snapshot of the working tree in a temp folder, built
 * there with `astro build`, so the bench never touches the project's dist/ or
 * .astro/ caches while someone else is building.
 */
import { cp, mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSite } from '../tests/support/build-site.ts';
import { writeFixturePhotos } from '../tests/support/test-photos.ts';

// Generated or local-only folders (relative to the project) that a snapshot leaves out.
const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', 'playwright-report', 'bench/results']);

/** Copies the project at `from` into `to`, with node_modules as links to the original packages. */
export async function snapshot(from: string, to: string): Promise<string> {
  await cp(from, to, { recursive: true, filter: (src) => !SKIP.has(path.relative(from, src)) });
  await linkModules(from, to);
  return to;
}

/** Gives the project at `to` a node_modules folder of links to the packages of the project at `from`. */
export async function linkModules(from: string, to: string): Promise<void> {
  // A real node_modules folder of links keeps Astro's cache (node_modules/.astro) inside the snapshot.
  const modules = path.join(to, 'node_modules');
  await mkdir(modules);
  for (const name of await readdir(path.join(from, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    await symlink(path.join(from, 'node_modules', name), path.join(modules, name));
  }
}

/** Adds the test fixtures' article with photos (a real 2,048 px lead photograph, two figures) to the snapshot at `root`, as `photo-report`. */
export async function addPhotoArticle(root: string): Promise<void> {
  const fixtures = path.join(import.meta.dirname, '..', 'tests', 'fixtures');
  const articles = path.join(root, 'content', 'articles');
  await cp(path.join(fixtures, 'content', 'photo-report.md'), path.join(articles, 'photo-report.md'));
  // Its lead photo is `../photos/earth.jpg`, in a folder shared by articles.
  await cp(path.join(fixtures, 'photos'), path.join(root, 'content', 'photos'), { recursive: true });
  await writeFixturePhotos(articles);
}

/** What one build took. */
export interface BuildResult {
  seconds: number;
  /** HTML files written. */
  pages: number;
}

/** Runs a cold build (astro build, then the index) of the snapshot at `root` into `outDir`; `contentDir` sets CONTENT_DIR. */
export async function build(
  root: string,
  outDir: string,
  options: { contentDir?: string; siteUrl?: string } = {},
): Promise<BuildResult> {
  // Cold: no content-layer cache or generated types from an earlier build.
  const cacheDir = path.join(root, 'node_modules', '.astro');
  await rm(cacheDir, { recursive: true, force: true });
  await rm(path.join(root, '.astro'), { recursive: true, force: true });
  const { status, output, seconds } = await buildSite({ root, outDir, cacheDir, ...options });
  await writeFile(path.join(path.dirname(outDir), 'build.log'), output);
  if (status !== 0) throw new Error(`build failed (exit ${status}):\n${output.split('\n').slice(-30).join('\n')}`);
  const files = await readdir(outDir, { recursive: true });
  return { seconds, pages: files.filter((f) => f.endsWith('.html')).length };
}
