/** Every page of the built site, for tests that must hold on all of them. */
import { readFileSync, readdirSync } from 'node:fs';

/** Site paths of every page listed in the sitemap, plus the pages it leaves out (search, 404). */
export function allPages(): string[] {
  const files = readdirSync('dist').filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const listed = files.flatMap((f) =>
    [...readFileSync(`dist/${f}`, 'utf8').matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]!),
  );
  return [
    ...new Set(listed),
    '/zh-hant/search/?q=%E5%91%A8%E6%96%8C',
    '/zh-hans/search/?q=%E5%91%A8%E6%96%8C',
    '/404.html',
  ];
}
