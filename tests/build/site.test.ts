import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatterFactory } from 'html-validate';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import type { ReviewReport } from '../../src/lib/review/report.node.ts';
import { buildSite } from '../support/build-site.ts';
import { htmlValidator } from '../support/page-quality.ts';
import { filesUnder } from '../support/pages.ts';
import { BUILT_ORIGIN, FIXTURE_BUILD_TIME } from '../support/sites.ts';
import { writeFixturePhotos } from '../support/test-photos.ts';

const DIST = 'dist';

const pages = filesUnder(DIST, (name) => name.endsWith('.html'));

describe('the built site', () => {
  test('has pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
  });

  test('every page is valid HTML (html-validate, recommended rules)', async () => {
    const validator = htmlValidator();
    const report = await validator.validateMultipleFiles(pages);
    expect(report.valid, formatterFactory('stylish')(report.results)).toBe(true);
  });

  test('every internal href and src resolves, and every #fragment exists on its page', () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      let set = ids.get(file);
      if (!set) {
        set = new Set();
        const walk = (node: Nodes) => {
          if (node.type === 'element' && typeof node.properties.id === 'string') set!.add(node.properties.id);
          if ('children' in node) node.children.forEach(walk);
        };
        walk(fromHtml(readFileSync(file, 'utf8')));
        ids.set(file, set);
      }
      return set;
    };
    const broken: string[] = [];
    for (const page of pages) {
      const pageUrl = new URL(`http://site/${path.relative(DIST, page).replace(/index\.html$/, '')}`);
      const walk = (node: Nodes) => {
        if (node.type === 'element') {
          for (const attribute of ['href', 'src'] as const) {
            const value = (node as Element).properties[attribute];
            if (typeof value !== 'string' || /^(mailto|data|javascript):/.test(value)) continue;
            // Links written absolute (canonical, alternates) to the site itself are internal too.
            const target = new URL(value.replace(`${BUILT_ORIGIN}/`, '/'), pageUrl);
            if (target.origin !== pageUrl.origin) continue;
            let file = path.join(DIST, decodeURIComponent(target.pathname));
            if (target.pathname.endsWith('/')) file = path.join(file, 'index.html');
            if (!existsSync(file)) broken.push(`${page}: ${value} (no ${file})`);
            else if (
              target.hash &&
              file.endsWith('.html') &&
              !idsOf(file).has(decodeURIComponent(target.hash.slice(1)))
            ) {
              broken.push(`${page}: ${value} (no ${target.hash} there)`);
            }
          }
        }
        if ('children' in node) node.children.forEach(walk);
      };
      walk(fromHtml(readFileSync(page, 'utf8')));
    }
    expect(broken).toEqual([]);
  });

  test('every page’s CSP allows exactly its own inline scripts and styles, by hash', () => {
    const wrong: string[] = [];
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
      if (!policy) {
        wrong.push(`${page}: no CSP`);
        continue;
      }
      const inPolicy = (directive: string) =>
        new RegExp(`${directive} ([^;]*)`).exec(policy)?.[1]?.match(/sha256-[^']+/g) ?? [];
      // Read by an HTML parser, as the browser reads the page: the hash of each element's text.
      const elements: Element[] = [];
      const walk = (node: Nodes) => {
        if (node.type === 'element') elements.push(node);
        if ('children' in node) node.children.forEach(walk);
      };
      walk(fromHtml(html));
      const inlineOf = (tag: string) =>
        elements
          // Scripts with a src are files ('self'); JSON-LD is data, which a CSP does not govern.
          .filter((e) => e.tagName === tag && !e.properties['src'] && e.properties['type'] !== 'application/ld+json')
          .map((e) => e.children.map((child) => (child.type === 'text' ? child.value : '')).join(''))
          .map((text) => `sha256-${createHash('sha256').update(text).digest('base64')}`);
      for (const [tag, directive] of [
        ['script', 'script-src'],
        ['style', 'style-src'],
      ] as const) {
        const [own, listed] = [inlineOf(tag).sort(), inPolicy(directive).sort()];
        if (own.join() !== listed.join()) wrong.push(`${page}: ${directive} lists ${listed}, the page has ${own}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('deployment headers', () => {
  /** The headers a host applies to a path: every rule that matches, joined (as Netlify and Cloudflare Pages do). */
  function headersFor(file: string, path: string): string[] {
    return file
      .split(/\n\n+/)
      .filter((block) => !block.startsWith('#'))
      .flatMap((block) => {
        const [pattern, ...headers] = block.split('\n');
        // A trailing * matches the rest of the path, a :placeholder one segment (as Netlify and Cloudflare read them).
        const source = pattern!
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/:\w+/g, '[^/]+')
          .replace(/\*$/, '.*');
        const matches = new RegExp(`^${source}$`).test(path);
        return matches ? headers.map((h) => h.trim()) : [];
      });
  }
  const file = readFileSync(path.join(DIST, '_headers'), 'utf8');
  const cacheControl = (p: string) => headersFor(file, p).filter((h) => h.startsWith('Cache-Control:'));

  test('every path gets the security headers a meta CSP cannot carry', () => {
    for (const p of ['/', '/zh-hant/yancheng-social-work-conference/', '/_astro/x.js']) {
      const headers = headersFor(file, p).join('\n');
      expect(headers).toContain("Content-Security-Policy: frame-ancestors 'none'");
      expect(headers).toContain('X-Content-Type-Options: nosniff');
      expect(headers).toMatch(/Referrer-Policy: \S+/);
      expect(headers).toMatch(/Permissions-Policy: \S+/);
    }
  });

  test('hashed files are cached for a year and pages briefly, each by exactly one rule', () => {
    const assets = readdirSync(path.join(DIST, '_astro')).map((f) => `/_astro/${f}`);
    // The chunks, fragments and filters of each Pagefind bundle, named by their content's hash.
    const index = filesUnder(path.join(DIST, 'search-index'))
      .filter((f) => /\/(index|fragment|filter)\/[^/]+$/.test(f))
      .map((f) => `/${path.relative(DIST, f)}`);
    expect(index.length).toBeGreaterThan(0);
    for (const p of [...assets, ...index])
      expect(cacheControl(p), p).toEqual(['Cache-Control: public, max-age=31536000, immutable']);
    for (const p of [
      '/',
      '/404.html',
      '/zh-hant/',
      '/zh-hans/yancheng-social-work-conference/',
      '/zh-hant/search-folding.json',
      '/search-index/zh-hans/parts.json',
      '/search-index/zh-hans/0/pagefind.js',
      '/search-index/zh-hans/0/pagefind-entry.json',
      '/search-index/zh-hans/0/wasm.unknown.pagefind',
    ]) {
      expect(cacheControl(p), p).toEqual(['Cache-Control: public, max-age=300, must-revalidate']);
    }
    // What the year-long rules cover really is content-hashed.
    expect(assets.filter((f) => !/[.-][\w-]{8}\.(js|css)$/.test(f))).toEqual([]);
    expect(index.filter((f) => !/_[0-9a-f]{7,}\.pf_(index|fragment|filter)$/.test(f))).toEqual([]);
  });
});

describe('builds are deterministic', () => {
  test('two clean builds produce byte-identical sites, search index included, and warn of nothing unexpected', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'deterministic-'));
    const [a, b] = ['a', 'b'].map((name) => path.join(root, name));
    for (const outDir of [a!, b!]) {
      const { status, output } = await buildSite({ outDir });
      expect(status, output).toBe(0);
      // And it warns of nothing but its unset SITE_URL (site-url-warning.ts).
      const warnings = output.split('\n').filter((line) => /\[WARN\]/.test(line) && !/\[site-url-warning\]/.test(line));
      expect(warnings).toEqual([]);
    }
    const listA = filesUnder(a!).map((f) => path.relative(a!, f));
    const listB = filesUnder(b!).map((f) => path.relative(b!, f));
    expect(listB).toEqual(listA);
    expect(listA.some((f) => f.startsWith('search-index/'))).toBe(true);
    const differing = listA.filter((f) => !readFileSync(path.join(a!, f)).equals(readFileSync(path.join(b!, f))));
    expect(differing).toEqual([]);
  });
});

describe('warm builds', () => {
  test('a site with photos, rebuilt from its cache after another site was built in this project, has every photo', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'warm-photos-'));
    cpSync('tests/fixtures', path.join(root, 'fixtures'), { recursive: true });
    const contentDir = path.join(root, 'fixtures', 'content');
    await writeFixturePhotos(contentDir);
    const photoSite = { contentDir, cacheDir: path.join(root, 'cache'), env: { BUILD_TIME: FIXTURE_BUILD_TIME } };
    const warm = path.join(root, 'warm');
    for (const [outDir, options] of [
      [path.join(root, 'cold'), photoSite],
      [path.join(root, 'other'), {}],
      [warm, photoSite],
    ] as const) {
      const { status, output } = await buildSite({ outDir, ...options });
      expect(status, output).toBe(0);
    }
    const html = readFileSync(path.join(warm, 'zh-hant', 'photo-report', 'index.html'), 'utf8');
    const images = [...html.matchAll(/\s(?:src|srcset)="([^"]+)"/g)]
      .flatMap(([, value]) => value!.split(',').map((candidate) => candidate.trim().split(' ')[0]!))
      .filter((url) => /\.(avif|webp|jpg)$/.test(url));
    // The lead photo and the body figure, each as AVIF, WebP and JPEG.
    expect(new Set(images.map((url) => url.split('.').at(-1))).size).toBe(3);
    expect(images.length).toBeGreaterThan(6);
    expect(images.filter((url) => !existsSync(path.join(warm, url)))).toEqual([]);
  });
});

describe('the conversion review report', () => {
  test('a build writes each article’s open choices to its cache folder, each place pointing at its character', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'review-report-'));
    const cacheDir = path.join(root, 'cache');
    const { status, output } = await buildSite({ outDir: path.join(root, 'dist'), cacheDir });
    expect(status, output).toBe(0);
    const report = JSON.parse(readFileSync(path.join(cacheDir, 'conversion-review.json'), 'utf8')) as ReviewReport;
    expect(report.articles.map((a) => a.slug)).toEqual(['yancheng-social-work-conference']);
    const places = report.groups.flatMap((group) =>
      group.phrases.flatMap((phrase) => phrase.places.map((place) => ({ ...place, source: group.source }))),
    );
    expect(places.length).toBe(report.articles[0]!.open);
    expect(places.length).toBeGreaterThan(0);
    for (const { file, line, column, source } of places) {
      expect(
        readFileSync(file, 'utf8')
          .split('\n')
          [line - 1]!.slice(column - 1),
      ).toMatch(new RegExp(`^${source}`));
    }
  });
});

describe('after astro build', () => {
  test('when the search index fails, each variant’s failure is reported, the review report is still written, and the build fails', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'after-astro-'));
    const site = path.join(root, 'not-built');
    const cacheDir = path.join(root, 'cache');
    const { status, stdout, stderr } = spawnSync(process.execPath, ['src/cli/after-astro.ts', site], {
      env: { ...process.env, ASTRO_CACHE_DIR: cacheDir },
      encoding: 'utf8',
    });
    expect(status, stdout + stderr).toBe(1);
    for (const segment of ['zh-hant', 'zh-hans']) expect(stderr).toContain(`search index of ${site} (${segment}):`);
    const report = JSON.parse(readFileSync(path.join(cacheDir, 'conversion-review.json'), 'utf8')) as ReviewReport;
    expect(report.articles.map((a) => a.slug)).toEqual(['yancheng-social-work-conference']);
  });
});
