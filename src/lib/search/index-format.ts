/**
 * The search index's files, as the indexer writes them and the engine reads
 * them. Each variant has its own index: an entry file naming the build's
 * version, and under that version the shards of the word lists, one record per
 * article and the articles' sections. Articles are numbered newest first, so a
 * list of article numbers in order is already in the order results are shown.
 *
 * A word list is kept for every unit of text (a Han character, a run of Latin
 * letters and digits, a punctuation mark) and for every pair of neighbouring
 * units within a block, with the pair's positions. A query of n units is then
 * exact by positions, reading about n/2 pair lists, each far shorter than a
 * character's list: that is what keeps a first search small as the archive
 * grows. Lists are spread over shards by a hash of their key, each shard
 * gzip-compressed, so a query fetches a few small files.
 * Runs in both: the build (src/lib/search/index-site.node.ts) and the browser
 * (src/components/search/engine.ts).
 */

/** The folder of the built site that holds every variant's index. */
export const INDEX_FOLDER = 'search-index';

/** What the entry file, `search-index/<segment>.json`, says about the index beside it. */
export interface IndexEntry {
  /** The folder of this build's files, `search-index/<segment>/<version>/`: a hash of the indexed pages. */
  version: string;
  /** Articles indexed. */
  articles: number;
  /** How many shards the word lists are spread over. */
  shards: number;
}

/** What the browser needs of a found article, in `records/<number>.json`. */
export interface ArticleRecord {
  url: string;
  title: string;
  /** The article's day, YYYY-MM-DD in China time. */
  day: string;
  /** Its text, block by block (kicker, headline, dateline, paragraphs…); a paragraph's id where it has one. */
  blocks: Array<{ id?: string; text: string }>;
}

/** The sections of the indexed articles, in `sections.json`: names in the variant's script, and each article's. */
export interface SectionTable {
  names: string[];
  /** For each article by number, the index of its section in `names`, or -1. */
  of: number[];
}

/** The path of a shard's file within a version's folder. */
export const shardPath = (shard: number) => `shards/${shard}.bin`;
/** The path of an article's record within a version's folder. */
export const recordPath = (article: number) => `records/${article}.json`;
export const SECTIONS_FILE = 'sections.json';

/** The key of a pair of neighbouring units' list (a unit's own list is keyed by the unit, which holds no space). */
export const pairKey = (first: string, second: string) => `${first} ${second}`;
/** Whether a list's key is a pair's, whose list carries positions. */
const isPairKey = (key: string) => key.includes(' ');

/** The shard a list is in: FNV-1a of its key. */
export function shardOf(key: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % shards;
}

/** Reads varints from a byte array, in order. */
class VarintReader {
  readonly bytes: Uint8Array;
  /** Where the next varint starts. */
  at: number;
  constructor(bytes: Uint8Array, at = 0) {
    this.bytes = bytes;
    this.at = at;
  }
  /** The next varint. */
  next(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      const byte = this.bytes[this.at++]!;
      n += (byte & 0x7f) * scale;
      if (byte < 0x80) return n;
      scale *= 0x80;
    }
  }
}

/**
 * A shard, decompressed, is a run of lists: each is varint(key bytes) key (UTF-8) varint(list bytes) list.
 * A unit's list is its articles: varint(number − previous number). A pair's list adds, after each article,
 * varint(count) and its positions, each as varint(position − previous position).
 */

/** A list read from a shard: each article holding the key, with its positions (a pair's) or none (a unit's). */
export type List = Map<number, number[]>;

/** The lists of a shard by key, each decoded when first asked for. */
export function readShard(bytes: Uint8Array): (key: string) => List | undefined {
  const reader = new VarintReader(bytes);
  const decoder = new TextDecoder();
  const spans = new Map<string, [start: number, end: number]>();
  while (reader.at < bytes.length) {
    const keyLength = reader.next();
    const key = decoder.decode(bytes.subarray(reader.at, reader.at + keyLength));
    reader.at += keyLength;
    const length = reader.next();
    spans.set(key, [reader.at, reader.at + length]);
    reader.at += length;
  }
  return (key) => {
    const span = spans.get(key);
    if (!span) return undefined;
    const list: List = new Map();
    const positioned = isPairKey(key);
    const r = new VarintReader(bytes, span[0]);
    let article = 0;
    while (r.at < span[1]) {
      article += r.next();
      const positions: number[] = [];
      if (positioned) {
        let position = 0;
        for (let count = r.next(); count > 0; count--) positions.push((position += r.next()));
      }
      list.set(article, positions);
    }
    return list;
  };
}
