/**
 * Content loader for articles: reads every Markdown file in the content folder,
 * validates it, renders it once and stores one entry per script variant
 * (id `variant/slug`), converted at load time so pages only `render()`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { convertHtml, convertText } from './convert.ts';
import { firstSentence } from './html-text.ts';
import { withPermalinks } from './permalinks.ts';
import { refuseGarbled } from './normalise.ts';
import { sourceVariant, variants, type Variant } from './variants.ts';
import { articleSchema, type ArticleData } from './article-schema.ts';

/** A problem with one article file; the message starts with the file's path. */
export class ArticleError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'ArticleError';
  }
}

// Routes beside articles under /variant/; an article may not take their place.
const RESERVED_SLUGS = new Set(['search', 'feed.xml', 'rss.xml']);

/** Loads `dir` (relative to the project root) as articles in every variant. */
export function articleLoader(dir: string): Loader {
  return {
    name: 'article-loader',
    load: async (context) => {
      await loadArticles(dir, context);
      const root = fileURLToPath(new URL(dir.replace(/\/?$/, '/'), context.config.root));
      context.watcher?.add(root);
      context.watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(root)) void loadArticles(dir, context);
      });
    },
  };
}

async function loadArticles(dir: string, context: LoaderContext): Promise<void> {
  const { store, config } = context;
  const folder = new URL(dir.replace(/\/?$/, '/'), config.root);
  const files = (await readdir(folder)).filter((f) => f.endsWith('.md')).sort();
  const seen = new Map<string, string>();
  const kept = new Set<string>();
  for (const name of files) {
    const url = new URL(name, folder);
    // Name the file as the editor knows it: relative to the project, or absolute when outside it.
    const relative = path.relative(fileURLToPath(config.root), fileURLToPath(url));
    const file = relative.startsWith('..') ? fileURLToPath(url) : relative;
    const entries = await readArticle(url, file, relative, context);
    const slug = entries[0]!.slug;
    const other = seen.get(slug);
    if (other) throw new ArticleError(file, `slug "${slug}" is already used by ${other}`);
    seen.set(slug, file);
    for (const entry of entries) {
      store.set(entry.store);
      kept.add(entry.store.id);
    }
  }
  for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
}

async function readArticle(url: URL, file: string, filePath: string, context: LoaderContext) {
  const bytes = await readFile(url);
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleError(file, 'is not UTF-8 text');
  }
  let frontmatter: Record<string, unknown>;
  let body: string;
  try {
    const parsed = parseFrontmatter(source);
    frontmatter = parsed.frontmatter;
    body = parsed.content;
  } catch (error) {
    throw new ArticleError(file, `invalid YAML frontmatter: ${(error as Error).message.split('\n')[0]}`);
  }
  if (body.trim() === '') throw new ArticleError(file, 'the article has no body text');
  refuseGarbled(source, file);

  const slug = typeof frontmatter['slug'] === 'string' ? frontmatter['slug'] : path.basename(file, '.md');
  if (RESERVED_SLUGS.has(slug)) throw new ArticleError(file, `slug "${slug}" is reserved for a site page`);
  const parsed = articleSchema.safeParse(frontmatter);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'frontmatter'}: ${issue.message}`);
    throw new ArticleError(file, `invalid frontmatter: ${problems.join('; ')}`);
  }
  const data = parsed.data;

  const rendered = await context.renderMarkdown(body, { fileURL: pathToFileURL(fileURLToPath(url)) });
  const excerpt = data.excerpt ?? firstSentence(rendered.html);
  return variants.map((variant) => {
    const entry = {
      id: `${variant.segment}/${slug}`,
      data: convertData({ ...data, slug, excerpt }, variant),
      body,
      filePath,
      rendered: {
        html: withPermalinks(convertHtml(rendered.html, sourceVariant, variant), variant),
        metadata: {
          ...rendered.metadata,
          headings: rendered.metadata?.headings?.map((h) => ({ ...h, text: convertText(h.text, sourceVariant, variant) })) ?? [],
        },
      },
    };
    // The digest covers the output, not just the source, so a change in conversion is never masked by the store.
    return { slug, store: { ...entry, digest: context.generateDigest(JSON.stringify(entry)) } };
  });
}

function convertData(data: ArticleData, variant: Variant): ArticleData {
  const converted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    converted[key] = typeof value === 'string' && key !== 'slug' ? convertText(value, sourceVariant, variant) : value;
  }
  return converted as ArticleData;
}
