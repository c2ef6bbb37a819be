/**
 * Publishing on a built archive: an article added to a site built before, rebuilt warm (its cache folder and
 * its dist/ kept), changes only the files that show it, whatever the archive's size; an article deleted
 * leaves the site; and the warm site is byte for byte the site a cold build of the same articles makes.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { changedFiles, MANIFEST_FILE, type DeployManifest } from '../../src/lib/site/deploy-manifest.node.ts';
import { PER_PAGE } from '../../src/lib/site/pagination.ts';
import { variants } from '../../src/lib/variants/variants.ts';
import { archiveArticles, writeArchiveContent } from '../support/archive-site.ts';
import { buildSite } from '../support/build-site.ts';
import { filesUnder } from '../support/pages.ts';
import { ANY_SEGMENT } from '../support/pages.ts';

// 99 generated articles and the seed: no list is one article short of a full page, so adding one makes no new page.
const GENERATED = 99;
// Two full parts of 40 and the newest 20, so that the newest part is one of several.
const PARTS = { SEARCH_INDEX_PART_PAGES: '40' };

const root = mkdtempSync(path.join(tmpdir(), 'incremental-'));
const content = path.join(root, 'articles');
const cache = path.join(root, 'cache');
const dist = path.join(root, 'dist');

/** Builds the content into `outDir` with `cacheDir`; fails the test with the build's output when it fails. */
async function build(outDir: string, cacheDir: string) {
  const { status, output } = await buildSite({ outDir, contentDir: content, cacheDir, env: PARTS });
  expect(status, output).toBe(0);
  return JSON.parse(readFileSync(path.join(outDir, MANIFEST_FILE), 'utf8')) as DeployManifest;
}

describe('a rebuild after adding an article', () => {
  test('changes only the files that show it, and gives the site a cold build gives', async () => {
    await writeArchiveContent(content, GENERATED);
    const before = await build(dist, cache);

    // A new article, the newest, in society, written with words the site already has (so the folding table,
    // and with it every other part of the index, stays as it was).
    const model = archiveArticles(GENERATED).find((a) => a.section === 'society')!;
    const slug = 'breaking-report';
    writeFileSync(
      path.join(content, `${slug}.md`),
      model.markdown.replace(/^date: .*$/m, 'date: 2025-02-20').replace(/^section: .*$/m, 'section: society'),
    );
    const after = await build(dist, cache);
    const { changed, deleted } = changedFiles(before, after);

    // Every list it joins still has fewer than a full page more: only their own URLs change.
    const societyCount = archiveArticles(GENERATED).filter((a) => a.section === 'society').length;
    for (const count of [GENERATED + 1, societyCount]) expect((count + 1) % PER_PAGE, String(count)).not.toBe(0);
    const shown = variants.flatMap(({ segment: v }) => [
      `${v}/${slug}/index.html`,
      `${v}/${slug}/share/index.html`,
      `${v}/${slug}/card.png`,
      `${v}/${slug}/readings.json`,
      `${v}/index.html`,
      `${v}/society/index.html`,
      `${v}/archive/index.html`,
      `${v}/archive/2025/02/index.html`,
      `${v}/feed.xml`,
      `${v}/society/feed.xml`,
      `${v}/sitemap-articles.xml`,
      `${v}/sitemap-lists.xml`,
    ]);
    const [index, pages] = [
      changed.filter((f) => f.startsWith('search-index/')),
      changed.filter((f) => !f.startsWith('search-index/')),
    ];
    expect(pages.sort()).toEqual(shown.sort());
    // In the search index, each variant's newest part (the third), whose files Pagefind names by their
    // content, so the old ones go, and the list of parts.
    for (const file of [...index, ...deleted])
      expect(file).toMatch(new RegExp(`^search-index/${ANY_SEGMENT}/(2/|parts\\.json$)`));
    expect(index.length).toBeGreaterThan(0);

    // The oldest article deleted: its pages leave the site (every list page and index part after it moves up).
    const gone = archiveArticles(GENERATED).at(-1)!.slug;
    rmSync(path.join(content, `${gone}.md`));
    const afterDelete = await build(dist, cache);
    const ownFiles = changedFiles(after, afterDelete).deleted.filter(
      (f) => !f.startsWith('search-index/') && !/\/page\/\d+\/index\.html$/.test(f),
    );
    expect(ownFiles).toEqual(
      variants
        .flatMap(({ segment: v }) => [
          `${v}/${gone}/card.png`,
          `${v}/${gone}/index.html`,
          `${v}/${gone}/readings.json`,
          `${v}/${gone}/share/index.html`,
        ])
        .sort(),
    );
    for (const { segment } of variants) expect(existsSync(path.join(dist, segment, gone))).toBe(false);

    // The same articles built cold: the same files, byte for byte.
    const cold = path.join(root, 'cold');
    await build(cold, path.join(root, 'cold-cache'));
    const files = (folder: string) =>
      filesUnder(folder)
        .map((f) => path.relative(folder, f))
        .sort();
    expect(files(dist)).toEqual(files(cold));
    const differing = files(cold).filter(
      (f) => !readFileSync(path.join(dist, f)).equals(readFileSync(path.join(cold, f))),
    );
    expect(differing).toEqual([]);
    rmSync(root, { recursive: true, force: true });
  }, 600_000);
});
