import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { splitArticle } from '../../src/lib/articles/frontmatter.ts';
import { articlesFolder, readArticles } from '../../src/lib/articles/files.node.ts';
import { convertText } from '../../src/lib/conversion/convert.ts';
import type { Override } from '../../src/lib/conversion/overrides.ts';
import { conversionChoices } from '../../src/lib/review/choices.ts';
import { formatReview, reviewBlocks } from '../../src/lib/review/report.node.ts';
import { reviewSegments } from '../../src/lib/review/segments.ts';
import { variantBySegment } from '../../src/lib/variants/variants.ts';
import { entry, slug } from '../support/seed.ts';

const hant = variantBySegment('zh-hant');
const hans = variantBySegment('zh-hans');
const fixture = splitArticle(readFileSync('tests/fixtures/content/simplified-source.md', 'utf8'));
const body = fixture.body.trim();

describe('an article written in Simplified script', () => {
  test('becomes correct Traditional (Taiwan) text', () => {
    expect(convertText(String(fixture.frontmatter['title']), hans, hant)).toBe('社區幹部談頭髮與發展');
    expect(convertText(body, hans, hant)).toBe(
      '社區幹部在理髮店裡談論頭髮和發展。\n\n皇后的故事後來成了「紅色」話題，大家都說要幹一番事業。',
    );
  });

  test('the review lists each choice with the form chosen and the other candidates', () => {
    const { choices } = conversionChoices(body, hans, hant);
    const at = (source: string, chosen: string) => choices.find((c) => c.source === source && c.chosen === chosen);
    expect(at('干', '幹')?.candidates).toEqual(expect.arrayContaining(['乾', '干', '幹']));
    expect(at('发', '髮')?.candidates).toEqual(expect.arrayContaining(['發', '髮']));
    expect(at('发', '發')?.sentence).toContain('頭髮和發展');
    expect(at('后', '后')?.candidates).toEqual(expect.arrayContaining(['后', '後']));
    expect(at('后', '後')?.sentence).toContain('後來');
    // Characters with one spelling are no choice: 社, 区, 谈.
    expect(choices.map((c) => c.source)).not.toContain('区');
  });
});

describe('pinning a choice', () => {
  const pin: Override[] = [
    { from: 'zh-hans', phrase: '理发店里', to: { 'zh-hant': '理髮店裏' }, why: 'the house style writes 裏' },
  ];

  test('one row in the override table changes the output', () => {
    expect(convertText(body, hans, hant)).toContain('理髮店裡');
    expect(convertText(body, hans, hant, pin)).toContain('理髮店裏');
  });

  test('the review shows it as pinned, and no longer as a choice', () => {
    const conversion = conversionChoices(body, hans, hant, pin);
    const { choices } = conversion;
    expect(choices.find((c) => c.pinnedBy)).toMatchObject({
      source: '理发店里',
      chosen: '理髮店裏',
      pinnedBy: '理发店里',
    });
    expect(
      choices
        .filter((c) => !c.pinnedBy)
        .map((c) => c.source)
        .join(''),
    ).not.toContain('里');
    expect(conversion.derived).toBe(convertText(body, hans, hant, pin));
    const segments = reviewSegments(body, conversion);
    expect(segments.find((s) => s.kind === 'pinned')?.text).toBe('理髮店裏');
    expect(segments.find((s) => s.kind === 'converted')?.text).toBe('區');
  });

  test('the seed article’s override shows as pinned', () => {
    const { choices } = conversionChoices(entry.body, hant, hans);
    expect(choices.filter((c) => c.pinnedBy).map((c) => c.chosen)).toEqual(['着力']);
  });
});

test('with nothing to review, the review says so', () => {
  const review = { file: 'a.md', slug: 'a', script: 'zh-Hant', derived: [{ variant: 'zh-hans', choices: [] }] };
  expect(formatReview([review])).toMatch(/^nothing to review/);
  expect(conversionChoices('社會工作會議', hant, hans)).toEqual({ derived: '社会工作会议', choices: [] });
});

test('the review page has a row for each text field, then one for each paragraph of the body', async () => {
  const root = pathToFileURL(`${process.cwd()}/`);
  const article = (await readArticles(articlesFolder(root), root)).find((a) => a.slug === slug)!;
  const blocks = reviewBlocks(article);
  expect(blocks.slice(0, 4)).toEqual([
    '幹字當頭履職盡責開拓進取',
    '奮力推動鹽城社會工作高質量發展',
    '吳煒主持',
    '鹽城',
  ]);
  expect(blocks[4]).toMatch(/^鹽城市委社會工作會議2月19日召開/);
  expect(blocks[5]).toMatch(/^2月19日，市委社會工作會議召開。/);
  expect(blocks.filter((block) => !block || block !== block.trim() || /\n\s*\n/.test(block))).toEqual([]);
});
