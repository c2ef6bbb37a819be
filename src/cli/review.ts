/**
 * `npm run review [-- <slug>… | --changed] [--all]`: the conversion review. By default it lists the open
 * choices of every article (a character with several spellings that OpenCC converted by its one-character
 * default, no dictionary phrase deciding it), grouped by character, each context with its places as
 * file:line:column. With slugs, or --changed (articles with uncommitted changes against HEAD), it reviews
 * those articles and shows every place. --all lists every choice, decided ones too, article by article.
 * Pin a choice with one row in src/lib/conversion/overrides.ts.
 * Runs in Node, from the command line, in the project root: it reads the articles folder there.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { changedSlugs, formatOpen, formatReview, reviewArticles } from '../lib/review/report.node.ts';

/** Places shown per context in the site-wide list; the dev review index (/review/) shows them all. */
const SITE_WIDE_PLACES = 3;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { all: { type: 'boolean', default: false }, changed: { type: 'boolean', default: false } },
});
const root = pathToFileURL(`${process.cwd()}/`);
try {
  let slugs: Set<string> | undefined = positionals.length ? new Set(positionals) : undefined;
  if (values.changed) {
    slugs = new Set([...(slugs ?? []), ...(await changedSlugs(root))]);
    if (!slugs.size) {
      console.log('nothing to review: no article has uncommitted changes');
      process.exit(0);
    }
  }
  const reviews = await reviewArticles(root, { slugs, all: values.all });
  console.log(values.all ? formatReview(reviews) : formatOpen(reviews, slugs ? Infinity : SITE_WIDE_PLACES));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
