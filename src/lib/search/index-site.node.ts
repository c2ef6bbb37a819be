/**
 * Builds the search index of a built site (format: index-format.ts). Each
 * variant gets an index of its own, since a reader searches one variant's
 * pages: its articles newest first, the lists of every unit and pair of units
 * spread over shards, a record per article for the results list, and the
 * sections. The lists are built in memory as varint bytes, about 60 MB for
 * 10,000 articles, then written shard by shard.
 * Runs in Node, after `astro build` (src/cli/index-search.ts).
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  INDEX_FOLDER,
  pairKey,
  recordPath,
  SECTIONS_FILE,
  shardOf,
  shardPath,
  writeVarint,
  type ArticleRecord,
  type IndexEntry,
  type SectionTable,
} from './index-format.ts';
import { indexedPage, type IndexedPage } from './indexed-page.ts';
import { indexedUnits } from './query.ts';
import { variants } from '../variants/variants.ts';

/** The size a shard is cut to, before compression: about 6 kB on the wire. */
const SHARD_BYTES = Number(process.env['SEARCH_SHARD_BYTES'] ?? 4_000);

/** Lists the HTML files below a folder, in a stable order. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** The indexed articles of a variant, newest first: their number in the index is their place in this order. */
async function articlesNewestFirst(root: string, segment: string, base: string) {
  const articles: Array<IndexedPage & { url: string }> = [];
  for (const file of await htmlFiles(path.join(root, segment))) {
    const relative = path.relative(root, file).split(path.sep).join('/');
    try {
      const page = indexedPage(await readFile(file, 'utf8'));
      if (page) articles.push({ url: base + relative.replace(/(^|\/)index\.html$/, '$1'), ...page });
    } catch (error) {
      throw new Error(`${relative}: ${(error as Error).message}`);
    }
  }
  // Stable: within a day, the order of the files.
  return articles.sort((a, b) => (a.day === b.day ? 0 : a.day < b.day ? 1 : -1));
}

/** A list being built: its bytes so far and the last article in it. */
interface ListBuilder {
  bytes: number[];
  last: number;
}

/** The lists of every unit and pair of neighbouring units of the articles, by key. */
function buildLists(articles: readonly IndexedPage[]): Map<string, ListBuilder> {
  const lists = new Map<string, ListBuilder>();
  const add = (key: string, article: number): ListBuilder => {
    let list = lists.get(key);
    if (!list) lists.set(key, (list = { bytes: [], last: 0 }));
    writeVarint(list.bytes, article - list.last);
    list.last = article;
    return list;
  };
  articles.forEach((article, n) => {
    const units = new Set<string>();
    const pairs = new Map<string, number[]>();
    // Positions run on across blocks, with a gap after each, so that no pair spans two blocks.
    let position = 0;
    for (const block of article.blocks) {
      const inBlock = indexedUnits(block.text);
      inBlock.forEach((unit, i) => {
        units.add(unit);
        const next = inBlock[i + 1];
        if (next === undefined) return;
        const key = pairKey(unit, next);
        const at = pairs.get(key);
        if (at) at.push(position + i);
        else pairs.set(key, [position + i]);
      });
      position += inBlock.length + 1;
    }
    for (const unit of units) add(unit, n);
    for (const [key, positions] of pairs) {
      const { bytes } = add(key, n);
      writeVarint(bytes, positions.length);
      positions.forEach((p, i) => writeVarint(bytes, p - (positions[i - 1] ?? 0)));
    }
  });
  return lists;
}

/** The lists spread over shards, each shard's bytes ready to compress. */
function shardsOf(lists: Map<string, ListBuilder>): Buffer[] {
  let total = 0;
  for (const { bytes } of lists.values()) total += bytes.length;
  const count = Math.max(1, Math.ceil(total / SHARD_BYTES));
  const keys: string[][] = Array.from({ length: count }, () => []);
  for (const key of lists.keys()) keys[shardOf(key, count)]!.push(key);
  return keys.map((inShard) => {
    const bytes: number[] = [];
    for (const key of inShard.sort()) {
      const name = Buffer.from(key);
      const list = lists.get(key)!.bytes;
      writeVarint(bytes, name.length);
      bytes.push(...name);
      writeVarint(bytes, list.length);
      for (const byte of list) bytes.push(byte);
    }
    return Buffer.from(bytes);
  });
}

/** Writes one variant's index into `search-index/`; resolves with the articles indexed. */
async function indexVariant(root: string, segment: string, base: string): Promise<number> {
  const articles = await articlesNewestFirst(root, segment, base);
  const records = articles.map(({ url, title, day, blocks }): ArticleRecord => ({ url, title, day, blocks }));
  const names = [...new Set(articles.flatMap((a) => (a.section ? [a.section] : [])))].sort();
  const sections: SectionTable = { names, of: articles.map((a) => (a.section ? names.indexOf(a.section) : -1)) };
  const shards = shardsOf(buildLists(articles));

  const files = new Map<string, Buffer | string>([[SECTIONS_FILE, JSON.stringify(sections)]]);
  records.forEach((record, n) => files.set(recordPath(n), JSON.stringify(record)));
  // Compressed here, as a host would not compress a binary file; the browser decompresses it.
  shards.forEach((bytes, n) => files.set(shardPath(n), gzipSync(bytes, { level: 9 })));
  const hash = createHash('sha256');
  for (const [name, content] of files) hash.update(name).update(content);
  const version = hash.digest('hex').slice(0, 12);

  const folder = path.join(root, INDEX_FOLDER, segment);
  await rm(folder, { recursive: true, force: true });
  await mkdir(path.join(folder, version, 'records'), { recursive: true });
  await mkdir(path.join(folder, version, 'shards'), { recursive: true });
  for (const [name, content] of files) await writeFile(path.join(folder, version, name), content);
  const entry: IndexEntry = { version, articles: articles.length, shards: shards.length };
  await writeFile(`${folder}.json`, JSON.stringify(entry));
  return articles.length;
}

/** Writes every variant's index into the site built in `root`, served under `base`; resolves with the articles indexed. */
export async function indexSite(root: string, base: string): Promise<number> {
  let articles = 0;
  for (const variant of variants) articles += await indexVariant(root, variant.segment, base);
  return articles;
}
