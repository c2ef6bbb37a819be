import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, test } from 'vitest';
import { buildSite } from '../support/build-site.ts';

const VALID = 'content/articles/yancheng-social-work-conference.md';
const frontmatter = (lines: string) => `---\n${lines}\n---\n\n`;
const good = 'title: 測試\nsection: society\ndate: 2025-03-01\ndescription: 一句話。';

// Photos for the image cases, made here: a good one, one cut off halfway, and one over 40 megapixels.
const photo = await sharp({
  create: {
    width: 800,
    height: 600,
    channels: 3,
    background: '#468',
    noise: { type: 'gaussian', mean: 128, sigma: 30 },
  },
})
  .jpeg()
  .toBuffer();
const huge = await sharp({ create: { width: 7000, height: 6000, channels: 3, background: '#468' } })
  .png()
  .toBuffer();
const withLead = (image: string) => frontmatter(`${good}\nimage:\n${image}`) + '正文。';

/** Each case: the broken files (and an authors table), and what the one error message must say about which file. */
const cases: Array<{
  name: string;
  files: Record<string, string | Buffer>;
  authors?: string;
  file: string;
  problem: RegExp;
}> = [
  {
    name: 'invalid YAML frontmatter',
    files: { 'broken.md': frontmatter('title: [unclosed\ndate: 2025-03-01') + '正文。' },
    file: 'broken.md',
    problem: /invalid YAML frontmatter/,
  },
  {
    name: 'a missing title',
    files: { 'broken.md': frontmatter('section: society\ndate: 2025-03-01\ndescription: 一句話。') + '正文。' },
    file: 'broken.md',
    problem: /invalid frontmatter: title: /,
  },
  {
    name: 'a date that is not a date',
    files: {
      'broken.md': frontmatter('title: 測試\nsection: society\ndate: 2025-02-30\ndescription: 一句話。') + '正文。',
    },
    file: 'broken.md',
    problem: /invalid frontmatter: date: /,
  },
  {
    name: 'a missing section',
    files: { 'broken.md': frontmatter('title: 測試\ndate: 2025-03-01\ndescription: 一句話。') + '正文。' },
    file: 'broken.md',
    problem: /invalid frontmatter: section: missing: the sections are politics, society, .*home/,
  },
  {
    name: 'an unknown section',
    files: { 'broken.md': frontmatter(good.replace('society', 'sport')) + '正文。' },
    file: 'broken.md',
    problem: /invalid frontmatter: section: unknown section "sport": the sections are politics, .*sports/,
  },
  {
    name: 'a slug that is a section',
    files: { 'politics.md': frontmatter(good) + '正文。' },
    file: 'politics.md',
    problem: /slug "politics" is taken by a section or list page/,
  },
  {
    name: 'a slug that is a list route',
    files: { 'broken.md': frontmatter(`${good}\nslug: archive`) + '正文。' },
    file: 'broken.md',
    problem: /slug "archive" is taken by a section or list page/,
  },
  {
    name: 'two articles with one slug in different sections',
    files: {
      'a.md': frontmatter(`${good}\nslug: same`) + '正文。',
      'b.md': frontmatter(`${good.replace('society', 'sports')}\nslug: same`) + '正文。',
    },
    file: 'b.md',
    problem: /slug "same" is already used by .*a\.md/,
  },
  {
    name: 'an empty body',
    files: { 'broken.md': frontmatter(good) + '\n  \n' },
    file: 'broken.md',
    problem: /the article has no body text/,
  },
  {
    name: 'an unknown field',
    files: { 'broken.md': frontmatter(`${good}\nwriter: 某人`) + '正文。' },
    file: 'broken.md',
    problem: /invalid frontmatter: .*Unrecognized key.*writer/,
  },
  {
    name: 'a file that is not UTF-8',
    files: { 'broken.md': Buffer.concat([Buffer.from(frontmatter(good)), Buffer.from([0xa5, 0xbf, 0xa4, 0xe5])]) },
    file: 'broken.md',
    problem: /is not UTF-8 text/,
  },
  {
    name: 'a file name that cannot be a slug',
    files: { 'News Story.md': frontmatter(good) + '正文。' },
    file: 'News Story.md',
    problem: /"News Story" cannot be a URL slug/,
  },
  {
    name: 'a time that is not a time',
    files: { 'broken.md': frontmatter(good.replace('2025-03-01', '2025-03-01T25:00+08:00')) + '正文。' },
    file: 'broken.md',
    problem: /invalid frontmatter: date: "2025-03-01T25:00\+08:00" is not a date/,
  },
  {
    name: 'updated before date',
    files: { 'broken.md': frontmatter(`${good}\nupdated: 2025-02-28T09:00+08:00`) + '正文。' },
    file: 'broken.md',
    problem: /invalid frontmatter: updated: is earlier than date/,
  },
  {
    name: 'an empty author',
    files: { 'broken.md': frontmatter(`${good}\nauthor: ['于洋', '']`) + '正文。' },
    file: 'broken.md',
    problem: /invalid frontmatter: author: an author is empty/,
  },
  {
    name: 'a correction without updated',
    files: { 'broken.md': frontmatter(`${good}\ncorrection: 日期有誤。`) + '正文。' },
    file: 'broken.md',
    problem: /invalid frontmatter: correction: needs updated/,
  },
  {
    name: 'an old slug that is a live article’s',
    files: { 'broken.md': frontmatter(`${good}\nredirect_from: [valid]`) + '正文。' },
    file: 'broken.md',
    problem: /invalid frontmatter: redirect_from: "valid" is the slug of .*valid\.md, which is live/,
  },
  {
    name: 'an unknown author id',
    files: { 'broken.md': frontmatter(`${good}\nauthor: [yu-yang, nobody-here]`) + '正文。' },
    authors: 'yu-yang:\n  name: 于洋\n  script: zh-Hans\n',
    file: 'broken.md',
    problem: /invalid frontmatter: author: unknown author id "nobody-here"/,
  },
  {
    name: 'a "?" inside Han text',
    files: { 'broken.md': frontmatter(good) + '轉變?yōu)橥苿推動' },
    file: 'broken.md',
    problem: /:8:3: garbled text/,
  },
  {
    name: 'a lead image whose file is missing',
    files: { 'broken.md': withLead('  src: ./photos/none.jpg\n  alt: 一張照片') },
    file: 'broken.md',
    problem: /image \.\/photos\/none\.jpg not found/,
  },
  {
    name: 'a figure whose file is not an image',
    files: {
      'broken.md': frontmatter(good) + '正文。\n\n![一張照片](./photos/fake.jpg)\n',
      'photos/fake.jpg': '不是圖片',
    },
    file: 'broken.md',
    problem: /image \.\/photos\/fake\.jpg is not an image file/,
  },
  {
    name: 'a lead image whose file is cut off',
    files: {
      'broken.md': withLead('  src: ./photos/cut.jpg\n  alt: 一張照片'),
      'photos/cut.jpg': photo.subarray(0, photo.length / 2),
    },
    file: 'broken.md',
    problem: /image \.\/photos\/cut\.jpg is damaged/,
  },
  {
    name: 'a lead image with no alt',
    files: { 'broken.md': withLead('  src: ./photos/ok.jpg\n  caption: 圖說'), 'photos/ok.jpg': photo },
    file: 'broken.md',
    problem: /image \.\/photos\/ok\.jpg has no alt text/,
  },
  {
    name: 'a lead image with an empty alt but not marked decorative',
    files: { 'broken.md': withLead('  src: ./photos/ok.jpg\n  alt: ""'), 'photos/ok.jpg': photo },
    file: 'broken.md',
    problem: /image \.\/photos\/ok\.jpg has no alt text: .*decorative: true/,
  },
  {
    name: 'a figure with no alt',
    files: { 'broken.md': frontmatter(good) + '正文。\n\n![](./photos/ok.jpg "圖說")\n', 'photos/ok.jpg': photo },
    file: 'broken.md',
    problem: /image \.\/photos\/ok\.jpg has no alt text/,
  },
  {
    name: 'a lead image on another host',
    files: { 'broken.md': withLead('  src: https://example.com/x.jpg\n  alt: 一張照片') },
    file: 'broken.md',
    problem: /image https:\/\/example\.com\/x\.jpg is on another host/,
  },
  {
    name: 'a figure on another host',
    files: { 'broken.md': frontmatter(good) + '正文。\n\n![一張照片](https://example.com/x.jpg)\n' },
    file: 'broken.md',
    problem: /image https:\/\/example\.com\/x\.jpg is on another host/,
  },
  {
    name: 'an image over 40 megapixels',
    files: { 'broken.md': withLead('  src: ./photos/huge.png\n  alt: 一張照片'), 'photos/huge.png': huge },
    file: 'broken.md',
    problem: /image \.\/photos\/huge\.png is 7000×6000, 42\.0 megapixels: the limit is 40/,
  },
  {
    name: 'an image inside a paragraph of text',
    files: { 'broken.md': frontmatter(good) + '正文![一張照片](./photos/ok.jpg)正文。\n', 'photos/ok.jpg': photo },
    file: 'broken.md',
    problem: /image \.\/photos\/ok\.jpg is inside a paragraph's text/,
  },
];

describe('a broken article stops the build with one clear message', () => {
  // Each case is a build of its own, mostly waiting on Astro's start-up: two at a time use both cores.
  test.concurrent.for(cases)('$name', async ({ files, authors, file, problem }, { expect }) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bad-content-'));
    const content = path.join(dir, 'articles');
    mkdirSync(content);
    copyFileSync(VALID, path.join(content, 'valid.md'));
    const before = readFileSync(path.join(content, 'valid.md'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(content, name)), { recursive: true });
      writeFileSync(path.join(content, name), text);
    }
    if (authors) writeFileSync(path.join(dir, 'authors.yaml'), authors);

    const outDir = path.join(dir, 'dist');
    const { status, output } = await buildSite({ outDir, contentDir: content });

    expect(status, output).not.toBe(0);
    const messages = output.split('\n').filter((line) => line.includes(path.join(content, file)));
    expect(messages, output).toHaveLength(1);
    expect(messages[0]).toMatch(problem);
    // No partial site is left looking complete, and the valid article is untouched.
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
    expect(readFileSync(path.join(content, 'valid.md')).equals(before)).toBe(true);
  });
});
