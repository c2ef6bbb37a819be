/**
 * `node src/cli/after-astro.ts [site folder]`: what `npm run build` runs once `astro build` has exited: the search
 * index of each variant (index-search.ts) and the conversion review report (review-report.ts), side by side, a
 * process each. None reads what another writes, and each keeps a core busy: at 10,000 articles, one after the
 * other they took their sum (about 100 s). All run to the end, so a build reports every failure; the exit is
 * non-zero when any failed. Runs in Node, from the command line, in the project root.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { variants } from '../lib/variants/variants.ts';

const { positionals } = parseArgs({ allowPositionals: true });
const step = (name: string, args: string[]) =>
  new Promise<number | null>((resolve) =>
    spawn(process.execPath, [fileURLToPath(new URL(name, import.meta.url)), ...args], { stdio: 'inherit' }).on(
      'close',
      resolve,
    ),
  );
const statuses = await Promise.all([
  ...variants.map((variant) => step('index-search.ts', [...positionals, '--variant', variant.segment])),
  step('review-report.ts', []),
]);
// null is a step killed by a signal: a failure too.
process.exitCode = statuses.every((status) => status === 0) ? 0 : 1;
