/**
 * Reading article files: bytes to validated frontmatter and a Markdown body,
 * or an error that names the file and the problem. Shared by the content
 * loader and the conversion review, so both see articles the same way.
 * Runs in Node (build, review and import).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sectionIds } from '../sections/sections.ts';
import { splitArticle } from './frontmatter.ts';
import { articleSchema, SLUG_PATTERN, type ArticleFrontmatter } from './schema.ts';
import { refuseGarbled } from '../sources/normalise.ts';

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

// Routes beside articles under /variant/; an article may not take their place.
const RESERVED_SLUGS = new Set<string>(['search', 'page', 'archive', ...sectionIds]);

/** Parses one article file's bytes. */
function parseArticle(bytes: Uint8Array, file: string): Pick<ArticleSource, 'slug' | 'data' | 'body'> {
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
  if (RESERVED_SLUGS.has(slug)) {
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
  return { slug, data: parsed.data, body };
}

/** Reads every Markdown article in a folder, in file-name order; refuses two articles with one slug. */
export async function readArticles(folder: URL, root: URL): Promise<ArticleSource[]> {
  const names = (await readdir(folder)).filter((f) => f.endsWith('.md')).sort();
  const articles: ArticleSource[] = [];
  for (const name of names) {
    const url = new URL(name, folder);
    const projectPath = path.relative(fileURLToPath(root), fileURLToPath(url));
    const shownPath = projectPath.startsWith('..') ? fileURLToPath(url) : projectPath;
    const article = { ...parseArticle(await readFile(url), shownPath), shownPath, projectPath, url };
    const other = articles.find((a) => a.slug === article.slug);
    if (other) throw new ArticleError(shownPath, `slug "${article.slug}" is already used by ${other.shownPath}`);
    articles.push(article);
  }
  return articles;
}

/** The folder of articles: CONTENT_DIR (tests build fixture sites with it), else content/articles. */
export function articlesFolder(root: URL): URL {
  return new URL((process.env['CONTENT_DIR'] ?? 'content/articles').replace(/\/?$/, '/'), root);
}
