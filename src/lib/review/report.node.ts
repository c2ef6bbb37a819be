/**
 * The conversion review of the articles, for `npm run review`, the build's JSON report
 * (src/cli/review-report.ts) and the dev review pages: each article's choices with their places in
 * its file, and the open ones grouped by character across the site (see choices.ts for what makes a choice open).
 * Runs in Node only: it reads the articles folder.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { articlesFolder, readArticle, readArticles, shownPathOf, type ArticleSource } from '../articles/files.node.ts';
import type { AuthorsTable } from '../authors/authors.ts';
import { authorsFile, readAuthors } from '../authors/authors.node.ts';
import { importGraph, pipelineText } from '../articles/pipeline.node.ts';
import { stampOf } from '../site/files-under.node.ts';
import { TEXT_FIELDS } from '../articles/schema.ts';
import { overrides as overrideTable, type Override } from '../conversion/overrides.ts';
import { scriptOfTag, variantByLang, variants } from '../variants/variants.ts';
import { conversionChoices, type Choice } from './choices.ts';

/** This module, from the project's root: what an article's review is made from is what it imports. */
const REVIEW_MODULE = 'src/lib/review/report.node.ts';

/** One choice where an editor finds it: field, line and column in the file, and the characters around it. */
export interface PlacedChoice extends Choice {
  field: string;
  /** 1-based line and column (in characters) of the choice in the article's file. */
  line: number;
  column: number;
  /** The character with its Han neighbours, in the source and in the derived text: 头发型 → 頭髮型. */
  context: { source: string; derived: string };
  /** For open choices: 1, 2 … in the order of the text, per variant; the dev review page's anchor `open-<variant>-<n>`. */
  openNumber?: number;
}

/** The review of one article, in each variant derived from it. */
export interface ArticleReview {
  file: string;
  slug: string;
  script: string;
  /** Open choices in all derived variants. */
  open: number;
  /** For each derived variant, the choices listed (only the open ones unless every choice was asked for), in field order. */
  derived: Array<{ variant: string; choices: PlacedChoice[] }>;
}

/** What to review and how much of it to keep. */
export interface ReviewOptions {
  /** Only these slugs; every article when absent. */
  slugs?: ReadonlySet<string> | undefined;
  /** Keep every choice, not only the open ones. */
  all?: boolean | undefined;
  overrides?: readonly Override[] | undefined;
  /**
   * A JSON file keeping each article's review with a digest of its file and of the code and tables the review
   * depends on, so that an unchanged article is not reviewed again (the build's report uses it).
   */
  cache?: URL | undefined;
}

type ReviewCache = Record<string, { digest: string; review: ArticleReview }>;

const HAN = /\p{Script=Han}/u;

/** Line and column of each of the `length` characters from UTF-16 offset `start` of `source`. */
function placesIn(source: string, start: number, length: number): (at: number) => { line: number; column: number } {
  const before = source.slice(0, start);
  const line = before.split('\n').length;
  const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
  const lines: number[] = [];
  const columns: number[] = [];
  let l = line;
  let c = column;
  for (const character of source.slice(start)) {
    if (lines.length === length) break;
    lines.push(l);
    columns.push(c);
    if (character === '\n') {
      l++;
      c = 1;
    } else c++;
  }
  return (at) => ({ line: lines[at] ?? l, column: columns[at] ?? c });
}

/** Where a frontmatter field's text starts in the file: the line of `field:`, at the text when it is found there. */
function fieldStart(source: string, field: string, text: string): number {
  const key = new RegExp(`^${field}:[ \\t]*`, 'm').exec(source);
  if (!key) return 0;
  const lineEnd = source.indexOf('\n', key.index);
  const found = source.slice(key.index, lineEnd < 0 ? undefined : lineEnd).indexOf(text);
  return found >= 0 ? key.index + found : key.index + key[0].length;
}

/** Reviews one article: every choice in each derived variant, placed in its file. */
export async function reviewArticle(
  article: ArticleSource,
  { all = false, overrides = overrideTable }: ReviewOptions = {},
): Promise<ArticleReview> {
  const { shownPath, slug, data, body, url } = article;
  const source = (await readFile(url, 'utf8')).replace(/\r\n?/g, '\n');
  const written = variantByLang(data.script);
  // Whole fields, so that each choice's place counts from the start of its field.
  const fieldTexts: Array<[field: string, text: string, start: number]> = [
    ...TEXT_FIELDS.flatMap((field): Array<[string, string, number]> => {
      const text = data[field];
      return text ? [[field, text, fieldStart(source, field, text)]] : [];
    }),
    ['body', body, Math.max(0, source.length - body.replace(/\r\n?/g, '\n').length)],
  ];
  let open = 0;
  // Choices are made where the script changes; between regional forms of one script (Taiwan and Hong Kong
  // Traditional) OpenCC's variant step gives one form a character, and opencc-js has no configuration to read.
  const derived = variants
    .filter((variant) => scriptOfTag(variant.lang) !== scriptOfTag(written.lang))
    .map((variant) => {
      let openNumber = 0;
      const choices = fieldTexts.flatMap(([field, text, start]) => {
        const conversion = conversionChoices(text, written, variant, overrides);
        const sourceCharacters = [...text];
        const derivedCharacters = [...conversion.derived];
        const placeOf = placesIn(source, start, sourceCharacters.length);
        return conversion.choices.flatMap((choice): PlacedChoice[] => {
          if (choice.status === 'open') openNumber++;
          else if (!all) return [];
          let from = choice.at;
          let to = choice.at + [...choice.source].length;
          if (HAN.test(sourceCharacters[from - 1] ?? '')) from--;
          if (HAN.test(sourceCharacters[to] ?? '')) to++;
          const context = {
            source: sourceCharacters.slice(from, to).join(''),
            derived: derivedCharacters.slice(from, to).join(''),
          };
          return [
            {
              ...choice,
              field,
              ...placeOf(choice.at),
              context,
              ...(choice.status === 'open' ? { openNumber } : {}),
            },
          ];
        });
      });
      open += openNumber;
      return { variant: variant.segment, choices };
    });
  return { file: shownPath, slug, script: data.script, open, derived };
}

/** Reviews the articles of the articles folder (all, or the slugs asked for; an unknown slug is an error). */
export async function reviewArticles(root: URL, options: ReviewOptions = {}): Promise<ArticleReview[]> {
  const { cache, slugs } = options;
  // Only the default review is kept: every article, open choices only, the table of overrides as it stands.
  if (cache && !slugs && !options.all && !options.overrides) return keptReviews(root, cache);
  const articles = await readArticles(articlesFolder(root), root);
  if (slugs) {
    const known = new Set(articles.map((article) => article.slug));
    const unknown = [...slugs].filter((slug) => !known.has(slug));
    if (unknown.length) throw new Error(`no article has the slug ${unknown.map((s) => `"${s}"`).join(', ')}`);
  }
  const reviews: ArticleReview[] = [];
  for (const article of articles) {
    if (!slugs || slugs.has(article.slug)) reviews.push(await reviewArticle(article, options));
  }
  return reviews;
}

/**
 * The default review of every article, each taken from `cache` when its file (by time and size) and the code
 * it is made from are unchanged, so that a rebuild reads and reviews only the articles that changed.
 */
async function keptReviews(root: URL, cache: URL): Promise<ArticleReview[]> {
  const folder = articlesFolder(root);
  const names = (await readdir(folder)).filter((name) => name.endsWith('.md')).sort();
  const cached: ReviewCache = await readFile(cache, 'utf8').then(JSON.parse, () => ({}));
  const pipeline = createHash('sha256')
    // The code and tables it is made from (this module's imports, followed), the packages, and the site's variants.
    .update(await pipelineText(root, [...(await importGraph(root, [REVIEW_MODULE])), 'package-lock.json']))
    .update(variants.map((v) => v.segment).join())
    .digest('base64url');
  // Read only when an article must be parsed.
  let authors: Promise<AuthorsTable> | undefined;
  const next: ReviewCache = {};
  const reviews: ArticleReview[] = [];
  let changed = names.length !== Object.keys(cached).length;
  // One at a time: an article's choices are dropped as soon as the open ones are kept.
  for (const name of names) {
    const url = new URL(name, folder);
    const digest = `${pipeline}:${await stampOf(url)}`;
    const { shownPath } = shownPathOf(url, root);
    const known = cached[shownPath];
    let review = known?.digest === digest ? known.review : undefined;
    if (!review) {
      changed = true;
      authors ??= readAuthors(authorsFile(folder), root);
      review = await reviewArticle(await readArticle(url, root, await authors));
    }
    next[shownPath] = { digest, review };
    reviews.push(review);
  }
  if (changed) {
    const temporary = new URL(`${cache.href}.tmp`);
    await writeFile(temporary, JSON.stringify(next));
    await rename(temporary, cache);
  }
  return reviews;
}

/** The slugs of the articles with uncommitted changes (staged, unstaged or new) against HEAD. */
export async function changedSlugs(root: URL): Promise<Set<string>> {
  const folder = fileURLToPath(articlesFolder(root));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: fileURLToPath(root), encoding: 'utf8' });
  const top = git('rev-parse', '--show-toplevel').trim();
  const entries = git('status', '--porcelain=v1', '-z', '--untracked-files=all', '--', folder).split('\0');
  const changed = new Set<string>();
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.length < 4) continue;
    const [x, y] = entry;
    // A rename or copy is followed by the old path, which is no article any more.
    if (x === 'R' || x === 'C') i++;
    if (x === 'D' || y === 'D') continue;
    changed.add(path.resolve(top, entry.slice(3)));
  }
  const articles = await readArticles(articlesFolder(root), root);
  return new Set(articles.filter((a) => changed.has(fileURLToPath(a.url))).map((a) => a.slug));
}

/** One place of an open choice, for the site-wide list. */
export interface OpenPlace {
  file: string;
  slug: string;
  line: number;
  column: number;
  /** Anchor of the place on the dev review page. */
  anchor: string;
}

/** The open choices of one character in one derived variant, across the articles reviewed. */
export interface OpenGroup {
  variant: string;
  source: string;
  candidates: string[];
  places: number;
  articles: number;
  /** The character's contexts, most frequent first, each with what readers get and every place. */
  phrases: Array<{ source: string; derived: string; places: OpenPlace[] }>;
}

/** The build's review report (conversion-review.json): each article's count of open choices, and the open choices by character. */
export interface ReviewReport {
  articles: Array<Pick<ArticleReview, 'file' | 'slug' | 'open'>>;
  groups: OpenGroup[];
}

/** The review report of the reviews. */
export function reviewReport(reviews: readonly ArticleReview[]): ReviewReport {
  return { articles: reviews.map(({ file, slug, open }) => ({ file, slug, open })), groups: openGroups(reviews) };
}

/** Groups the open choices of the reviews by character and context, most places first. */
export function openGroups(reviews: readonly ArticleReview[]): OpenGroup[] {
  const groups = new Map<
    string,
    OpenGroup & { slugs: Set<string>; byPhrase: Map<string, OpenGroup['phrases'][number]> }
  >();
  for (const review of reviews) {
    for (const { variant, choices } of review.derived) {
      for (const choice of choices) {
        if (choice.status !== 'open') continue;
        const key = `${variant} ${choice.source}`;
        let group = groups.get(key);
        if (!group) {
          group = {
            variant,
            source: choice.source,
            candidates: choice.candidates,
            places: 0,
            articles: 0,
            phrases: [],
            slugs: new Set(),
            byPhrase: new Map(),
          };
          groups.set(key, group);
        }
        group.places++;
        group.slugs.add(review.slug);
        let phrase = group.byPhrase.get(choice.context.source);
        if (!phrase) {
          phrase = { ...choice.context, places: [] };
          group.byPhrase.set(choice.context.source, phrase);
        }
        phrase.places.push({
          file: review.file,
          slug: review.slug,
          line: choice.line,
          column: choice.column,
          anchor: `open-${variant}-${choice.openNumber}`,
        });
      }
    }
  }
  return [...groups.values()]
    .map(({ slugs, byPhrase, ...group }) => ({
      ...group,
      articles: slugs.size,
      phrases: [...byPhrase.values()].sort(
        (a, b) => b.places.length - a.places.length || (a.source < b.source ? -1 : 1),
      ),
    }))
    .sort((a, b) => b.places - a.places || (a.source < b.source ? -1 : 1));
}

/** The rows of the dev review page: each text field, then each paragraph of the body, trimmed, empty ones left out. */
export function reviewBlocks(article: ArticleSource): string[] {
  return [...TEXT_FIELDS.map((field) => article.data[field]), ...article.body.split(/\n\s*\n/)]
    .filter((block): block is string => !!block?.trim())
    .map((block) => block.trim());
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * The open choices as text for a terminal, grouped by character: each context with its places as `file:line:column`
 * (at most `placesPerPhrase` of them; the dev review index lists them all).
 */
export function formatOpen(reviews: readonly ArticleReview[], placesPerPhrase = Infinity): string {
  const groups = openGroups(reviews);
  if (!groups.length) return `nothing to review: no open choice in ${count(reviews.length, 'article')} reviewed`;
  const places = groups.reduce((sum, group) => sum + group.places, 0);
  const lines = [
    `${count(groups.length, 'character')} with open choices, ${count(places, 'place')}, in ${count(reviews.length, 'article')} reviewed.`,
    'Open: OpenCC gave the character its one-character default, no dictionary phrase decided it. Check each context;',
    'pin a wrong one with a row in src/lib/conversion/overrides.ts. `--all` lists every choice, decided ones too.',
  ];
  for (const group of groups) {
    const from = variants.find((v) => v.segment === group.variant);
    lines.push(
      '',
      `${group.source} → ${group.candidates.join(' / ')} (into ${from?.label ?? group.variant}): ${count(group.places, 'place')} in ${count(group.articles, 'article')}`,
    );
    for (const phrase of group.phrases) {
      const shown = phrase.places.slice(0, placesPerPhrase).map((p) => `${p.file}:${p.line}:${p.column}`);
      const more = phrase.places.length - shown.length;
      lines.push(
        `  ${phrase.source} → ${phrase.derived} ×${phrase.places.length}  ${shown.join('  ')}${more ? `  … ${more} more` : ''}`,
      );
    }
  }
  return lines.join('\n');
}

const DECIDED_BY: Record<Choice['status'], string> = {
  open: 'OPEN, one-character default',
  phrase: 'phrase',
  'variant-form': 'variant form only',
  pinned: 'pinned by the override table',
};

/** Every choice as text for a terminal: one line a choice, with what decided it, or "nothing to review". */
export function formatReview(reviews: readonly ArticleReview[]): string {
  const lines: string[] = [];
  for (const review of reviews) {
    for (const { variant, choices } of review.derived) {
      if (!choices.length) continue;
      const pinned = choices.filter((choice) => choice.status === 'pinned').length;
      lines.push(
        `${review.file} (${review.script} → ${variant}): ${choices.length} choice(s), ${review.open} open, ${pinned} pinned`,
      );
      for (const choice of choices) {
        const decidedBy = `${DECIDED_BY[choice.status]}${choice.phrase ? ` ${choice.phrase}` : ''}; of ${choice.candidates.join(' ')}`;
        const change = `${choice.source} → ${choice.chosen}`;
        lines.push(`  ${review.file}:${choice.line}:${choice.column}  ${change}  (${decidedBy})  ${choice.sentence}`);
      }
    }
  }
  return lines.length ? lines.join('\n') : 'nothing to review: no conversion had to choose between spellings';
}
