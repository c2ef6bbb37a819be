import { describe, expect, test } from 'vitest';
import { siteUrlWarning } from '../../src/integrations/site-url-warning.ts';

describe('the build without SITE_URL', () => {
  test('warns, naming the origin every absolute URL would point at and how to set it', () => {
    const warning = siteUrlWarning({}, 'http://127.0.0.1:4321');
    expect(warning).toContain('SITE_URL is not set');
    expect(warning).toContain('http://127.0.0.1:4321');
    expect(warning).toMatch(/canonical.*feeds.*sitemap/s);
    expect(warning).toContain('SITE_URL=https://');
  });

  test('is quiet when SITE_URL is set', () => {
    expect(siteUrlWarning({ SITE_URL: 'https://news.example.org' }, 'http://127.0.0.1:4321')).toBeUndefined();
  });
});
