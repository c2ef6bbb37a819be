/**
 * Errata tables live beside their source text: story.txt → story.errata.json.
 * Runs in Node (the importer and tests).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Erratum } from './normalise.ts';

/** Where the errata of a source text are kept. */
export function errataFileFor(source: string): string {
  const { dir, name } = path.parse(source);
  return path.join(dir, `${name}.errata.json`);
}

/** The errata of a source text; none when it has no errata file. */
export function readErrata(source: string): Erratum[] {
  const file = errataFileFor(source);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { errata: Erratum[] }).errata : [];
}
