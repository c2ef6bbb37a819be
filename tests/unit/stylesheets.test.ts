/** The cascade layers' order: every stylesheet that names it names the same, so whichever loads first sets it right. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const folder = 'src/styles';
const orderOf = (file: string) => /^@layer [^{;]+;/m.exec(readFileSync(`${folder}/${file}`, 'utf8'))?.[0];

describe('cascade layers', () => {
  test('vertical.css, written into <head> before the page’s own styles, declares the order global.css does', () => {
    expect(orderOf('global.css')).toMatch(/^@layer reset, .*, print;$/);
    expect(orderOf('vertical.css')).toBe(orderOf('global.css'));
  });

  test('no stylesheet declares another order', () => {
    const orders = readdirSync(folder).flatMap((file) => orderOf(file) ?? []);
    expect(new Set(orders)).toEqual(new Set([orderOf('global.css')]));
  });
});
