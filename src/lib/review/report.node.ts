/**
 * The conversion review of every article, for `npm run review`, the build's JSON report
 * (src/integrations/conversion-review.ts) and the dev review page. Runs in Node only: it reads the articles folder.
 */
import { articlesFolder, readArticles, type ArticleSource } from '../articles/files.node.ts';
import { TEXT_FIELDS } from '../articles/schema.ts';
import { overrides as overrideTable, type Override } from '../conversion/overrides.ts';
import { variantByLang, variants } from '../variants/variants.ts';
import { conversionChoices, type Choice } from './choices.ts';

/** The review of one article: every choice in each variant derived from it. */
export interface ArticleReview {
  file: string;
  slug: string;
  script: string;
  /** For each derived variant, every choice, in field order. */
  derived: Array<{ variant: string; choices: Array<Choice & { field: string }> }>;
}

/** Reviews every article in the articles folder. */
export async function reviewArticles(
  root: URL,
  overrides: readonly Override[] = overrideTable,
): Promise<ArticleReview[]> {
  const articles = await readArticles(articlesFolder(root), root);
  return articles.map(({ shownPath, slug, data, body }) => {
    const written = variantByLang(data.script);
    // Whole fields, so that each choice's place counts from the start of its field.
    const fieldTexts: Array<[field: string, text: string]> = [
      ...TEXT_FIELDS.flatMap((field): Array<[string, string]> => (data[field] ? [[field, data[field]!]] : [])),
      ['body', body],
    ];
    return {
      file: shownPath,
      slug,
      script: data.script,
      derived: variants
        .filter((variant) => variant !== written)
        .map((variant) => ({
          variant: variant.segment,
          choices: fieldTexts.flatMap(([field, text]) =>
            conversionChoices(text, written, variant, overrides).choices.map((choice) => ({ ...choice, field })),
          ),
        })),
    };
  });
}

/** The rows of the dev review page: each text field, then each paragraph of the body, trimmed, empty ones left out. */
export function reviewBlocks(article: ArticleSource): string[] {
  return [...TEXT_FIELDS.map((field) => article.data[field]), ...article.body.split(/\n\s*\n/)]
    .filter((block): block is string => !!block?.trim())
    .map((block) => block.trim());
}

/** The review as text for a terminal: one line a choice, or "nothing to review". */
export function formatReview(reviews: readonly ArticleReview[]): string {
  const lines: string[] = [];
  for (const review of reviews) {
    for (const { variant, choices } of review.derived) {
      if (!choices.length) continue;
      const pinned = choices.filter((choice) => choice.pinnedBy).length;
      lines.push(`${review.file} (${review.script} → ${variant}): ${choices.length} choice(s), ${pinned} pinned`);
      for (const choice of choices) {
        const decidedBy = choice.pinnedBy ? `pinned by the override table` : `of ${choice.candidates.join(' ')}`;
        const change = `${choice.source} → ${choice.chosen}`;
        lines.push(`  ${choice.field.padEnd(11)} ${change}  (${decidedBy})  ${choice.sentence}`);
      }
    }
  }
  return lines.length ? lines.join('\n') : 'nothing to review: no conversion had to choose between spellings';
}
