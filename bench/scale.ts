/**
 * `npm run bench:scale [-- <corpus.jsonl | folder of entries>] [--sizes 100,1000,5000] [--variants <sets>] [--dev <articles>] [--keep <folder>]`:
 * the site at a newsroom's volume. For each size it writes that many articles across every section and a
 * year of dates, builds them cold in a snapshot of the project (bench/site.ts), then rebuilds after editing
 * an old article, after editing the newest and after adding one, and prints one table: wall time, peak memory of
 * the whole process tree (astro build, then the search indexer and the review report, RSS from /proc), pages,
 * dist/ and index size, time per added page, rebuild times and the pages each rebuild rendered. With `--dev N` it
 * also times `astro dev` on N articles: ready, and an edited article reloaded; `--keep` keeps the largest site.
 * `--variants 'zh-hant,zh-hans;zh-hant,zh-hans,zh-hk'` builds each size once per set of variants (SITE_VARIANTS), in one run.
 *
 * The articles: a JSONL corpus in the shape of ../shared/corpus/cnews-news.jsonl (its clean articles, as
 * `npm run import` takes them, then more recombined from its paragraphs, section by section), or a folder of
 * Markdown entries (the first N), or by default the varied generated corpus of tests/support/generated-corpus.ts.
 * Writes bench/results/scale-<sizes>.json. Linux only (/proc). Runs in Node.
 */
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { render, type Table } from './format.ts';
import { sampleTree, type MemorySample } from './process-tree.ts';
import { snapshot } from './site.ts';
import { buildSite } from '../tests/support/build-site.ts';
import { writeArchiveContent } from '../tests/support/archive-site.ts';
import { mulberry32 } from '../tests/support/generated-corpus.ts';
import { corpusEntry } from '../src/lib/sources/corpus.ts';
import { importParts } from '../src/lib/sources/import-article.ts';
import type { SectionId } from '../src/lib/sections/sections.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    dev: { type: 'string' },
    'cold-only': { type: 'boolean', default: false },
    keep: { type: 'string' },
    variants: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map(Number);
/** The sets of variants each size is built with (SITE_VARIANTS); the site's default when none is given. */
const variantSets: Array<string | undefined> = values.variants ? values.variants.split(';') : [undefined];
const corpusPath = positionals[0] ? path.resolve(positionals[0]) : undefined;
const progress = (message: string) =>
  console.error(`[bench:scale] ${new Date().toISOString().slice(11, 19)} ${message}`);

// ---------------------------------------------------------------------------------------------------------------
// The articles

const DAY = 86_400_000;
const NEWEST = Date.parse('2025-02-18T00:00:00Z');
/** Three articles a day, newest first, so 1,000 articles span about a year. */
const dayOf = (i: number) => new Date(NEWEST - Math.floor(i / 3) * DAY).toISOString().slice(0, 10);

interface CorpusArticle {
  title: string;
  paragraphs: string[];
  section: SectionId;
}

/** Writes `count` articles into `folder`, and gives one more (`extra`), newer than all of them. */
type CorpusWriter = { describe: string; write(folder: string, count: number): Promise<void>; extra(i: number): string };

/** The clean articles of a JSONL corpus, then articles recombined from their paragraphs within each section. */
async function jsonlCorpus(file: string): Promise<CorpusWriter> {
  const clean: CorpusArticle[] = [];
  const lines = (await readFile(file, 'utf8')).split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const record = JSON.parse(line) as { title: string; paragraphs: string[]; section: string };
      const entry = corpusEntry(line, file, i + 1, dayOf(0));
      const id = /^section: (\S+)$/m.exec(entry.markdown)![1] as SectionId;
      clean.push({ title: record.title, paragraphs: record.paragraphs, section: id });
    } catch {
      // Garbled or unknown: refused, as `npm run import` refuses it.
    }
  });
  const bySection = new Map<SectionId, string[]>();
  for (const article of clean)
    bySection.set(article.section, [...(bySection.get(article.section) ?? []), ...article.paragraphs]);
  /** Article i: a clean one, or (past them) one of a clean article's headline and 3–8 paragraphs of its section. */
  const article = (i: number): { slug: string; markdown: string } => {
    const base = clean[i % clean.length]!;
    if (i < clean.length) {
      return {
        slug: `real-${i}`,
        markdown: importParts(base.title, base.paragraphs, file, { section: base.section, date: dayOf(i) }).markdown,
      };
    }
    const random = mulberry32(i);
    const pool = bySection.get(base.section)!;
    const paragraphs = Array.from(
      { length: 3 + Math.floor(random() * 6) },
      () => pool[Math.floor(random() * pool.length)]!,
    );
    return {
      slug: `mix-${i}`,
      markdown: importParts(base.title, paragraphs, file, { section: base.section, date: dayOf(i) }).markdown,
    };
  };
  return {
    describe: `${path.basename(file)}: its ${clean.length} clean articles, then articles recombined from their paragraphs within each section`,
    async write(folder, count) {
      await mkdir(folder, { recursive: true });
      for (let i = 0; i < count; i++) {
        const { slug, markdown } = article(i);
        await writeFile(path.join(folder, `${slug}.md`), markdown);
      }
    },
    // A new article is the newest: dated the day after the newest, as a newsroom publishes.
    extra: (i) =>
      article(i).markdown.replace(/^date: .*$/m, `date: ${new Date(NEWEST + DAY).toISOString().slice(0, 10)}`),
  };
}

/** The first `count` Markdown entries of a folder. */
async function folderCorpus(from: string): Promise<CorpusWriter> {
  const names = (await readdir(from)).filter((name) => name.endsWith('.md')).sort();
  return {
    describe: `${names.length} entries of ${from}`,
    async write(folder, count) {
      if (count > names.length) throw new Error(`${from} has ${names.length} entries, fewer than ${count}`);
      await mkdir(folder, { recursive: true });
      for (const name of names.slice(0, count))
        await writeFile(path.join(folder, name), await readFile(path.join(from, name)));
    },
    extra: () => {
      throw new Error('adding an article to a folder corpus: give a JSONL corpus or none');
    },
  };
}

/** The generated corpus (tests/support/generated-corpus.ts) with the seed article. */
function generatedCorpus(): CorpusWriter {
  return {
    describe: 'generated (tests/support/generated-corpus.ts: words from OpenCC’s dictionaries, every section, varied)',
    write: (folder, count) => writeArchiveContent(folder, count - 1),
    extra: (i) =>
      `---\ntitle: 新增文章${i}\nsection: society\ndate: 2025-02-19\ndescription: 一篇新增的文章。\n---\n\n一篇新增的文章，第${i}篇，用來量度增量建置。\n`,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring

async function sizeOf(target: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(target, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

interface Run {
  seconds: number;
  /** Pages and endpoints Astro rendered; the others it kept from the last build (experimental.incrementalBuild). */
  rendered: number;
  peak: number;
  /** The tree's peak once `astro build` had exited: the search index and the review report. */
  afterAstroPeak: number;
  peakByCommand: Record<string, number>;
  samples: MemorySample[];
  output: string;
}

/**
 * One build of the snapshot (astro build, then the index and the review report side by side), its process tree sampled. The share cards are cached
 * in `cacheDir` too, so that a size's cold build draws every card, not only those a smaller size did not draw.
 */
async function measuredBuild(
  root: string,
  outDir: string,
  contentDir: string,
  cacheDir: string,
  variants?: string,
): Promise<Run> {
  const sampler = sampleTree();
  const env = {
    SHARE_CARD_CACHE: path.join(cacheDir, 'share-cards'),
    ...(variants ? { SITE_VARIANTS: variants } : {}),
  };
  const { status, output, seconds, astroExitedAt } = await buildSite({ root, outDir, contentDir, cacheDir, env });
  const memory = sampler.stop();
  if (status !== 0) throw new Error(`build failed (exit ${status}):\n${output.split('\n').slice(-30).join('\n')}`);
  const afterAstro = memory.samples.filter((sample) => sample.at >= astroExitedAt!);
  return {
    seconds,
    rendered: renderedPages(output),
    ...memory,
    afterAstroPeak: Math.max(0, ...afterAstro.map((sample) => sample.total)),
    output,
  };
}

/** Astro logs each path it writes: `├─ path (+12ms)` when rendered, `├─ path (cached)` or `(restored)` when kept. */
function renderedPages(output: string): number {
  return output.split('\n').filter((line) => line.includes('├─') && /\(\+[\d.]+m?s\)/.test(line)).length;
}

/** The steps src/cli/after-astro.ts runs side by side, by their log tags: each logs when it begins and ends. */
const SIDE_BY_SIDE = new Set(['search', 'review']);

/**
 * Where the time and memory of a build went, by the log's phases, each with its span and peak RSS: a run of
 * `[tag]` lines lasts until the next tag's line, and a step run side by side from its first line to its last.
 */
function phases(run: Run): Array<{ phase: string; from: number; to: number; peak: number }> {
  const start = run.samples[0]?.at ?? Date.now();
  // Astro logs the local time of day, to the second.
  const midnight = new Date(start).setHours(0, 0, 0, 0);
  const marks: Array<{ phase: string; at: number; to?: number }> = [];
  for (const line of run.output.split('\n')) {
    const match = /^(\d\d):(\d\d):(\d\d) \[([^\]]+)\]/.exec(line.replace(/\x1b\[[0-9;]*m/g, ''));
    if (!match) continue;
    const [, h, m, sec, phase] = match;
    const at = midnight + ((Number(h) * 60 + Number(m)) * 60 + Number(sec)) * 1000;
    const sideBySide = SIDE_BY_SIDE.has(phase!) && marks.find((mark) => mark.phase === phase);
    if (sideBySide) sideBySide.to = at;
    else if (SIDE_BY_SIDE.has(phase!)) marks.push({ phase: phase!, at, to: at });
    else if (marks.at(-1)?.phase !== phase) marks.push({ phase: phase!, at });
  }
  return marks.map((mark, i) => {
    const to = mark.to ?? marks[i + 1]?.at ?? run.samples.at(-1)!.at;
    const inside = run.samples.filter((s) => s.at >= mark.at && s.at <= to + 999);
    return {
      phase: mark.phase,
      from: (mark.at - start) / 1000,
      to: (to - start) / 1000,
      peak: Math.max(0, ...inside.map((s) => s.total)),
    };
  });
}

const MB = (bytes: number) => `${Math.round(bytes / 1e6).toLocaleString('en')} MB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;

interface SizeResult {
  articles: number;
  /** SITE_VARIANTS of the build, or the default. */
  variants: string;
  pages: number;
  cold: Omit<Run, 'samples' | 'output'> & { phases: ReturnType<typeof phases> };
  distBytes: number;
  indexBytes: number;
  edit?: Omit<Run, 'samples' | 'output'> & { phases: ReturnType<typeof phases> };
  editRecent?: Omit<Run, 'samples' | 'output'> & { phases: ReturnType<typeof phases> };
  add?: Omit<Run, 'samples' | 'output'> & { phases: ReturnType<typeof phases> };
}

/** `astro dev` on a content folder: seconds until an article is served, and until an edit of it is served. */
async function devTimes(
  root: string,
  contentDir: string,
  slug: string,
  file: string,
): Promise<{ ready: number; reload: number }> {
  const port = Number(process.env['BENCH_PORT'] ?? Number(process.env['TEST_PORT_BASE'] ?? 4360) + 8);
  const url = `http://127.0.0.1:${port}/zh-hans/${slug}/`;
  const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
  const start = performance.now();
  const child = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      CONTENT_DIR: contentDir,
      ASTRO_CACHE_DIR: path.join(root, 'node_modules/.astro-dev'),
    },
    stdio: 'ignore',
  });
  const until = async (test: (text: string) => boolean) => {
    for (;;) {
      const text = await fetch(url).then(
        (r) => (r.ok ? r.text() : ''),
        () => '',
      );
      if (test(text)) return;
      if (performance.now() - start > 600_000) throw new Error(`astro dev: ${url} not ready in 10 minutes`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  try {
    await until((text) => text.includes('<main'));
    const ready = (performance.now() - start) / 1000;
    const marker = `编辑后的段落${Date.now()}。`;
    const editedAt = performance.now();
    await appendFile(file, `\n${marker}\n`);
    await until((text) => text.includes(marker));
    return { ready, reload: (performance.now() - editedAt) / 1000 };
  } finally {
    child.kill();
  }
}

async function main(): Promise<void> {
  const corpus = !corpusPath
    ? generatedCorpus()
    : corpusPath.endsWith('.jsonl')
      ? await jsonlCorpus(corpusPath)
      : await folderCorpus(corpusPath);
  const work = await mkdtemp(path.join(os.tmpdir(), 'bench-scale-'));
  const resultsFile = path.join(projectRoot, 'bench', 'results', `scale-${sizes.join('-')}.json`);
  const results: SizeResult[] = [];
  const cpu =
    /^model name\s*:\s*(.*)$/m.exec(await readFile('/proc/cpuinfo', 'utf8').catch(() => ''))?.[1] ?? 'unknown';
  const machine = `${cpu} · nproc ${os.availableParallelism()} · ${Math.round(os.totalmem() / 2 ** 30)} GiB · Node ${process.version} · load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`;
  let dev: { articles: number; ready: number; reload: number } | undefined;
  try {
    progress(`snapshot of ${projectRoot} in ${work}`);
    const root = await snapshot(projectRoot, path.join(work, 'site'));
    for (const { articles, variants } of sizes.flatMap((n) =>
      variantSets.map((set) => ({ articles: n, variants: set })),
    )) {
      const contentDir = path.join(work, `corpus-${articles}`);
      const outDir = path.join(work, `build-${articles}`, 'dist');
      const cacheDir = path.join(work, `cache-${articles}`);
      progress(`${articles} articles (${variants ?? 'default variants'}): writing`);
      await corpus.write(contentDir, articles);
      await rm(path.join(root, '.astro'), { recursive: true, force: true });
      progress(`${articles} articles: cold build`);
      const cold = await measuredBuild(root, outDir, contentDir, cacheDir, variants);
      await writeFile(path.join(work, `build-${articles}.log`), cold.output);
      const files = await readdir(outDir, { recursive: true });
      const pages = files.filter((f) => f.endsWith('.html')).length;
      const distBytes = await sizeOf(outDir);
      const indexBytes = await sizeOf(path.join(outDir, 'search-index'));
      let edit: Run | undefined;
      let editRecent: Run | undefined;
      let add: Run | undefined;
      const names = (await readdir(contentDir)).filter((f) => f.endsWith('.md')).sort();
      // An old article (the middle one by name, of any date) and the newest one.
      const edited = path.join(contentDir, names[Math.floor(articles / 2)]!);
      const dates = await Promise.all(
        names.map(async (name) => /^date: (\S+)/m.exec(await readFile(path.join(contentDir, name), 'utf8'))?.[1] ?? ''),
      );
      const recent = path.join(contentDir, names[dates.indexOf([...dates].sort().at(-1)!)]!);
      /** Appends a paragraph to an article, rebuilds, and checks the page shows it. */
      const editAndBuild = async (file: string, paragraph: string) => {
        await appendFile(file, `\n${paragraph}\n`);
        progress(`${articles} articles: rebuild after editing ${path.basename(file)}`);
        const run = await measuredBuild(root, outDir, contentDir, cacheDir, variants);
        // A rebuild that kept a stale entry would be fast and wrong: the edited paragraph must be on the page.
        const page = await readFile(path.join(outDir, 'zh-hans', path.basename(file, '.md'), 'index.html'), 'utf8');
        if (!page.includes(paragraph.slice(0, -1))) throw new Error(`the rebuild did not show the edit of ${file}`);
        return run;
      };
      if (!values['cold-only']) {
        edit = await editAndBuild(edited, '编辑后新增的一段。');
        editRecent = await editAndBuild(recent, '更正后补充的一段。');
        await writeFile(path.join(contentDir, 'added-article.md'), corpus.extra(articles));
        progress(`${articles} articles: rebuild after adding one`);
        add = await measuredBuild(root, outDir, contentDir, cacheDir, variants);
      }
      if (values.keep && articles === Math.max(...sizes)) {
        await rm(values.keep, { recursive: true, force: true });
        await cp(outDir, values.keep, { recursive: true });
        progress(`kept the site of ${articles} articles in ${values.keep}`);
      }
      const strip = ({ samples: _s, output: _o, ...rest }: Run) => rest;
      results.push({
        articles,
        variants: variants ?? 'default',
        pages,
        cold: { ...strip(cold), phases: phases(cold) },
        distBytes,
        indexBytes,
        ...(edit && editRecent && add
          ? {
              edit: { ...strip(edit), phases: phases(edit) },
              editRecent: { ...strip(editRecent), phases: phases(editRecent) },
              add: { ...strip(add), phases: phases(add) },
            }
          : {}),
      });
      progress(
        `${articles} articles: ${s(cold.seconds)}, ${MB(cold.peak)} peak (after astro build ${MB(cold.afterAstroPeak)})` +
          (edit && editRecent && add
            ? `; rebuilds ${s(edit.seconds)} after editing an old article, ${s(editRecent.seconds)} the newest, ${s(add.seconds)} after adding one`
            : ''),
      );
      // What is measured so far is kept, should a long run be stopped.
      await mkdir(path.dirname(resultsFile), { recursive: true });
      await writeFile(resultsFile, `${JSON.stringify({ machine, corpus: corpus.describe, results }, null, 2)}\n`);
      if (values.dev && Number(values.dev) === articles) {
        progress(`${articles} articles: astro dev`);
        const slug = path.basename(edited, '.md');
        dev = { articles, ...(await devTimes(root, contentDir, slug, edited)) };
      }
      await rm(path.dirname(outDir), { recursive: true, force: true });
      await rm(cacheDir, { recursive: true, force: true });
      await rm(contentDir, { recursive: true, force: true });
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }

  const rows = results.map((r, i) => {
    const previous = results.slice(0, i).findLast((p) => p.variants === r.variants);
    const perPage = previous
      ? `${Math.round(((r.cold.seconds - previous.cold.seconds) * 1000) / (r.pages - previous.pages))} ms`
      : '–';
    return [
      r.articles.toLocaleString('en'),
      r.variants,
      r.pages.toLocaleString('en'),
      s(r.cold.seconds),
      MB(r.cold.peak),
      MB(r.cold.afterAstroPeak),
      MB(r.distBytes),
      MB(r.indexBytes),
      perPage,
      ...[r.add, r.editRecent, r.edit].map((run) =>
        run ? `${s(run.seconds)}, ${run.rendered.toLocaleString('en')} rendered` : 'not run',
      ),
    ];
  });
  const table: Table = {
    title: `Build at scale: ${corpus.describe}`,
    head: [
      'articles',
      'variants',
      'pages',
      'build',
      'peak RSS',
      'after astro build',
      'dist/',
      'index',
      'per added page',
      'rebuild, 1 added',
      'rebuild, newest edited',
      'rebuild, old one edited',
    ],
    rows,
    notes: [
      machine,
      'build: cold, as `npm run build` builds (astro build, then the search index and the review report), wall time. peak RSS: the whole process tree, sampled from /proc every 0.2 s; after astro build: its peak once astro build has exited.',
      'per added page: extra build time per extra page since the previous size. Rebuilds keep the cache folder and the last dist/; rendered: the pages and endpoints Astro rendered again, the rest kept from the last build.',
      'Targets: 1,000 articles ≤ 20 s and ≤ 800 MB; 10,000 ≤ 4 min and ≤ 3 GB; a rebuild after adding or editing one article ≤ 10 s at 1,000 and ≤ 15 s at 10,000, rendering the same few dozen pages at every size.',
      ...(dev
        ? [
            `astro dev, ${dev.articles.toLocaleString('en')} articles: first article served after ${s(dev.ready)} (target ≤ 15 s); an edited article served again after ${s(dev.reload)} (target ≤ 2 s).`,
          ]
        : []),
    ],
  };
  console.log(render(table));
  for (const r of results) {
    for (const [which, run] of Object.entries({
      'cold build': r.cold,
      'rebuild after editing an old article': r.edit,
      'rebuild after editing the newest': r.editRecent,
      'rebuild after an addition': r.add,
    })) {
      if (!run) continue;
      console.log(
        `\nwhere the ${which} of ${r.articles.toLocaleString('en')} articles went (by log phase: start, end, peak RSS of the tree):`,
      );
      for (const p of run.phases)
        console.log(
          `  ${p.phase.padEnd(24)} ${s(p.from).padStart(8)} → ${s(p.to).padStart(8)}  ${MB(p.peak).padStart(9)}`,
        );
    }
  }
  await writeFile(
    resultsFile,
    `${JSON.stringify({ machine, corpus: corpus.describe, results, dev, table }, null, 2)}\n`,
  );
  progress(`wrote ${path.relative(projectRoot, resultsFile)}`);
}

await main();
