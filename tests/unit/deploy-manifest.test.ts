/**
 * The deploy manifest: every file of a built site with a hash of its content, and what changed between two
 * builds, reading again only the files whose stamp changed.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { changedFiles, MANIFEST_FILE, writeManifest } from '../../src/lib/site/deploy-manifest.node.ts';

let root: string;
let site: string;
let cache: string;

/** Writes a page into the site and, as Astro does when it renders one, into its cache folder's copy. */
async function render(name: string, body: string) {
  for (const folder of [site, path.join(cache, 'dist')]) {
    await mkdir(path.dirname(path.join(folder, name)), { recursive: true });
    await writeFile(path.join(folder, name), body);
  }
}

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'deploy-manifest-'));
  site = path.join(root, 'dist');
  cache = path.join(root, 'cache');
  await render('index.html', '<p>頭條</p>');
  await render('zh-hant/a/index.html', '<p>甲</p>');
  await render('zh-hant/b/index.html', '<p>乙</p>');
  await mkdir(path.join(site, '_astro'), { recursive: true });
  await writeFile(path.join(site, '_astro', 'site.abc123.js'), 'console.log(1)');
});

afterEach(() => rm(root, { recursive: true, force: true }));

describe('the deploy manifest', () => {
  test('lists every file of the site, itself left out, with a hash of its content', async () => {
    const manifest = await writeManifest(site, cache);
    expect(Object.keys(manifest.files)).toEqual([
      '_astro/site.abc123.js',
      'index.html',
      'zh-hant/a/index.html',
      'zh-hant/b/index.html',
    ]);
    expect(JSON.parse(await readFile(path.join(site, MANIFEST_FILE), 'utf8'))).toEqual({ files: manifest.files });
    expect(manifest.files['zh-hant/a/index.html']).not.toBe(manifest.files['zh-hant/b/index.html']);
  });

  test('after a rebuild, what changed, what is new and what is gone; only those files are read again', async () => {
    const before = await writeManifest(site, cache);
    expect(before.read).toBe(4);
    await render('zh-hant/a/index.html', '<p>甲，更正後</p>');
    await render('zh-hant/c/index.html', '<p>丙</p>');
    await rm(path.join(site, 'zh-hant/b/index.html'));
    const after = await writeManifest(site, cache);
    // The new page and the re-rendered one; the script, by its own stamp, is unchanged.
    expect(after.read).toBe(2);
    expect(changedFiles(before, after)).toEqual({
      changed: ['zh-hant/a/index.html', 'zh-hant/c/index.html'],
      deleted: ['zh-hant/b/index.html'],
    });
  });

  test('a page rendered again with the same content is not a change', async () => {
    const before = await writeManifest(site, cache);
    await render('zh-hant/a/index.html', '<p>甲</p>');
    const after = await writeManifest(site, cache);
    expect(changedFiles(before, after)).toEqual({ changed: [], deleted: [] });
  });
});
