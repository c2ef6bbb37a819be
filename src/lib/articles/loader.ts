/**
 * Content loader for articles: reads every Markdown file in the content folder,
 * renders it once and stores one entry per script variant (id `variant/slug`),
 * converted from the script it is written in, so pages only `render()`.
 * An article whose file, and everything its entries are made from, is unchanged
 * since the last load keeps its stored entries (Astro's data store lives in the
 * cache folder between builds): a rebuild or a reload in `astro dev` renders
 * and converts only what changed.
 * Runs at build time and in `astro dev`, inside Astro.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ArticleError, articlesFolder, readArticles, type ArticleSource } from './files.node.ts';
import { loaderInputs, pipelineText } from './pipeline.node.ts';
import { TEXT_FIELDS, type ArticleData } from './schema.ts';
import { buildTime, isPreviewBuild, publicationOf } from './publication.ts';
import { isoDateTime } from './dates.ts';
import { bylineIn, type AuthorsTable } from '../authors/authors.ts';
import { authorsFile, readAuthors } from '../authors/authors.node.ts';
import { convertHtml, convertText } from '../conversion/convert.ts';
import { firstSentence } from './html-text.ts';
import { withPermalinks } from './permalinks.ts';
import { variantByLang, variants, type Variant } from '../variants/variants.ts';
import { imageInVariant, photosProblem, takeFigures } from '../images/figures.ts';

/** Loads the articles folder (CONTENT_DIR or content/articles) in every variant. */
export function articleLoader(): Loader {
  let watching = false;
  return {
    name: 'article-loader',
    load: async (context) => {
      await loadArticles(context);
      if (!context.watcher || watching) return;
      watching = true;
      // In `astro dev`: reload on every change, one reload at a time, and tell the editor what is wrong.
      const folder = fileURLToPath(articlesFolder(context.config.root));
      const authorsTable = fileURLToPath(authorsFile(articlesFolder(context.config.root)));
      let reloading = Promise.resolve();
      context.watcher.add([folder, authorsTable]);
      context.watcher.on('all', (_event, changed) => {
        if (!changed.startsWith(folder) && changed !== authorsTable) return;
        reloading = reloading
          .then(() => loadArticles(context))
          .catch((error: unknown) => context.logger.error((error as Error).message));
      });
    },
  };
}

async function loadArticles(context: LoaderContext): Promise<void> {
  const { store, config, logger } = context;
  const folder = articlesFolder(config.root);
  const authors = await readAuthors(authorsFile(folder), config.root);
  const inputs = context.generateDigest(
    `${await pipelineText(config.root, await loaderInputs(config.root))}\0${JSON.stringify(authors)}`,
  );
  // A build publishes what is due; `astro dev` and the preview build show drafts and scheduled articles too.
  const everything = Boolean(context.watcher) || isPreviewBuild();
  const now = buildTime();
  const kept = new Set<string>();
  let next: ArticleSource | undefined;
  for (const article of await readArticles(folder, config.root)) {
    const publication = publicationOf(article.data, now);
    if (publication === 'scheduled' && (!next || article.data.date < next.data.date)) next = article;
    if (publication !== 'published' && !everything) continue;
    const { slug, data, body, projectPath } = article;
    const digest = context.generateDigest(`${inputs}\0${JSON.stringify({ slug, data, body, projectPath })}`);
    const ids = variants.map((variant) => `${variant.segment}/${slug}`);
    if (ids.every((id) => store.get(id)?.digest === digest)) {
      for (const id of ids) kept.add(id);
      continue;
    }
    for (const entry of await variantEntries(article, authors, context)) {
      store.set({ ...entry, digest });
      kept.add(entry.id);
    }
  }
  for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
  // A scheduled rebuild needs to know when the next embargo lifts.
  if (next) logger.info(`next scheduled article: ${next.shownPath} at ${isoDateTime(next.data.date)}`);
}

async function variantEntries(
  { slug, data, body, projectPath, shownPath, url }: ArticleSource,
  authors: AuthorsTable,
  context: LoaderContext,
) {
  const markdown = await context.renderMarkdown(body, { fileURL: pathToFileURL(fileURLToPath(url)) });
  // Body figures leave the HTML as placeholders; the article page and feeds put the processed photos back.
  const { html, figures, inline } = takeFigures(markdown.html);
  const problem = await photosProblem(url, data.image, figures, inline, html);
  if (problem) throw new ArticleError(shownPath, problem);
  const rendered = { ...markdown, html };
  const excerpt = data.excerpt ?? firstSentence(rendered.html);
  const written = variantByLang(data.script);
  return variants.map((variant) => {
    return {
      id: `${variant.segment}/${slug}`,
      data: {
        ...convertData({ ...data, slug, excerpt }, written, variant),
        byline: bylineIn(data.author ?? [], authors, written, variant),
        ...(data.image ? { image: imageInVariant(data.image, written, variant) } : {}),
        figures: figures.map((figure) => imageInVariant(figure, written, variant)),
      },
      // No `body`: pages use the rendered HTML, and the Markdown would be one more copy of every article in
      // Astro's data store, which the build holds in memory several times over.
      filePath: projectPath,
      rendered: {
        html: withPermalinks(convertHtml(rendered.html, written, variant), variant),
        metadata: {
          ...rendered.metadata,
          headings:
            rendered.metadata?.headings?.map((h) => ({ ...h, text: convertText(h.text, written, variant) })) ?? [],
        },
      },
    };
  });
}

function convertData(data: ArticleData, from: Variant, to: Variant): ArticleData {
  const converted = { ...data };
  for (const field of TEXT_FIELDS) {
    const text = data[field];
    if (text) converted[field] = convertText(text, from, to);
  }
  return converted;
}
