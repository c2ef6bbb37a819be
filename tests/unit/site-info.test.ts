/** The site-information table and the footer links made from it, in each script. */
import { expect, test } from 'vitest';
import { infoLinks, siteInfo } from '../../src/lib/site/site-info.ts';
import { variantBySegment } from '../../src/lib/variants/variants.ts';

const hant = variantBySegment('zh-hant');
const hans = variantBySegment('zh-hans');

test('the table gives a way to reach the newsroom and the licence’s text', () => {
  expect(siteInfo.contact).toMatch(/^(mailto:[^@\s]+@[^@\s]+\.[a-z]+|https:\/\/\S+)$/);
  expect(siteInfo.licence).toMatch(/^https:\/\/\S+$/);
});

test('without an about page, the footer links contact and licence, named in each script', () => {
  const info = { contact: 'mailto:desk@example.org', licence: 'https://example.org/licence' };
  expect(infoLinks(hant, info)).toEqual([
    { name: '聯絡我們', url: 'mailto:desk@example.org' },
    { name: '授權條款', url: 'https://example.org/licence', rel: 'license' },
  ]);
  expect(infoLinks(hans, info).map((link) => link.name)).toEqual(['联系我们', '许可协议']);
});

test('an about page the table names comes first', () => {
  const info = { about: '/about/', contact: 'https://example.org/contact', licence: 'https://example.org/licence' };
  expect(infoLinks(hans, info)[0]).toEqual({ name: '关于本站', url: '/about/' });
  expect(infoLinks(hans, info)).toHaveLength(3);
});
