/**
 * `npm run review`: lists, for every article, each place where conversion into
 * another script had to choose between spellings, and each override applied.
 * Pin a choice with one row in src/lib/conversion/overrides.ts. A CLI, run by Node
 * from the project root: it reads the articles folder there.
 * Runs in Node, from the command line.
 */
import { pathToFileURL } from 'node:url';
import { formatReview, reviewArticles } from '../lib/review/report.node.ts';

console.log(formatReview(await reviewArticles(pathToFileURL(`${process.cwd()}/`))));
