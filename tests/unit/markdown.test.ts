import { describe, expect, test } from 'vitest';
import { createMarkdownProcessor, type MarkdownProcessor } from '@astrojs/markdown-remark';
import config from '../../astro.config.mjs';

const site = await (config.markdown!.processor as MarkdownProcessor).createRenderer({});

describe("the site's Markdown pipeline", () => {
  test('emphasis next to Chinese punctuation works (remark-cjk-friendly)', async () => {
    const { code } = await site.render('堅持和發展新時代**「楓橋經驗」**的要求');
    expect(code).toContain('<strong>「楓橋經驗」</strong>的');
    // Without the plugin CommonMark leaves the asterisks: the case really needs it.
    const plain = await createMarkdownProcessor({});
    expect((await plain.render('堅持和發展新時代**「楓橋經驗」**的要求')).code).toContain('**「楓橋經驗」**');
  });

  test('paragraphs get ids p1, p2, … and quotation marks are left alone', async () => {
    const { code } = await site.render('第一段「引號」\n\n第二段"straight"');
    expect(code).toContain('<p id="p1">第一段「引號」</p>');
    expect(code).toContain('<p id="p2">第二段"straight"</p>');
  });
});
