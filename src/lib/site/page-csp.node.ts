/**
 * A page's Content-Security-Policy with only the hashes that page needs. Astro's meta CSP lists the hash of every
 * inline script and style of the whole build, and of every script and stylesheet file besides, on every page:
 * 17 hashes (653 B gzip on an article page), where a page has one inline script and one inline style ('self'
 * covers the files). Hashes of nothing on the page allow nothing on it, so leaving them out changes nothing the
 * browser permits. Runs in Node, at build time (src/middleware.ts).
 */
import { createHash } from 'node:crypto';

const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const HASH_SOURCE = /'sha256-[A-Za-z0-9+/=]+'\s?/g;
// Every comment and tag in order, script and style elements whole (raw text: what lies between their tags is
// exactly what the browser hashes). Read tag by tag, a '<style>' inside a quoted attribute value, which Astro
// leaves as it is (a headline about HTML, in og:title), stays part of its tag.
const TAGS =
  /<!--[\s\S]*?-->|<(script|style)\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/\1\s*>|<[a-z!/?](?:[^>"']|"[^"]*"|'[^']*')*>/gi;

/** The hash sources of a page's inline scripts and styles (a script with a src is a file, not inline). */
function ownHashes(html: string): Set<string> {
  const own = new Set<string>();
  for (const [, element, attributes, text] of html.matchAll(TAGS)) {
    if (element && !/\ssrc=/i.test(attributes!))
      own.add(`'sha256-${createHash('sha256').update(text!).digest('base64')}'`);
  }
  return own;
}

/** The page with its CSP's hash sources cut down to those of the inline scripts and styles it holds. */
export function withOwnHashesOnly(html: string): string {
  return html.replace(CSP_META, (_, open: string, policy: string, close: string) => {
    const own = ownHashes(html);
    const kept = policy.replace(HASH_SOURCE, (source) => (own.has(source.trim()) ? source : ''));
    return open + kept.replace(/ ;/g, ';') + close;
  });
}
