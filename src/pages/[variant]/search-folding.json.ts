/** The folding table of one variant, fetched by the search code when a reader shows intent to search. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildFolding } from '../../lib/search/folding.ts';
import { blockTexts } from '../../lib/articles/html-text.ts';
import { slugOf, variantOf } from '../../lib/articles/collection.ts';
import { TEXT_FIELDS } from '../../lib/articles/schema.ts';
import { variants, type Variant } from '../../lib/variants/variants.ts';

export function getStaticPaths() {
  return variants.map((variant) => ({ params: { variant: variant.segment }, props: { variant } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { variant } = props as { variant: Variant };
  const passages = new Map<string, Record<string, string>>();
  for (const article of await getCollection('articles')) {
    const segment = variantOf(article).segment;
    const texts = [...TEXT_FIELDS.map((field) => article.data[field] ?? ''), ...blockTexts(article.rendered?.html ?? '')];
    texts.forEach((text, i) => {
      const key = `${slugOf(article)}\n${i}`;
      passages.set(key, { ...passages.get(key), [segment]: text });
    });
  }
  return new Response(JSON.stringify(buildFolding([...passages.values()], variant.segment)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
