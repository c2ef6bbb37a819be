/**
 * A generated corpus of Chinese news articles for tests and benchmarks at scale (1,000–10,000 articles).
 * It runs in Node at test and bench time and reads nothing but opencc-js's own phrase dictionaries: the
 * words come from them (Simplified key, Taiwan Traditional value), joined by hand-written function words
 * into sentences with the script's punctuation, with Latin words and digits now and then. Word frequencies
 * follow a Zipf law and every article has its own topic words, so the vocabulary grows with the article
 * count as a real archive's does. A seeded PRNG makes the same options give byte-identical output, and the
 * first n articles of a larger corpus are the n articles of a smaller one with the same options.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DictLike } from 'opencc-js';
import { from as fromDictionaries, to as toDictionaries } from 'opencc-js/preset';

/** One generated article: its fields and the Markdown entry file written from them. */
export interface GeneratedArticle {
  /** Lowercase Latin letters, digits and hyphens, unique: `gen-00042` (article 42). */
  slug: string;
  /** One of the options' sections. */
  section: string;
  /** ISO day, `YYYY-MM-DD`. */
  date: string;
  /** The one script the article is written in. */
  script: 'zh-Hans' | 'zh-Hant';
  /** 8–24 Han characters, no punctuation. */
  title: string;
  /** One sentence, ending in 。 */
  description: string;
  /** 3–12 paragraphs of 40–220 characters, none shared with another article. */
  paragraphs: string[];
  /** The whole entry file: YAML frontmatter, then the paragraphs separated by blank lines. */
  markdown: string;
}

/** What to generate: how many articles, from which seed, over which sections and days. */
export interface CorpusOptions {
  /** How many articles. */
  count: number;
  /** Seed of the PRNG; default 1. */
  seed?: number;
  /** Section ids to spread the articles over: each round uses every section once, in random order. */
  sections: readonly string[];
  /** ISO day of the newest article (article 0); default `2025-02-18`. */
  newest?: string;
  /** Articles per day on average; default 3, so 1,000 articles span about a year. */
  perDay?: number;
  /**
   * Written headlines (Simplified, Traditional): every third article (0, 3, 6…) takes the next as its title, in
   * its script, instead of a generated one; everything else is generated as without them.
   */
  headlines?: readonly Pair[];
}

/** A word or phrase in both scripts: Simplified, then Traditional (Taiwan forms). */
export type Pair = readonly [hans: string, hant: string];
/** 0: Simplified, 1: Traditional. */
type ScriptIndex = 0 | 1;

// ---------------------------------------------------------------------------------------------------------------
// Random numbers

/** mulberry32: a small, fast 32-bit seeded PRNG giving floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

/** An integer in [min, max], both included. */
function int(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary from opencc-js

/** Ranks of the dictionary words are a fixed shuffle, the same for every seed: the seed picks articles, not the language. */
const VOCABULARY_SEED = 0x5eed_c0de;
/** Zipf–Mandelbrot weights 1 / (rank + OFFSET) ^ EXPONENT for the background words. */
const ZIPF_EXPONENT = 1.05;
const ZIPF_OFFSET = 30;

interface Vocabulary {
  /** Dictionary words of 2–4 characters, in rank order. */
  words: Pair[];
  /** Cumulative Zipf weights, normalised to end at 1. */
  cumulative: Float64Array;
}

let vocabulary: Vocabulary | undefined;

function entriesOf(dictionary: DictLike): readonly (readonly [string, string])[] {
  return typeof dictionary === 'string'
    ? dictionary.split('|').map((entry) => {
        const [key = '', value = ''] = entry.split(' ');
        return [key, value] as const;
      })
    : dictionary;
}

/** Two to four ideographs of the Basic Multilingual Plane: no 〇, no compatibility or Extension B characters. */
const HAN_WORD = /^[\u3400-\u4dbf\u4e00-\u9fff]{2,4}$/;

/** Parses the dictionaries once, on first use. */
function loadVocabulary(): Vocabulary {
  if (vocabulary) return vocabulary;
  // Taiwan variants (爲 → 為, 裏 → 裡 …): the site's Traditional is opencc-js's `tw`.
  const variantChars = new Map<string, string>();
  const keptPhrases = new Set<string>();
  for (const dictionary of toDictionaries['tw']!.flat()) {
    for (const [key, value] of entriesOf(dictionary)) {
      if ([...key].length === 1) variantChars.set(key, value);
      else keptPhrases.add(key);
    }
  }
  const taiwan = (word: string) =>
    keptPhrases.has(word) ? word : [...word].map((ch) => variantChars.get(ch) ?? ch).join('');

  const bySimplified = new Map<string, string>();
  // Simplified → Traditional phrases (STPhrases …): tens of thousands of real words.
  for (const dictionary of fromDictionaries['cn']!.flat()) {
    for (const [hans, hant] of entriesOf(dictionary)) {
      if (HAN_WORD.test(hans) && HAN_WORD.test(hant) && !bySimplified.has(hans)) bySimplified.set(hans, taiwan(hant));
    }
  }
  // Traditional → Simplified phrases (TSPhrases): a few hundred more, the other way round.
  for (const dictionary of toDictionaries['cn']!.flat()) {
    for (const [hant, hans] of entriesOf(dictionary)) {
      if (HAN_WORD.test(hans) && HAN_WORD.test(hant) && !bySimplified.has(hans)) bySimplified.set(hans, taiwan(hant));
    }
  }
  const words = shuffle(
    mulberry32(VOCABULARY_SEED),
    [...bySimplified].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  const cumulative = new Float64Array(words.length);
  let total = 0;
  for (let rank = 0; rank < words.length; rank++) {
    total += 1 / (rank + 1 + ZIPF_OFFSET) ** ZIPF_EXPONENT;
    cumulative[rank] = total;
  }
  for (let rank = 0; rank < words.length; rank++) cumulative[rank]! /= total;
  vocabulary = { words, cumulative };
  return vocabulary;
}

/** A background word, drawn by Zipf weight: common words often, the long tail rarely. */
function zipfWord(random: Random, { words, cumulative }: Vocabulary): Pair {
  const u = random();
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (cumulative[mid]! < u) low = mid + 1;
    else high = mid;
  }
  return words[low]!;
}

// ---------------------------------------------------------------------------------------------------------------
// Function words and sentence patterns, in both scripts

/** `简|繁` when the scripts differ, else one form for both. */
function pairs(list: string): Pair[] {
  return list.split(' ').map((item) => {
    const [hans = '', hant = hans] = item.split('|');
    return [hans, hant] as const;
  });
}

const FUNCTION_WORDS: Record<string, Pair[]> = {
  opener: pairs(
    '近日 目前 今年以来|今年以來 去年 昨天 本周|本週 上月 此外 与此同时|與此同時 另外 据了解|據瞭解 记者获悉|記者獲悉 日前 今年 截至目前 近年来|近年來',
  ),
  subject: pairs(
    '记者|記者 市政府 有关部门|有關部門 专家|專家 负责人|負責人 当地居民|當地居民 官员|官員 业内人士|業內人士 主办方|主辦方 研究人员|研究人員 发言人|發言人 委员会|委員會 该公司|該公司 学者|學者 消费者|消費者 工作人员|工作人員 校方 警方 市长|市長 代表',
  ),
  say: pairs('表示 指出 认为|認為 强调|強調 透露 介绍|介紹 坦言 说|說 提到 回应|回應 称|稱'),
  verb: pairs(
    '推动|推動 加强|加強 关注|關注 支持 完善 提升 调整|調整 启动|啟動 讨论|討論 落实|落實 改善 扩大|擴大 考虑|考慮 评估|評估 开展|開展 建立 引进|引進 保障 促进|促進 研究 处理|處理 解决|解決 参与|參與 筹备|籌備',
  ),
  adv: pairs(
    '已经|已經 正在 将|將 继续|繼續 逐步 进一步|進一步 全面 持续|持續 积极|積極 也 仍然 可能 需要 计划|計劃 希望 共同 尽快|儘快 首次',
  ),
  conj: pairs('和 与|與 以及 及 并且|並且 还有|還有'),
  link: pairs('但是 因此 同时|同時 而且 不过|不過 所以 然而 此外 另一方面 对此|對此 随后|隨後'),
  prep: pairs('在 对|對 为|為 从|從 由于|由於 针对|針對 关于|關於 围绕|圍繞 通过|通過 根据|根據'),
  place: pairs(
    '市区|市區 全省 全国|全國 海外 沿海地区|沿海地區 城乡|城鄉 社区|社區 园区|園區 校园|校園 港口 机场|機場 车站|車站 农村|農村 开发区|開發區',
  ),
  noun: pairs(
    '问题|問題 工作 情况|情況 方面 项目|項目 措施 计划|計劃 发展|發展 建设|建設 服务|服務 政策 活动|活動 市场|市場 企业|企業 资金|資金 方案 技术|技術 安全 教育 交通',
  ),
  question: pairs('吗|嗎 呢'),
  year: pairs('今年 去年 前年'),
  result: pairs(
    '取得进展|取得進展 效果明显|效果明顯 备受关注|備受關注 引发讨论|引發討論 成效显著|成效顯著 仍有困难|仍有困難',
  ),
};

/** Latin words, names and codes that news in Chinese writes as they are. */
const LATIN = [
  'GDP',
  'CPI',
  'PMI',
  'ESPN',
  'iPhone 15',
  'AI',
  '5G',
  'NBA',
  'WHO',
  'APEC',
  'Wi-Fi',
  'USB-C',
  'LED',
  'GPS',
  'PM2.5',
  'ETF',
  'IPO',
  'CEO',
  'NASA',
  'ChatGPT',
  'Model Y',
  'BBC',
  'UNESCO',
  'F1',
  'MLB',
  '4K',
  'VR',
  'Android 15',
  'Windows 11',
  'OECD',
];

/** Units after a count: `简|繁`. */
const UNITS = pairs(
  '万元|萬元 亿元|億元 亿美元|億美元 公里 人 名学生|名學生 家企业|家企業 个项目|個項目 吨|噸 套住房 辆汽车|輛汽車 平方米',
);

/** A quantity as news writes it, in digits: 3.5%, 120万元, 4.2亿美元, 第12届. */
function numberToken(random: Random, script: ScriptIndex): string {
  switch (int(random, 0, 4)) {
    case 0:
      return `${int(random, 0, 12)}.${int(random, 1, 9)}%`;
    case 1:
      return `${int(random, 2, 95)}%`;
    case 2:
      return `第${int(random, 2, 30)}${script === 0 ? '届' : '屆'}`;
    case 3:
      return `${int(random, 1, 9)}.${int(random, 1, 9)}${pick(random, UNITS)[script]}`;
    default:
      return `${int(random, 3, 9999)}${pick(random, UNITS)[script]}`;
  }
}

/** A day or year as news writes it at the head of a sentence: 2025年, 3月8日, 今年3月. */
function whenToken(random: Random, script: ScriptIndex): string {
  switch (int(random, 0, 2)) {
    case 0:
      return `${int(random, 2008, 2025)}年`;
    case 1:
      return `${int(random, 1, 12)}月${int(random, 1, 28)}日`;
    default:
      return `${pick(random, FUNCTION_WORDS['year']!)[script]}${int(random, 1, 12)}月`;
  }
}

/**
 * Sentence patterns. `{W}`: a word (sometimes one of the article's topics), `{T}`: a topic word, `{N}`: a number,
 * `{Y}`: a day or year, `{L}`: a Latin word, `{Q` `Q}`: the script's quotation marks, `{class}`: a function word.
 * Literal text is punctuation and characters written alike in both scripts. The patterns with digits or Latin
 * come second and are drawn less often.
 */
const PATTERNS = [
  '{opener}，{subject}{say}，{W}的{W}{adv}{verb}{W}。',
  '{subject}{prep}{W}{verb}{T}，{link}，{W}{conj}{W}{adv}{verb}。',
  '{T}的{W}{adv}{verb}{W}，{W}{conj}{T}{adv}{verb}{noun}。',
  '{subject}{say}：{Q}{T}{adv}{verb}{W}，{W}的{noun}{adv}{verb}。{Q}',
  '{W}（{W}）{adv}{verb}{T}，{subject}{say}{W}{adv}{verb}。',
  '{subject}{adv}{verb}{Q}{W}{W}{Q}，{link}{W}{adv}{verb}{noun}。',
  '{W}{adv}{verb}{W}；{W}{adv}{verb}{T}。',
  '{place}的{T}{result}，{subject}{say}{W}{conj}{W}{adv}{verb}。',
  '{subject}{say}：{Q}{T}{adv}{verb}{W}{question}？{Q}',
  '{opener}，{place}{verb}{W}、{W}{conj}{T}，{W}{result}。',
  '{T}{conj}{W}的{noun}，{prep}{W}{adv}{verb}。',
  '{W}{prep}{place}{verb}{W}，{subject}{say}{T}{result}。',
  '{subject}{say}，{W}{adv}{verb}{W}，{W}{conj}{W}{adv}{verb}。',
];
const RICH_PATTERNS = [
  '{Y}，{T}的{W}{verb}{N}，{link}{W}{adv}{verb}{W}。',
  '{subject}{say}，{L}{adv}{verb}{T}、{W}{conj}{W}。',
  '{prep}{T}{noun}，{place}{adv}{verb}{N}{W}。',
  '{W}（{L}）{adv}{verb}{W}，{T}的{noun}{result}。',
  '{Y}，{subject}{prep}{W}{verb}{L}，{W}{adv}{verb}。',
  '{T}的{noun}{adv}{verb}{N}，{subject}{say}{W}{result}。',
];
/** Share of sentences drawn from RICH_PATTERNS. */
const RICH_SHARE = 0.12;

type Token = { text: string } | { slot: string };

/** A pattern split into literal text and slots. */
function parsePattern(pattern: string): Token[] {
  return pattern
    .split(/(\{\w+\})/)
    .filter((part) => part !== '')
    .map((part) => (part.startsWith('{') ? { slot: part.slice(1, -1) } : { text: part }));
}

const PARSED_PATTERNS = PATTERNS.map(parsePattern);
const PARSED_RICH_PATTERNS = RICH_PATTERNS.map(parsePattern);

const QUOTES: Record<ScriptIndex, readonly [string, string]> = { 0: ['“', '”'], 1: ['「', '」'] };

// ---------------------------------------------------------------------------------------------------------------
// Articles

/** What one article draws on while it is written. */
interface Writer {
  random: Random;
  script: ScriptIndex;
  vocabulary: Vocabulary;
  /** The article's own words, drawn uniformly from the whole dictionary: what the story is about. */
  topics: Pair[];
}

/** Share of `{W}` slots filled with a topic word. */
const TOPIC_SHARE = 0.15;

function word(writer: Writer): string {
  const { random, script } = writer;
  return (random() < TOPIC_SHARE ? pick(random, writer.topics) : zipfWord(random, writer.vocabulary))[script];
}

function sentence(writer: Writer): string {
  const { random, script } = writer;
  const out: string[] = [];
  let quote = 0;
  let previous = '';
  for (const token of pick(random, random() < RICH_SHARE ? PARSED_RICH_PATTERNS : PARSED_PATTERNS)) {
    if ('text' in token) {
      out.push(token.text);
      continue;
    }
    switch (token.slot) {
      case 'W':
      case 'T': {
        // Not the same word twice in a row (「甲和甲」).
        const draw = () => (token.slot === 'W' ? word(writer) : pick(random, writer.topics)[script]);
        let next = draw();
        if (next === previous) next = draw();
        out.push((previous = next));
        break;
      }
      case 'N':
        out.push(numberToken(random, script));
        break;
      case 'Y':
        out.push(whenToken(random, script));
        break;
      case 'L':
        out.push(pick(random, LATIN));
        break;
      case 'Q':
        out.push(QUOTES[script][quote++ % 2]!);
        break;
      default:
        out.push(pick(random, FUNCTION_WORDS[token.slot]!)[script]);
    }
  }
  return out.join('');
}

const MIN_PARAGRAPH = 40;
const MAX_PARAGRAPH = 220;

function paragraph(writer: Writer): string {
  const target = int(writer.random, 60, 200);
  let text = '';
  for (;;) {
    const next = sentence(writer);
    if (text.length + next.length > MAX_PARAGRAPH) {
      if (text.length >= MIN_PARAGRAPH) return text;
      continue;
    }
    text += next;
    if (text.length >= target) return text;
  }
}

function title(writer: Writer): string {
  const { random, script } = writer;
  for (;;) {
    const target = int(random, 8, 20);
    let text = pick(random, writer.topics)[script];
    while (text.length < target) {
      const piece = int(random, 0, 3);
      if (piece === 0) text += pick(random, FUNCTION_WORDS['verb']!)[script] + pick(random, writer.topics)[script];
      else if (piece === 1)
        text += pick(random, FUNCTION_WORDS['adv']!)[script] + pick(random, FUNCTION_WORDS['verb']!)[script];
      else if (piece === 2) text += pick(random, FUNCTION_WORDS['noun']!)[script];
      else text += word(writer);
    }
    if (text.length <= 24) return text;
  }
}

function description(writer: Writer): string {
  const { random, script } = writer;
  const f = (name: string) => pick(random, FUNCTION_WORDS[name]!)[script];
  const topic = () => pick(random, writer.topics)[script];
  return `${topic()}${f('adv')}${f('verb')}${word(writer)}，${f('subject')}${f('say')}${topic()}${f('conj')}${word(writer)}${f('adv')}${f('verb')}。`;
}

/** A YAML scalar: plain when only Han and full-width punctuation, else a JSON string (which YAML reads as is). */
function yamlValue(value: string): string {
  return /^[\p{Script=Han}，、。：；！？「」『』“”‘’（）…—]+$/u.test(value) || /^[a-z0-9-]+$/.test(value)
    ? value
    : JSON.stringify(value);
}

function markdownOf(article: Omit<GeneratedArticle, 'markdown'>): string {
  const frontmatter = [
    `title: ${yamlValue(article.title)}`,
    `section: ${yamlValue(article.section)}`,
    `script: ${article.script}`,
    `date: ${article.date}`,
    `description: ${yamlValue(article.description)}`,
  ];
  return `---\n${frontmatter.join('\n')}\n---\n\n${article.paragraphs.join('\n\n')}\n`;
}

const DAY = 86_400_000;

/** Generates `count` articles, newest first; the same options give the same articles, byte for byte. */
export function generateArticles(options: CorpusOptions): GeneratedArticle[] {
  const { count, seed = 1, sections, newest = '2025-02-18', perDay = 3, headlines = [] } = options;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number, not ${count}`);
  if (sections.length === 0) throw new RangeError('sections must name at least one section');
  if (!(perDay > 0)) throw new RangeError(`perDay must be positive, not ${perDay}`);
  const newestDay = Date.parse(`${newest}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(newest) || Number.isNaN(newestDay))
    throw new RangeError(`newest must be an ISO day, not ${newest}`);

  const vocabulary = loadVocabulary();
  const random = mulberry32(seed);
  const digits = Math.max(5, String(count - 1).length);
  const seen = new Set<string>();
  const articles: GeneratedArticle[] = [];
  let sectionBag: string[] = [];
  // Days back from `newest`: exponential gaps averaging 1 / perDay, so some days have many articles and some none.
  let daysBack = 0;

  for (let i = 0; i < count; i++) {
    if (i > 0) daysBack += -Math.log(1 - random()) / perDay;
    if (sectionBag.length === 0) sectionBag = shuffle(random, [...sections]);
    const section = sectionBag.pop()!;
    const script: ScriptIndex = random() < 0.7 ? 0 : 1;
    const topics = Array.from({ length: int(random, 3, 6) }, () => pick(random, vocabulary.words));
    const writer: Writer = { random, script, vocabulary, topics };

    const paragraphs: string[] = [];
    const paragraphCount = int(random, 3, 8) + (random() < 0.3 ? int(random, 0, 4) : 0);
    while (paragraphs.length < paragraphCount) {
      const text = paragraph(writer);
      if (seen.has(text)) continue;
      seen.add(text);
      paragraphs.push(text);
    }
    // Drawn even when a written headline replaces it, so that the rest of the corpus stays the same.
    const generatedTitle = title(writer);
    const written = headlines.length > 0 && i % 3 === 0 ? headlines[(i / 3) % headlines.length]![script] : undefined;
    const article = {
      slug: `gen-${String(i).padStart(digits, '0')}`,
      section,
      date: new Date(newestDay - Math.floor(daysBack) * DAY).toISOString().slice(0, 10),
      script: script === 0 ? ('zh-Hans' as const) : ('zh-Hant' as const),
      title: written ?? generatedTitle,
      description: description(writer),
      paragraphs,
    };
    articles.push({ ...article, markdown: markdownOf(article) });
  }
  return articles;
}

/** Generates the articles and writes each to `<folder>/<slug>.md`, creating the folder; returns the articles. */
export async function writeGeneratedCorpus(folder: string, options: CorpusOptions): Promise<GeneratedArticle[]> {
  const articles = generateArticles(options);
  await mkdir(folder, { recursive: true });
  // In batches, so that 10,000 files never hold 10,000 descriptors open at once.
  for (let start = 0; start < articles.length; start += 64) {
    const batch = articles.slice(start, start + 64);
    await Promise.all(batch.map((article) => writeFile(path.join(folder, `${article.slug}.md`), article.markdown)));
  }
  return articles;
}
