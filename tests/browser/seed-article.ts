/** The seed article as the browser tests expect to read it. */
import { readFileSync } from 'node:fs';
import { readErrata } from '../../src/lib/errata.ts';
import { normaliseSource } from '../../src/lib/normalise.ts';

export const slug = 'yancheng-social-work-conference';

const SEED = 'content/sources/000_6a5a7bedd0d49b4d.txt';
const errata = readErrata(SEED);

/** The repaired seed: kicker, headline, subtitle, then the seven paragraphs. */
export const repairedSeed = normaliseSource(readFileSync(SEED, 'utf8'), errata, SEED).split('\n');

/** The golden Simplified text, same lines. */
export const simplifiedSeed = readFileSync('tests/unit/golden/yancheng-social-work-conference.zh-hans.txt', 'utf8').split('\n');
