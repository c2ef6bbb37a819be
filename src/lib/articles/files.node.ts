/**
 * Reading article files: bytes to validated frontmatter and a Markdown body,
 * or an error that names the file and the problem. Shared by the content
 * loader and the conversion review, so both see articles the same way.
 * Runs in Node (build, review and import).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIST_ROUTES } from '../site/route-names.ts';
import { splitArticle } from './frontmatter.ts';
import { articleSchema, SLUG_PATTERN, type ArticleFrontmatter } from './schema.ts';
import { refuseGarbled } from '../sources/normalise.ts';
import { isAuthorId, type AuthorsTable } from '../authors/authors.ts';
import { authorsFile, readAuthors } from '../authors/authors.node.ts';

/** A problem with one article file; the message starts with the file's path. */
export class ArticleError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'ArticleError';
  }
}

/** One article as written. */
export interface ArticleSource {
  slug: string;
  data: ArticleFrontmatter;
  /** The Markdown body. */
  body: string;
  /** The file as messages name it: relative to the project, or absolute when outside it. */
  shownPath: string;
  /** The file relative to the project root (`../` when outside it), as Astro's data store wants it. */
  projectPath: string;
  url: URL;
}

/** Parses one article file's bytes; its author ids must be in the authors table. */
function parseArticle(
  bytes: Uint8Array,
  file: string,
  authors: AuthorsTable,
): Pick<ArticleSource, 'slug' | 'data' | 'body'> {
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleError(file, 'is not UTF-8 text');
  }
  let frontmatter: Record<string, unknown>;
  let body: string;
  try {
    ({ frontmatter, body } = splitArticle(source));
  } catch (error) {
    throw new ArticleError(file, `invalid YAML frontmatter: ${(error as Error).message.split('\n')[0]}`);
  }
  if (body.trim() === '') throw new ArticleError(file, 'the article has no body text');
  refuseGarbled(source, file);

  const slug = typeof frontmatter['slug'] === 'string' ? frontmatter['slug'] : path.basename(file, '.md');
  if (!SLUG_PATTERN.test(slug)) {
    throw new ArticleError(
      file,
      `"${slug}" cannot be a URL slug (lowercase Latin letters, digits, single hyphens): rename the file or set slug:`,
    );
  }
  if (LIST_ROUTES.has(slug)) {
    throw new ArticleError(
      file,
      `slug "${slug}" is taken by a section or list page (/${slug}/): rename the file or set slug:`,
    );
  }
  const parsed = articleSchema.safeParse(frontmatter);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'frontmatter'}: ${issue.message}`);
    throw new ArticleError(file, `invalid frontmatter: ${problems.join('; ')}`);
  }
  const unknown = parsed.data.author?.find((entry) => isAuthorId(entry) && !authors[entry]);
  if (unknown) {
    throw new ArticleError(
      file,
      `invalid frontmatter: author: unknown author id "${unknown}": add it to the authors table (content/authors.yaml) or write the name`,
    );
  }
  return { slug, data: parsed.data, body };
}

/**
 * Reads every Markdown article in a folder, in file-name order. Refuses two
 * articles with one slug, and an old slug (`redirect_from`) that is a live
 * article's, a route's or another article's old slug.
 */
export async function readArticles(folder: URL, root: URL): Promise<ArticleSource[]> {
  const authors = await readAuthors(authorsFile(folder), root);
  const names = (await readdir(folder)).filter((f) => f.endsWith('.md')).sort();
  const articles = new Map<string, ArticleSource>();
  for (const name of names) {
    const article = await readArticle(new URL(name, folder), root, authors);
    const other = articles.get(article.slug);
    if (other)
      throw new ArticleError(article.shownPath, `slug "${article.slug}" is already used by ${other.shownPath}`);
    articles.set(article.slug, article);
  }
  const oldSlugs = new Map<string, ArticleSource>();
  for (const article of articles.values()) {
    for (const old of article.data.redirect_from ?? []) {
      const problem = articles.has(old)
        ? `is the slug of ${articles.get(old)!.shownPath}, which is live`
        : LIST_ROUTES.has(old)
          ? `is taken by a section or list page (/${old}/)`
          : oldSlugs.has(old)
            ? `already redirects to ${oldSlugs.get(old)!.shownPath}`
            : undefined;
      if (problem) throw new ArticleError(article.shownPath, `invalid frontmatter: redirect_from: "${old}" ${problem}`);
      oldSlugs.set(old, article);
    }
  }
  return [...articles.values()];
}

/** How an article file is named to editors: its path in the project, or its full path outside it. */
export function shownPathOf(url: URL, root: URL): { projectPath: string; shownPath: string } {
  const projectPath = path.relative(fileURLToPath(root), fileURLToPath(url));
  return { projectPath, shownPath: projectPath.startsWith('..') ? fileURLToPath(url) : projectPath };
}

/** Reads and parses one article file, named in errors by its shown path. */
export async function readArticle(url: URL, root: URL, authors: AuthorsTable): Promise<ArticleSource> {
  const { projectPath, shownPath } = shownPathOf(url, root);
  return { ...parseArticle(await readFile(url), shownPath, authors), shownPath, projectPath, url };
}

/** The folder of articles: CONTENT_DIR (tests build fixture sites with it), else content/articles. */
export function articlesFolder(root: URL): URL {
  return new URL((process.env['CONTENT_DIR'] ?? 'content/articles').replace(/\/?$/, '/'), root);
}
