/**
 * Which articles a build publishes. A draft, or an article dated in the
 * future (an embargo), is left out of a build; `astro dev` and the preview
 * build (`npm run build:preview`, PREVIEW=1) show them with a banner. "Now"
 * is BUILD_TIME when set, so tests and scheduled builds are deterministic.
 * Runs at build time and in `astro dev`.
 */
import { parseArticleDate } from './dates.ts';

/** Where an article stands: published, a draft, or scheduled for a later time. */
export type Publication = 'published' | 'draft' | 'scheduled';

/** The instant the build counts as now: BUILD_TIME (ISO, like a frontmatter date) or the clock. */
export function buildTime(): Date {
  const text = process.env['BUILD_TIME'];
  if (!text) return new Date();
  const time = parseArticleDate(text);
  if (!time) throw new Error(`BUILD_TIME="${text}" is not a date: write YYYY-MM-DD or YYYY-MM-DDTHH:MM+08:00`);
  return time;
}

/** Whether this is the preview build: everything included, with banners, and nothing indexed by search engines. */
export function isPreviewBuild(): boolean {
  return process.env['PREVIEW'] === '1';
}

/** Where an article stands at `now`. */
export function publicationOf(data: { draft?: boolean | undefined; date: Date }, now: Date): Publication {
  if (data.draft) return 'draft';
  return data.date > now ? 'scheduled' : 'published';
}
