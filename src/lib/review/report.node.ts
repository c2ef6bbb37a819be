/** The conversion review of every article, for `npm run review`, the build's JSON report and the dev review page. */
import { articlesFolder, readArticles } from '../articles/files.node.ts';
import { TEXT_FIELDS } from '../articles/schema.ts';
import { overrides as overrideTable, type Override } from '../conversion/overrides.ts';
import { conversionChoices, type Choice } from './choices.ts';
import { variantByLang, variants } from '../variants/variants.ts';

export interface ArticleReview {
  file: string;
  slug: string;
  script: string;
  /** For each derived variant, every choice, in field order. */
  derived: Array<{ variant: string; choices: Array<Choice & { field: string }> }>;
}

/** Reviews every article in the articles folder. */
export async function reviewArticles(root: URL, overrides: readonly Override[] = overrideTable): Promise<ArticleReview[]> {
  const articles = await readArticles(articlesFolder(root), root);
  return articles.map(({ file, slug, data, body }) => {
    const written = variantByLang(data.script);
    const texts: Array<[string, string]> = [...TEXT_FIELDS.flatMap((f): Array<[string, string]> => (data[f] ? [[f, data[f]!]] : [])), ['body', body]];
    return {
      file,
      slug,
      script: data.script,
      derived: variants
        .filter((v) => v !== written)
        .map((variant) => ({
          variant: variant.segment,
          choices: texts.flatMap(([field, text]) => conversionChoices(text, written, variant, overrides).map((c) => ({ ...c, field }))),
        })),
    };
  });
}

/** The review as text for a terminal: one line a choice, or "nothing to review". */
export function formatReview(reviews: readonly ArticleReview[]): string {
  const lines: string[] = [];
  for (const review of reviews) {
    for (const { variant, choices } of review.derived) {
      if (!choices.length) continue;
      const pinned = choices.filter((c) => c.pinnedBy).length;
      lines.push(`${review.file} (${review.script} → ${variant}): ${choices.length} choice(s), ${pinned} pinned`);
      for (const c of choices) {
        const how = c.pinnedBy ? `pinned by the override table` : `of ${c.candidates.join(' ')}`;
        lines.push(`  ${c.field.padEnd(11)} ${c.source} → ${c.chosen}  (${how})  ${c.sentence}`);
      }
    }
  }
  return lines.length ? lines.join('\n') : 'nothing to review: no conversion had to choose between spellings';
}
