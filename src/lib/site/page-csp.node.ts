/**
 * A page's Content-Security-Policy with only the hashes that page needs. Astro's meta CSP lists the hash of every
 * inline script and style of the whole build, and of every script and stylesheet file besides, on every page:
 * 17 hashes, about 550 B gzip, where a page has one inline script and one inline style ('self' covers the files).
 * Hashes of nothing on the page allow nothing on it, so leaving them out changes nothing the browser permits.
 * Runs in Node, at build time (src/middleware.ts).
 */
import { createHash } from 'node:crypto';

const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
// Raw-text elements without a src: the text between the tags is exactly what the browser hashes.
const INLINE = /<(script|style)\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/\1>/gi;

/** The page with its CSP's hash sources cut down to those of the inline scripts and styles it holds. */
export function withOwnHashesOnly(html: string): string {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const own = new Set<string>();
  for (const [, , attributes, text] of html.matchAll(INLINE)) {
    if (/\ssrc=/i.test(attributes!)) continue;
    own.add(`'sha256-${createHash('sha256').update(text!).digest('base64')}'`);
  }
  const policy = meta[2]!.replace(/'sha256-[A-Za-z0-9+/=]+'\s?/g, (source) => (own.has(source.trim()) ? source : ''));
  return (
    html.slice(0, meta.index) + meta[1] + policy.replace(/ ;/g, ';') + meta[3] + html.slice(meta.index + meta[0].length)
  );
}
