/** Section 1: what each page type costs on load, before any interaction. */
import type { Browser } from '@playwright/test';
import { kB, ratio, type Table } from './format.ts';
import { settle, total, type SiteServer } from '../tests/support/static-server.ts';

/** A page of the site to weigh. */
export interface PageRef {
  type: string;
  path: string;
}

export interface Weight extends PageRef {
  requests: number;
  raw: number;
  gzip: number;
  jsGzip: number;
  files: string[];
}

/** Loads each page in a fresh context and sums what the server sent until the network is quiet. */
export async function pageWeight(
  browser: Browser,
  server: SiteServer,
  pages: readonly PageRef[],
): Promise<{ data: Weight[]; table: Table }> {
  const data: Weight[] = [];
  for (const ref of pages) {
    const context = await browser.newContext(); // empty cache
    const page = await context.newPage();
    server.take();
    await page.goto(server.origin + ref.path, { waitUntil: 'load' });
    await settle(server);
    const log = server.take();
    await context.close();
    const js = total(log.filter((s) => s.type.includes('javascript')));
    data.push({ ...ref, ...total(log), jsGzip: js.gzip, files: log.map((s) => s.path) });
  }
  const rows = data.map((w) => [
    w.type,
    w.path,
    String(w.requests),
    kB(w.raw),
    kB(w.gzip),
    ratio(w.gzip, w.raw),
    kB(w.jsGzip),
  ]);
  return {
    data,
    table: {
      title: '1. Page weight on load, no interaction (fresh cache; kB = 1,000 bytes)',
      head: ['page', 'path', 'requests', 'raw', 'gzip', 'gzip/raw', 'JS gzip'],
      rows,
      notes: [
        'raw = bodies uncompressed; gzip = bodies as a gzip-serving host sends them (text types at zlib level 6, search index shards as-is).',
        // A page that forwards in script (the root chooser) is counted with the page it lands on.
        ...data
          .filter((w) => w.files.filter((f) => f.endsWith('/') || f.endsWith('.html')).length > 1)
          .map(
            (w) =>
              `${w.path} forwards in script: its row includes ${w.files
                .filter((f) => f.endsWith('/') || f.endsWith('.html'))
                .slice(1)
                .join(', ')}.`,
          ),
      ],
    },
  };
}
