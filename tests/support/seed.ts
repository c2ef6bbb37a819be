/** The seed article, as every test reads it: the scraped source, its errata, the entry, and the texts readers should see. */
import { readFileSync } from 'node:fs';
import { splitArticle } from '../../src/lib/articles/frontmatter.ts';
import { readErrata } from '../../src/lib/sources/errata.node.ts';
import { normaliseSource } from '../../src/lib/sources/normalise.ts';

export const slug = 'yancheng-social-work-conference';

/** The scraped source, kept verbatim. */
export const SEED = 'content/sources/000_6a5a7bedd0d49b4d.txt';
export const seed = readFileSync(SEED, 'utf8');
export const errata = readErrata(SEED);

/** The article entry: frontmatter and Markdown body. */
export const entry = splitArticle(readFileSync(`content/articles/${slug}.md`, 'utf8'));

/** The repaired seed: kicker, headline, subtitle, then the seven paragraphs. */
export const repairedSeed = normaliseSource(seed, errata, SEED).split('\n');

/** The reviewed Simplified conversion (golden), as a text and as the same lines. */
export const simplifiedText = readFileSync(`tests/unit/golden/${slug}.zh-hans.txt`, 'utf8');
export const simplifiedSeed = simplifiedText.split('\n');
