import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LIST_ROUTES } from '../../src/lib/site/route-names.ts';
import { sectionIds } from '../../src/lib/sections/sections.ts';

// A list route's name is spelled in three places: its folder or page under src/pages/[variant]/, its URL in
// src/lib/site/urls.ts and the reserved names of src/lib/site/route-names.ts (which no article slug may take).
describe('list routes agree in their three places', () => {
  const sorted = (names: Iterable<string>) => [...new Set(names)].sort();
  // Routes of their own: folders and pages with a plain name (endpoints such as feed.xml have a dot, never a slug's).
  const pages = sorted(
    readdirSync('src/pages/[variant]')
      .map((name) => name.replace(/\.astro$/, ''))
      .filter((name) => !name.startsWith('[') && !name.includes('.')),
  );
  // The first literal segment after the variant in each URL urls.ts builds.
  const urls = sorted(
    [...readFileSync('src/lib/site/urls.ts', 'utf8').matchAll(/\$\{variant\.segment\}\/([a-z0-9-]+)\//g)].map(
      (m) => m[1]!,
    ),
  );
  // Pages of a list: the rest parameter's `page/N` (src/lib/site/pagination.ts).
  const pagination = [...readFileSync('src/lib/site/pagination.ts', 'utf8').matchAll(/`([a-z]+)\/\$\{number\}`/g)].map(
    (m) => m[1]!,
  );
  const reserved = sorted([...LIST_ROUTES].filter((name) => !(sectionIds as readonly string[]).includes(name)));

  test('every route folder or page has a URL in urls.ts, and every URL a route', () => {
    expect(urls).toEqual(pages);
  });

  test('every route, and the pages of lists, is a reserved name no article slug may take, and nothing else is', () => {
    expect(pagination).toEqual(['page']);
    expect(reserved).toEqual(sorted([...pages, ...pagination]));
  });

  test('every section is reserved', () => {
    for (const id of sectionIds) expect(LIST_ROUTES.has(id)).toBe(true);
  });
});
