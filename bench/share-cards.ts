/**
 * `npm run bench:cards`: draws the share cards of a generated archive, cold
 * (an empty card cache) and then warm (the same cards again, all from the
 * cache), and prints the time of each and per card. Each generated article
 * gives two cards, its own script's and the other's title as the site would
 * show it (here: the same title, in the other script's font). Env: BENCH_CARDS
 * (default 2000). Runs in Node.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { prepareCards, shareCard } from '../src/lib/share/card.node.ts';
import { generateArticles } from '../tests/support/generated-corpus.ts';
import { sections } from '../src/lib/sections/sections.ts';

const count = Number(process.env['BENCH_CARDS'] ?? 2000);
const articles = generateArticles({ count: Math.ceil(count / 2), sections: sections.map((s) => s.id) });
const cards = articles
  .flatMap((a) =>
    (['zh-Hant', 'zh-Hans'] as const).map((lang) => ({
      siteName: lang === 'zh-Hant' ? '鹽城新聞' : '盐城新闻',
      title: a.title,
      lang,
    })),
  )
  .slice(0, count);

const cache = await mkdtemp(path.join(os.tmpdir(), 'share-cards-'));
const time = async () => {
  const start = performance.now();
  // As a build does: everything missing set under way, then each card asked for in turn.
  prepareCards(cards, cache);
  for (const card of cards) await shareCard(card, cache);
  return (performance.now() - start) / 1000;
};
const cold = await time();
const warm = await time();
await rm(cache, { recursive: true });
console.log(`${cards.length} share cards on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}):`);
console.log(`  cold ${cold.toFixed(1)} s (${((cold / cards.length) * 1000).toFixed(0)} ms a card)`);
console.log(`  warm ${warm.toFixed(2)} s (${((warm / cards.length) * 1000).toFixed(2)} ms a card)`);
