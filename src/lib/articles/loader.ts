/**
 * Content loader for articles: reads every Markdown file in the content folder,
 * renders it once and stores one entry per script variant (id `variant/slug`),
 * converted from the script it is written in, so pages only `render()`.
 * Runs at build time and in `astro dev`, inside Astro.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ArticleError, articlesFolder, readArticles, type ArticleSource } from './files.node.ts';
import { TEXT_FIELDS, type ArticleData } from './schema.ts';
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
      let reloading = Promise.resolve();
      context.watcher.add(folder);
      context.watcher.on('all', (_event, changed) => {
        if (!changed.startsWith(folder)) return;
        reloading = reloading
          .then(() => loadArticles(context))
          .catch((error: unknown) => context.logger.error((error as Error).message));
      });
    },
  };
}

async function loadArticles(context: LoaderContext): Promise<void> {
  const { store, config } = context;
  const kept = new Set<string>();
  for (const article of await readArticles(articlesFolder(config.root), config.root)) {
    for (const entry of await variantEntries(article, context)) {
      store.set(entry);
      kept.add(entry.id);
    }
  }
  for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
}

async function variantEntries(
  { slug, data, body, projectPath, shownPath, url }: ArticleSource,
  context: LoaderContext,
) {
  const markdown = await context.renderMarkdown(body, { fileURL: pathToFileURL(fileURLToPath(url)) });
  // Body figures leave the HTML as placeholders; the article page and feeds put the processed photos back.
  const { html, figures, inline } = takeFigures(markdown.html);
  const problem = await photosProblem(url, data.image, figures, inline, html);
  if (problem) throw new ArticleError(shownPath, problem);
  // Astro rewrites its list of images to process only when an entry changes: name them on every load, so a
  // build whose entries all come from the cache still finds them after another site was built in this project.
  for (const photo of [data.image, ...figures]) if (photo) context.store.addAssetImport(photo.src, projectPath);
  const rendered = { ...markdown, html };
  const excerpt = data.excerpt ?? firstSentence(rendered.html);
  const written = variantByLang(data.script);
  return variants.map((variant) => {
    const entry = {
      id: `${variant.segment}/${slug}`,
      data: {
        ...convertData({ ...data, slug, excerpt }, written, variant),
        ...(data.image ? { image: imageInVariant(data.image, written, variant) } : {}),
        figures: figures.map((figure) => imageInVariant(figure, written, variant)),
      },
      body,
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
    // The digest covers the output, not just the source, so a change in conversion is never masked by the store.
    return { ...entry, digest: context.generateDigest(JSON.stringify(entry)) };
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
