/**
 * `npm run review`: lists, for every article, each place where conversion into
 * another script had to choose between spellings, and each override applied.
 * Pin a choice with one row in src/lib/conversion/overrides.ts.
 */
import { pathToFileURL } from 'node:url';
import { formatReview, reviewArticles } from '../lib/review/report.node.ts';

console.log(formatReview(await reviewArticles(pathToFileURL(`${process.cwd()}/`))));
