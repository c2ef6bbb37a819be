import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readArticles } from '../../src/lib/articles/files.node.ts';
import { splitArticle } from '../../src/lib/articles/frontmatter.ts';
import { articleSchema } from '../../src/lib/articles/schema.ts';
import { frontmatterOf, importArticle } from '../../src/lib/sources/import-article.ts';
import { entry, errata, seed, SEED } from '../support/seed.ts';

describe('importing a plain-text article', () => {
  test('the seed with its errata gives the seed entry: headline block and body', () => {
    const imported = importArticle(seed, SEED, errata);
    const { frontmatter, body: content } = splitArticle(imported.markdown);
    expect(imported.script).toBe('zh-Hant');
    for (const field of ['kicker', 'title', 'subtitle']) {
      expect(frontmatter[field], field).toBe(entry.frontmatter[field]);
    }
    expect(content.trim()).toBe(entry.body.trim());
  });

  test('what it cannot know is a marked placeholder that the build refuses until filled in', () => {
    const { markdown, placeholders } = importArticle(seed, SEED, errata);
    expect(markdown).toMatch(/^date: TODO # .*the text says 2月19日/m);
    expect(markdown).toMatch(/^# place: TODO/m);
    expect(placeholders).toEqual(['section', 'date', 'place', 'description']);
    expect(markdown).toMatch(/^section: TODO # 待填 .* one of politics, society,/m);
    const result = articleSchema.safeParse(splitArticle(markdown).frontmatter);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['date', 'section']);
  });

  test('awkward headlines and descriptions come back from the frontmatter as they were, comments kept', () => {
    const fields = {
      kicker: '「新」時代: 開局 #1',
      title: '“四下基層”: 回訪 # 記錄',
      subtitle: '- 副題 ',
      script: 'zh-Hant',
      description: '# 不是註釋: 而是正文。  ',
    };
    const text = frontmatterOf({ ...fields, mentionedDate: '2月19日' });
    expect(text).toMatch(/^date: TODO # 待填 .* \(the text says 2月19日\)$/m);
    expect(text).toMatch(/^# place: TODO # 待填/m);
    expect(text).toMatch(/^description: .* # from the first sentence: check it reads as a summary$/m);
    expect(splitArticle(`---\n${text}---\n`).frontmatter).toEqual({ ...fields, section: 'TODO', date: 'TODO' });

    const headlines = '「新」時代: 開局 #1\n# 回訪: 「四下基層」一年\n2024-02-19';
    const { markdown } = importArticle(`${headlines}\n\n# 首段: 說明。\n`, 'x.txt');
    expect(splitArticle(markdown).frontmatter).toMatchObject({
      kicker: '「新」時代: 開局 #1',
      title: '# 回訪: 「四下基層」一年',
      subtitle: '2024-02-19',
      description: '# 首段: 說明。',
    });
  });

  test('garbled text is refused with the file, line and column', () => {
    expect(() => importArticle(seed, SEED)).toThrow(/^content\/sources\/000_6a5a7bedd0d49b4d\.txt:6:253: garbled text/);
  });

  test('a Simplified article is detected as such and keeps mainland quotation marks; punctuation is made full width', () => {
    const { markdown, script } = importArticle('社区干部谈发展\n\n干部们说,要坚持“四下基层”(试行)。\n', 'x.txt');
    expect(script).toBe('zh-Hans');
    expect(markdown).toContain('title: 社区干部谈发展');
    expect(markdown).toContain('script: zh-Hans');
    expect(markdown).toContain('干部们说，要坚持“四下基层”（试行）。');
  });

  test.each([
    ['Taiwan forms', '這裡的線路著重衛生\n\n他說，這裡的線路著重衛生。\n', 'zh-Hant'],
    ['Hong Kong forms', '這裏的綫路着重衞生\n\n他説，這裏的綫路着重衞生。\n', 'zh-Hant'],
    ['Simplified', '这里的线路着重卫生\n\n他说，这里的线路着重卫生。\n', 'zh-Hans'],
  ])(
    'with every variant on (SITE_VARIANTS), %s are detected by script only, never as a region’s variant',
    (_what, text, script) => {
      const code = `import { importArticle } from './src/lib/sources/import-article.ts';
        process.stdout.write(importArticle(${JSON.stringify(text)}, 'x.txt').script);`;
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
        env: { ...process.env, SITE_VARIANTS: 'zh-hant,zh-hans,zh-hk' },
        encoding: 'utf8',
      });
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe(script);
    },
  );
});

test('plain text that looks like Markdown or HTML stays text', () => {
  const { markdown } = importArticle('標題\n\n# 不是標題，*不是強調*，<b>不是標籤</b>。\n', 'x.txt');
  expect(markdown).toContain('\\# 不是標題，\\*不是強調\\*，\\<b\\>不是標籤\\</b\\>。');
});

describe('npm run import', () => {
  const run = (args: string[], dir: string) =>
    spawnSync(process.execPath, ['src/cli/import.ts', ...args], {
      env: { ...process.env, CONTENT_DIR: dir },
      encoding: 'utf8',
    });

  test('writes the entry, and never overwrites one without --force', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'import-'));
    const first = run([SEED, '--slug', 'seed'], dir);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('17 errata');
    writeFileSync(path.join(dir, 'seed.md'), 'edited by hand');
    const again = run([SEED, '--slug', 'seed'], dir);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/skipped .*seed\.md: it exists already/);
    expect(again.stdout).toContain('imported 0, refused 0, skipped 1');
    expect(readFileSync(path.join(dir, 'seed.md'), 'utf8')).toBe('edited by hand');
    const forced = run([SEED, '--slug', 'seed', '--force'], dir);
    expect(forced.stdout).toContain('imported 1, refused 0, skipped 0');
    expect(readFileSync(path.join(dir, 'seed.md'), 'utf8')).toMatch(/^---\nkicker: 幹字當頭/);
  });

  test('a file that is not UTF-8 is refused, not imported as replacement characters', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'import-'));
    const big5 = path.join(dir, 'big5.txt');
    writeFileSync(big5, Buffer.from([0xbc, 0xd0, 0xc3, 0x44, 0x0a, 0xa4, 0xe5, 0xa6, 0x72]));
    const result = run([big5], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${big5}: is not UTF-8 text`);
  });

  test('a garbled file is refused with its position and nothing is written', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'import-'));
    const garbled = path.join(dir, 'garbled.txt');
    writeFileSync(garbled, '標題\n轉變?yōu)推動。\n');
    const result = run([garbled], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${garbled}:2:3: garbled text`);
  });
});

describe('npm run import of many articles at once', () => {
  const run = (args: string[], dir: string) =>
    spawnSync(process.execPath, ['src/cli/import.ts', ...args], {
      env: { ...process.env, CONTENT_DIR: dir },
      encoding: 'utf8',
    });
  /** A folder of sources: two good plain-text articles, one garbled, and a corpus of four lines. */
  const sources = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'import-sources-'));
    writeFileSync(path.join(dir, 'harbour.txt'), '港口擴建工程啟動\n\n市政府表示，港口擴建工程今日啟動。\n');
    writeFileSync(path.join(dir, 'school.txt'), '新校區明年啟用\n\n教育局表示，新校區明年九月啟用。\n');
    writeFileSync(path.join(dir, 'garbled.txt'), '歌手新專輯\n\n歌手徐若?今天發表新專輯。\n');
    const line = (id: number, section: string, title: string, paragraphs: string[]) =>
      JSON.stringify({ id, section, title, paragraphs });
    writeFileSync(
      path.join(dir, 'news.jsonl'),
      [
        line(1, '体育', '主队加时取胜', ['主队在加时赛中取胜。', '教练表示，球队状态正在恢复。']),
        line(2, '娱乐', '歌手发表新专辑', ['歌手徐若?今天发表新专辑。']),
        line(3, '军事', '演习结束', ['演习今天结束。']),
        line(4, '财经', '股市小幅上涨', ['股市今天小幅上涨，成交量放大。']),
      ].join('\n') + '\n',
    );
    return dir;
  };

  test('imports every good article, refuses each broken one with file, line and column, and goes on', async () => {
    const from = sources();
    const into = mkdtempSync(path.join(tmpdir(), 'import-into-'));
    const result = run([from, '--date', '2025-01-01'], into);
    expect(result.status).toBe(1);
    const refused = result.stderr.trim().split('\n');
    expect(refused).toEqual([
      expect.stringMatching(new RegExp(`^refused ${from}/garbled\\.txt:3:5: garbled text`)),
      expect.stringMatching(new RegExp(`^refused ${from}/news\\.jsonl:2:\\d+: garbled text "[^"]*徐若\\?今`)),
      expect.stringMatching(new RegExp(`^refused ${from}/news\\.jsonl:3:\\d+: unknown section "军事"`)),
    ]);
    expect(result.stdout).toContain('imported 4, refused 3, skipped 0');
    expect(readdirSync(into).sort()).toEqual(['harbour.md', 'news-1.md', 'news-4.md', 'school.md']);
    // Corpus entries are valid articles as the build reads them (section mapped, date given); a plain text names
    // no section, so its entry waits for the editor's.
    const problems = (slug: string) => {
      const parsed = articleSchema.safeParse(
        splitArticle(readFileSync(path.join(into, `${slug}.md`), 'utf8')).frontmatter,
      );
      return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
    };
    expect(['harbour', 'news-1', 'news-4', 'school'].map(problems)).toEqual([['section'], [], [], ['section']]);
    writeFileSync(
      path.join(into, 'harbour.md'),
      readFileSync(path.join(into, 'harbour.md'), 'utf8').replace(/^section: TODO.*$/m, 'section: society'),
    );
    writeFileSync(
      path.join(into, 'school.md'),
      readFileSync(path.join(into, 'school.md'), 'utf8').replace(/^section: TODO.*$/m, 'section: education'),
    );
    const root = pathToFileURL(`${into}/`);
    const articles = await readArticles(root, root);
    expect(articles.map((a) => [a.slug, a.data.section, a.data.script, a.data.title])).toEqual([
      ['harbour', 'society', 'zh-Hant', '港口擴建工程啟動'],
      ['news-1', 'sports', 'zh-Hans', '主队加时取胜'],
      ['news-4', 'finance', 'zh-Hans', '股市小幅上涨'],
      ['school', 'education', 'zh-Hant', '新校區明年啟用'],
    ]);
    expect(articles.find((a) => a.slug === 'news-1')!.body.trim()).toBe(
      '主队在加时赛中取胜。\n\n教练表示，球队状态正在恢复。',
    );
  });

  test('without --date a corpus entry is dated TODO, which the build refuses', () => {
    const from = sources();
    const into = mkdtempSync(path.join(tmpdir(), 'import-into-'));
    run([path.join(from, 'news.jsonl')], into);
    const { frontmatter } = splitArticle(readFileSync(path.join(into, 'news-1.md'), 'utf8'));
    expect(frontmatter).toMatchObject({ section: 'sports', date: 'TODO' });
    const parsed = articleSchema.safeParse(frontmatter);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['date']);
  });

  test('a second run skips what exists and leaves it alone; --force replaces it; no temporary file is left', () => {
    const from = sources();
    const into = mkdtempSync(path.join(tmpdir(), 'import-into-'));
    run([path.join(from, 'news.jsonl'), '--date', '2025-01-01'], into);
    writeFileSync(path.join(into, 'news-1.md'), 'edited by hand');
    const again = run([path.join(from, 'news.jsonl'), '--date', '2025-01-01'], into);
    expect(again.stdout).toContain('imported 0, refused 2, skipped 2');
    expect(readFileSync(path.join(into, 'news-1.md'), 'utf8')).toBe('edited by hand');
    const forced = run([path.join(from, 'news.jsonl'), '--date', '2025-01-01', '--force'], into);
    expect(forced.stdout).toContain('imported 2, refused 2, skipped 0');
    expect(readFileSync(path.join(into, 'news-1.md'), 'utf8')).toMatch(/^---\ntitle: 主队加时取胜/);
    expect(readdirSync(into).sort()).toEqual(['news-1.md', 'news-4.md']);
  });
});
