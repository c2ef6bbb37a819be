/**
 * `node bench/compare-builds.ts <before-dist> <after-dist>`: proves a refactor
 * changed no behaviour by comparing two built sites file by file, once what
 * legitimately differs between builds of different code is normalised:
 * content-hashed asset names (`/_astro/name.HASH.js`), CSP hashes, and
 * whitespace inside inlined stylesheets. Prints each difference with a few
 * lines of context and exits 1 when there is any. `--rename old=new` maps the
 * chunk of a renamed module. Runs in Node.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rename: { type: 'string', multiple: true } },
});
const [beforeDir, afterDir] = positionals;
if (!beforeDir || !afterDir) {
  console.error('usage: node bench/compare-builds.ts <before-dist> <after-dist> [--rename old-chunk=new-chunk …]');
  process.exit(2);
}
// Bundled chunks are named after their module: a renamed module renames its chunk.
const renames = (values.rename ?? []).map((r) => r.split('=') as [string, string]);

/** Every file below a folder, as paths relative to it with hashed asset names normalised, mapped to the real path. */
async function filesOf(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return new Map(
    entries
      .filter((e) => e.isFile())
      .map((e) => {
        const real = path.join(e.parentPath, e.name);
        return [unhash(path.relative(dir, real)), real] as const;
      }),
  );
}

/** Replaces Vite's content hashes in asset names (`name.B2x_9aQ.js`, `name-B2x_9aQ.js`) with a placeholder. */
function unhash(text: string): string {
  const renamed = renames.reduce((t, [from, to]) => t.replaceAll(`${from}.`, `${to}.`), text);
  return renamed.replace(/((?:_astro\/|\.\/)[\w.-]+?)[.-][\w-]{8}\.(js|css|mjs)/g, '$1.HASH.$2');
}

/** A text file's content with what may differ between equivalent builds normalised. */
function normalise(text: string): string {
  return unhash(text)
    .replace(/'sha256-[A-Za-z0-9+/=]+'/g, "'sha256-HASH'")
    .replace(
      /<style>([\s\S]*?)<\/style>/g,
      (_, css: string) => `<style>${css.replace(/\s+/g, ' ').replace(/\s*([{};:,>])\s*/g, '$1')}</style>`,
    );
}

const TEXT = /\.(html|xml|json|txt|js|mjs|css|svg|webmanifest)$|_headers$/;

const before = await filesOf(beforeDir);
const after = await filesOf(afterDir);
const differences: string[] = [];
for (const name of new Set([...before.keys(), ...after.keys()])) {
  const a = before.get(name);
  const b = after.get(name);
  if (!a || !b) {
    differences.push(`${name}: only in ${a ? 'before' : 'after'}`);
    continue;
  }
  const [x, y] = await Promise.all([readFile(a), readFile(b)]);
  if (x.equals(y)) continue;
  if (!TEXT.test(name)) {
    differences.push(`${name}: binary content differs`);
    continue;
  }
  const [p, q] = [normalise(x.toString('utf8')), normalise(y.toString('utf8'))];
  if (p === q) continue;
  let at = 0;
  while (p[at] === q[at]) at++;
  differences.push(
    `${name}: differs at character ${at}\n  before: …${p.slice(Math.max(0, at - 80), at + 120)}…\n  after:  …${q.slice(Math.max(0, at - 80), at + 120)}…`,
  );
}
console.log(differences.length ? differences.join('\n') : `identical: ${after.size} files`);
process.exit(differences.length ? 1 : 0);
