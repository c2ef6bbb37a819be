import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'vitest';
import { buildSite } from '../support/build-site.ts';

const VALID = 'content/articles/yancheng-social-work-conference.md';
const frontmatter = (lines: string) => `---\n${lines}\n---\n\n`;
const good = 'title: 測試\nsection: society\ndate: 2025-03-01\ndescription: 一句話。';

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
];

describe('a broken article stops the build with one clear message', () => {
  // Each case is a build of its own, mostly waiting on Astro's start-up: two at a time use both cores.
  test.concurrent.for(cases)('$name', async ({ files, authors, file, problem }, { expect }) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bad-content-'));
    const content = path.join(dir, 'articles');
    mkdirSync(content);
    copyFileSync(VALID, path.join(content, 'valid.md'));
    const before = readFileSync(path.join(content, 'valid.md'));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(content, name), text);
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
