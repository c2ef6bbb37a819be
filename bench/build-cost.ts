/**
 * Section 5: cold `astro build` time (search index included) as the site grows,
 * on generated archives (tests/support/archive-site.ts: varied text across sections and months) plus the seed.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { ms, ratio, type Table } from './format.ts';
import { build } from './site.ts';
import { writeArchiveContent } from '../tests/support/archive-site.ts';

export interface BuildCost {
  articles: number;
  pages: number;
  seconds: number;
  msPerPage: number;
}

/** Builds the snapshot at `root` once per corpus size, each into a fresh temp outDir. */
export async function buildCost(
  root: string,
  work: string,
  sizes: readonly number[],
): Promise<{ data: BuildCost[]; table: Table }> {
  const data: BuildCost[] = [];
  for (const articles of sizes) {
    const corpus = path.join(work, `corpus-${articles}`);
    const outDir = path.join(work, `build-${articles}`, 'dist');
    await writeArchiveContent(corpus, articles - 1);
    const { seconds, pages } = await build(root, outDir, { contentDir: corpus });
    data.push({ articles, pages, seconds, msPerPage: (seconds * 1000) / pages });
    await rm(path.dirname(outDir), { recursive: true, force: true }); // 1,000 articles is tens of MB
    await rm(corpus, { recursive: true, force: true });
  }
  const first = data[0]!;
  const rows = data.map((d, i) => {
    const prev = data[i - 1];
    // Extra time per extra page since the previous size: flat when growth is linear.
    const marginal = prev ? ms(((d.seconds - prev.seconds) * 1000) / (d.pages - prev.pages)) : '–';
    return [
      String(d.articles),
      String(d.pages),
      `${d.seconds.toFixed(1)} s`,
      ms(d.msPerPage),
      ratio(d.msPerPage, first.msPerPage),
      marginal,
    ];
  });
  return {
    data,
    table: {
      title:
        '5. Build cost as the site grows (cold astro build + search index, generated articles across sections and months)',
      head: ['articles', 'pages', 'total', 'per page', `per page vs ${first.articles}`, 'marginal per added page'],
      rows,
      notes: [
        'pages = HTML files written: 2 per article plus the fixed pages. Total includes Node and Astro start-up.',
      ],
    },
  };
}
