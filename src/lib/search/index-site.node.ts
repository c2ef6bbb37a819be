/**
 * Builds the search index of a built site (format: index-format.ts). Each
 * variant gets an index of its own, since a reader searches one variant's
 * pages: its articles newest first, the lists of every unit and pair of units
 * spread over shards, a record per article for the results list, and the
 * sections. For memory, pages are read twice: once for their days, to number
 * them, then one at a time in that order, each adding to the lists (kept as
 * bytes) and writing its record at once; nothing else of a page is kept.
 * Runs in Node, after `astro build` (src/cli/index-search.ts).
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  INDEX_FOLDER,
  pairKey,
  recordPath,
  SECTIONS_FILE,
  shardOf,
  shardPath,
  type ArticleRecord,
  type IndexEntry,
  type SectionTable,
} from './index-format.ts';
import { indexedPage, indexedPageDay } from './indexed-page.ts';
import { indexedUnits } from './query.ts';
import { variantBySegment, variants } from '../variants/variants.ts';

/** The size a shard is cut to, before compression: a list of a few kB costs a query little more than itself. */
const SHARD_BYTES = 4_000;

/** Bytes appended to, as varints or as they are; grows by doubling. */
class ByteList {
  bytes = new Uint8Array(8);
  length = 0;
  /** The article last added, from which the next is counted. */
  last = 0;
  /** Makes room for `extra` more bytes. */
  private reserve(extra: number): void {
    let size = this.bytes.length;
    while (this.length + extra > size) size *= 2;
    if (size === this.bytes.length) return;
    const grown = new Uint8Array(size);
    grown.set(this.view());
    this.bytes = grown;
  }
  /** Appends `n`, a non-negative integer, as a LEB128 varint. */
  varint(n: number): void {
    this.reserve(8);
    while (n >= 0x80) {
      this.bytes[this.length++] = (n & 0x7f) | 0x80;
      n = Math.floor(n / 0x80);
    }
    this.bytes[this.length++] = n;
  }
  /** Appends `bytes` as they are. */
  append(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }
  /** The bytes appended so far. */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/** The article pages of a variant, newest first (stable: within a day, the order of their paths). */
async function articlePagesNewestFirst(root: string, segment: string) {
  const entries = await readdir(path.join(root, segment), { recursive: true, withFileTypes: true });
  const pages: Array<{ file: string; relative: string; day: string }> = [];
  for (const e of entries.filter((e) => e.isFile() && e.name.endsWith('.html'))) {
    const file = path.join(e.parentPath, e.name);
    const day = indexedPageDay(await readFile(file, 'utf8'));
    if (day !== undefined) pages.push({ file, relative: path.relative(root, file).split(path.sep).join('/'), day });
  }
  return pages.sort((a, b) => b.day.localeCompare(a.day) || (a.relative < b.relative ? -1 : 1));
}

/** Adds an article's units and pairs of neighbouring units to the lists, as article `n`. */
function addToLists(lists: Map<string, ByteList>, blocks: ArticleRecord['blocks'], n: number): void {
  const list = (key: string) => {
    let found = lists.get(key);
    if (!found) lists.set(key, (found = new ByteList()));
    found.varint(n - found.last);
    found.last = n;
    return found;
  };
  const units = new Set<string>();
  const pairs = new Map<string, number[]>();
  // Positions run on across blocks, with a gap after each, so that no pair spans two blocks.
  let position = 0;
  for (const block of blocks) {
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
  for (const unit of units) list(unit);
  for (const [key, positions] of pairs) {
    const bytes = list(key);
    bytes.varint(positions.length);
    positions.forEach((p, i) => bytes.varint(p - (positions[i - 1] ?? 0)));
  }
}

/** The lists spread over shards, each shard's bytes: every list as varint(key bytes) key varint(list bytes) list. */
function shardsOf(lists: Map<string, ByteList>): Uint8Array[] {
  let total = 0;
  for (const list of lists.values()) total += list.length;
  const keys: string[][] = Array.from({ length: Math.max(1, Math.ceil(total / SHARD_BYTES)) }, () => []);
  for (const key of lists.keys()) keys[shardOf(key, keys.length)]!.push(key);
  return keys.map((inShard) => {
    const shard = new ByteList();
    for (const key of inShard.sort()) {
      const name = Buffer.from(key);
      const list = lists.get(key)!;
      shard.varint(name.length);
      shard.append(name);
      shard.varint(list.length);
      shard.append(list.view());
    }
    return shard.view();
  });
}

/** Writes one variant's index into `search-index/`; resolves with the articles indexed. */
async function indexVariant(root: string, segment: string, base: string): Promise<number> {
  const folder = path.join(root, INDEX_FOLDER, segment);
  const building = path.join(folder, '.building');
  await rm(folder, { recursive: true, force: true });
  await mkdir(path.join(building, 'records'), { recursive: true });
  await mkdir(path.join(building, 'shards'), { recursive: true });
  // The version is a hash of every file written, so the same pages give the same folder.
  const hash = createHash('sha256');
  const write = async (name: string, content: Buffer | string) => {
    hash.update(name).update(content);
    await writeFile(path.join(building, name), content);
  };

  const pages = await articlePagesNewestFirst(root, segment);
  const lists = new Map<string, ByteList>();
  const sectionOf: Array<string | undefined> = [];
  for (const [n, { file, relative }] of pages.entries()) {
    const page = indexedPage(await readFile(file, 'utf8'));
    if (!page) throw new Error(`${relative}: no longer an article page`);
    const { title, day, blocks, section } = page;
    const url = base + relative.replace(/(^|\/)index\.html$/, '$1');
    addToLists(lists, blocks, n);
    await write(recordPath(n), JSON.stringify({ url, title, day, blocks } satisfies ArticleRecord));
    sectionOf.push(section);
  }
  const names = [...new Set(sectionOf.filter((s) => s !== undefined))].sort();
  const sections: SectionTable = { names, of: sectionOf.map((s) => (s === undefined ? -1 : names.indexOf(s))) };
  await write(SECTIONS_FILE, JSON.stringify(sections));
  const shards = shardsOf(lists);
  lists.clear();
  // Compressed here, as a host would not compress a binary file; the browser decompresses it.
  for (const [n, bytes] of shards.entries()) await write(shardPath(n), gzipSync(bytes, { level: 9 }));

  const version = hash.digest('hex').slice(0, 12);
  await rename(building, path.join(folder, version));
  const entry: IndexEntry = { version, articles: pages.length, shards: shards.length };
  await writeFile(`${folder}.json`, JSON.stringify(entry));
  return pages.length;
}

/**
 * Writes the index of each variant named by its segment (every variant unless named) into the site built in
 * `root`, served under `base`; resolves with the articles indexed.
 */
export async function indexSite(
  root: string,
  base: string,
  segments: readonly string[] = variants.map((v) => v.segment),
): Promise<number> {
  let articles = 0;
  // Looked up first, so an unknown segment fails before anything is written.
  for (const { segment } of segments.map(variantBySegment)) articles += await indexVariant(root, segment, base);
  return articles;
}
