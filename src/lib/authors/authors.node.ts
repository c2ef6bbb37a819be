/**
 * Reading the authors table, `authors.yaml` beside the articles folder
 * (content/authors.yaml). The table is optional; a broken one stops the
 * build with a message naming the file. Runs in Node (build and review).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { authorsSchema, type AuthorsTable } from './authors.ts';

/** Where the authors table of an articles folder lives. */
export function authorsFile(articlesFolder: URL): URL {
  return new URL('../authors.yaml', articlesFolder);
}

/** The authors table; empty when there is no file. Errors name the file relative to `root`. */
export async function readAuthors(file: URL, root: URL): Promise<AuthorsTable> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  const shown = path.relative(fileURLToPath(root), fileURLToPath(file));
  let value: unknown;
  try {
    value = parse(source, { schema: 'core' }) ?? {};
  } catch (error) {
    throw new Error(`${shown}: invalid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = authorsSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'table'}: ${issue.message}`);
    throw new Error(`${shown}: invalid authors table: ${problems.join('; ')}`);
  }
  return parsed.data;
}
