/**
 * Section 6: what photos cost a build. Generated archives (tests/support/archive-site.ts), each article given
 * a lead photo of its own (made with sharp, tests/support/test-photos.ts), built against the same archive
 * without photos: cold (every AVIF, WebP and JPEG made) and warm (Astro's cache folder kept, as CI or a host
 * restores it). A cold build of a thousand full-size photos would take hours on this machine, so the cold cost
 * per photo is measured on a few dozen full-size ones and extrapolated, and the thousand-article warm build
 * uses smaller photos (fewer widths, so fewer files to copy from the cache).
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ratio, type Table } from './format.ts';
import { buildSite } from '../tests/support/build-site.ts';
import { writeArchiveContent } from '../tests/support/archive-site.ts';
import { writeTestPhoto } from '../tests/support/test-photos.ts';

interface Run {
  label: string;
  articles: number;
  photo: string;
  seconds: number;
  files: number;
}

/** Gives every generated article in `folder` a lead photo of `width`×`height` of its own in `folder/photos/`. */
async function addPhotos(folder: string, width: number, height: number): Promise<void> {
  const names = (await readdir(folder)).filter((f) => f.endsWith('.md'));
  for (const [i, name] of names.entries()) {
    const file = path.join(folder, name);
    const photo = `photos/${name.replace(/\.md$/, '.jpg')}`;
    await writeTestPhoto(path.join(folder, photo), width, height, i);
    const text = await readFile(file, 'utf8');
    const end = text.indexOf('\n---', 3);
    const lead = `\nimage:\n  src: ./${photo}\n  alt: 測試照片 ${i}\n  caption: 圖說 ${i}\n  credit: 記者 于洋 攝`;
    await writeFile(file, text.slice(0, end) + lead + text.slice(end));
  }
}

/** One build (astro build, then the index) of `content` with the cache folder `cache` (kept between calls: the second is warm). */
async function timed(root: string, content: string, cache: string, out: string) {
  const { status, output, seconds } = await buildSite({ root, outDir: out, contentDir: content, cacheDir: cache });
  if (status !== 0) throw new Error(`build failed:\n${output.split('\n').slice(-20).join('\n')}`);
  const files = (await readdir(path.join(out, '_astro'))).filter((f) => /\.(avif|webp|jpg)$/.test(f)).length;
  await rm(out, { recursive: true, force: true });
  return { seconds, files };
}

/** Warm builds of each archive, taken in turns; the median of each is reported. */
const WARM_RUNS = 3;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Builds `articles` articles without and with photos of `size`: each cold, then each warm WARM_RUNS times in
 * turns, so that the two warm medians share the machine's drift (one warm build alone swung from 1.25× to 2.1×).
 */
async function compare(root: string, work: string, articles: number, [width, height]: [number, number]) {
  const sites = await Promise.all(
    [false, true].map(async (photos) => {
      const content = path.join(work, `content-${articles}-${photos}`);
      await writeArchiveContent(content, articles - 1);
      if (photos) await addPhotos(content, width, height);
      const photo = photos ? `${width}×${height}` : 'none';
      return { photo, content, cache: path.join(work, `cache-${articles}-${photos}`), warm: [] as number[], files: 0 };
    }),
  );
  const runs: Run[] = [];
  const out = path.join(work, 'out');
  for (const site of sites) {
    const cold = await timed(root, site.content, site.cache, out);
    runs.push({ label: 'cold', articles, photo: site.photo, ...cold });
  }
  for (let run = 0; run < WARM_RUNS; run++) {
    for (const site of sites) {
      const warm = await timed(root, site.content, site.cache, out);
      site.warm.push(warm.seconds);
      site.files = warm.files;
    }
  }
  for (const site of sites) {
    const spread = `${Math.min(...site.warm).toFixed(1)}–${Math.max(...site.warm).toFixed(1)} s`;
    runs.push({
      label: `warm (median of ${WARM_RUNS}: ${spread})`,
      articles,
      photo: site.photo,
      seconds: median(site.warm),
      files: site.files,
    });
    await rm(site.content, { recursive: true, force: true });
    await rm(site.cache, { recursive: true, force: true });
  }
  return runs;
}

/** Section 6: the cold cost per photo, and a warm build's cost against the same articles without photos. */
export async function photoCost(
  root: string,
  work: string,
  { coldArticles, warmArticles }: { coldArticles: number; warmArticles: number },
): Promise<{ data: Run[]; table: Table }> {
  const full = await compare(root, work, coldArticles, [2000, 1333]);
  const many = await compare(root, work, warmArticles, [640, 427]);
  const data = [...full, ...many];
  const at = (runs: Run[], photo: boolean, label: string) =>
    runs.find((r) => (r.photo !== 'none') === photo && r.label.startsWith(label))!;
  const perPhoto = (at(full, true, 'cold').seconds - at(full, false, 'cold').seconds) / (coldArticles - 1);
  const rows = data.map((r) => {
    const base = (r.articles === coldArticles ? full : many).find(
      (b) => b.photo === 'none' && b.label.split(' ')[0] === r.label.split(' ')[0],
    )!;
    return [
      String(r.articles),
      r.photo,
      r.label,
      `${r.seconds.toFixed(1)} s`,
      String(r.files),
      r.photo === 'none' ? '–' : ratio(r.seconds, base.seconds),
    ];
  });
  return {
    data,
    table: {
      title:
        '6. Photos: build time with a lead photo per article against the same articles without (astro build + search index)',
      head: ['articles', 'photo', 'image cache', 'total', 'image files', 'vs no photos'],
      rows,
      notes: [
        `Cold, one full-size photo (2,000 px: every AVIF, WebP and JPEG of the article, the list picture, og:image and feed): ${perPhoto.toFixed(1)} s of build time per photo; a thousand such photos from cold would take about ${((perPhoto * 1000) / 60).toFixed(0)} min.`,
        "Warm: Astro's cache folder (cacheDir; node_modules/.astro by default) kept from the cold build, as CI or a host restores it.",
        'The seed article has no photo, so photos = articles − 1.',
      ],
    },
  };
}
