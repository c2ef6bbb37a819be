/**
 * Builds and serves the sites the browser tests need beside the main one:
 * the site under a base path (/news/), the fixture articles in three variants
 * (SITE_VARIANTS=zh-hant,zh-hans,zh-hk; raw HTML, an
 * article written in Simplified script, bylines, a correction, a retraction,
 * a moved article, a draft and a scheduled one, an article with photos, which
 * are made here beside a copy of the articles), the same in the preview
 * build, and an archive of generated articles
 * (lists, pages, months, feeds, search counts). Built one after another, each
 * with its own cache; Playwright starts this and waits for the last port.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve } from './static-server.ts';
import { buildSite, type BuildOptions } from './build-site.ts';
import { FIXTURE_BUILD_TIME, FIXTURE_SITE_VARIANTS, PORTS } from './sites.ts';
import { writeArchiveContent, ARCHIVE_INDEX_PART_PAGES, ARCHIVE_SITE_ARTICLES } from './archive-site.ts';
import { writeFixturePhotos } from './test-photos.ts';

const root = mkdtempSync(path.join(tmpdir(), 'fixture-sites-'));
const archive = path.join(root, 'archive-articles');
await writeArchiveContent(archive, ARCHIVE_SITE_ARTICLES);
// The fixtures copied, with their authors table and shared photo folder beside the articles, and photos made beside them.
cpSync('tests/fixtures', path.join(root, 'fixture-files'), { recursive: true });
const fixtures = path.join(root, 'fixture-files', 'content');
await writeFixturePhotos(fixtures);

const sites: Array<BuildOptions & { port: number; folder: string }> = [
  {
    port: PORTS.basePath,
    folder: path.join(root, 'base'),
    outDir: path.join(root, 'base', 'news'),
    basePath: '/news/',
  },
  {
    port: PORTS.fixtures,
    folder: path.join(root, 'fixtures'),
    outDir: path.join(root, 'fixtures'),
    contentDir: fixtures,
    // With 香港繁體 on, so that every fixture test also runs beside a third variant (tests/browser/hong-kong.spec.ts).
    env: { BUILD_TIME: FIXTURE_BUILD_TIME, SITE_VARIANTS: FIXTURE_SITE_VARIANTS },
  },
  {
    port: PORTS.preview,
    folder: path.join(root, 'preview'),
    outDir: path.join(root, 'preview'),
    contentDir: fixtures,
    env: { BUILD_TIME: FIXTURE_BUILD_TIME, PREVIEW: '1' },
  },
  {
    port: PORTS.archive,
    folder: path.join(root, 'archive'),
    outDir: path.join(root, 'archive'),
    contentDir: archive,
    // Each variant's index in parts of 100 pages, as a large archive's is, so the exact counts cover merging.
    env: { SEARCH_INDEX_PART_PAGES: ARCHIVE_INDEX_PART_PAGES },
  },
];
for (const { port, folder, ...options } of sites) {
  const { status, output } = await buildSite(options);
  if (status !== 0) {
    console.error(output);
    process.exit(1);
  }
  await serve(folder, port);
  console.log(`serving ${folder} at http://127.0.0.1:${port}/`);
}
