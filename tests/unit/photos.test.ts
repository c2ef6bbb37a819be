import { describe, expect, test } from 'vitest';
import type { MarkdownProcessor } from '@astrojs/markdown-remark';
import config from '../../astro.config.mjs';
import { convertCredit, imageInVariant, takeFigures } from '../../src/lib/images/figures.ts';
import { figurePlaceholder, imageFieldsProblem } from '../../src/lib/images/image-fields.ts';
import { convertText } from '../../src/lib/conversion/convert.ts';
import { variantBySegment } from '../../src/lib/variants/variants.ts';

const site = await (config.markdown!.processor as MarkdownProcessor).createRenderer({});
const hans = variantBySegment('zh-hans');
const hant = variantBySegment('zh-hant');

describe('figures in the body', () => {
  test('an image alone in its paragraph becomes a figure that takes no paragraph id', async () => {
    const { code } = await site.render('第一段。\n\n![湿地](./photos/x.jpg "清晨的湿地 | 记者 于洋 摄")\n\n第二段。');
    expect(code).toContain('<p id="p1">第一段。</p>');
    expect(code).toContain('<p id="p2">第二段。</p>');
    const { html, figures, inline } = takeFigures(code);
    expect(figures).toEqual([{ src: './photos/x.jpg', alt: '湿地', caption: '清晨的湿地', credit: '记者 于洋 摄' }]);
    expect(inline).toEqual([]);
    expect(html).toContain(figurePlaceholder(0));
    // Astro's own image marker, which the loader's HTML round trip would break, is never written.
    expect(code).not.toMatch(/astro_image/i);
  });

  test('an image inside text or a list is marked, for the loader to refuse by name', async () => {
    const { code } = await site.render('文字![图](./a.jpg)文字\n\n- ![图](./b.jpg)');
    expect(takeFigures(code).inline).toEqual(['./a.jpg', './b.jpg']);
  });
});

describe('alt, caption and credit in every variant', () => {
  test('a credit is converted name by name: 于洋 keeps its surname, where phrase conversion makes it 於洋', () => {
    expect(convertText('记者 于洋 摄', hans, hant)).toContain('於洋');
    expect(convertCredit('记者 于洋 摄', hans, hant)).toBe('記者 于洋 攝');
    expect(convertCredit('新华社、余华', hans, hant)).toBe('新華社、余華');
  });

  test('alt and caption are converted like the text; the file is handed to astro:assets', () => {
    const photo = { src: './photos/x.jpg', alt: '芦苇丛边的湿地', caption: '清晨的湿地公园', credit: '于洋' };
    expect(imageInVariant(photo, hans, hant)).toEqual({
      src: '__ASTRO_IMAGE_./photos/x.jpg',
      alt: convertText('芦苇丛边的湿地', hans, hant),
      caption: convertText('清晨的湿地公园', hans, hant),
      credit: '于洋',
    });
  });
});

describe('what an editor writes about a photo', () => {
  test.each([
    [{ src: './x.jpg', alt: '圖' }, undefined],
    [{ src: '../photos/x.jpg', alt: '', decorative: true }, undefined],
    [{ src: './x.jpg' }, /has no alt text/],
    [{ src: './x.jpg', alt: '' }, /has no alt text/],
    [{ src: './x.jpg', alt: '圖', decorative: true }, /marked decorative but has alt text/],
    [{ src: 'https://example.com/x.jpg', alt: '圖' }, /on another host/],
    [{ src: '//example.com/x.jpg', alt: '圖' }, /on another host/],
    [{ src: 'photos/x.jpg', alt: '圖' }, /relative to the article, such as \.\/photos\/x\.jpg/],
    [{ src: './x.gif', alt: '圖' }, /not a photo file/],
  ])('%o', (fields, problem) => {
    const found = imageFieldsProblem(fields);
    if (problem) expect(found).toMatch(problem);
    else expect(found).toBeUndefined();
  });
});
