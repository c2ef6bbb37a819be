/** Fetches a variant's search folding table (built by [variant]/search-folding.json.ts), once per page. */
import type { Folding } from '../../lib/search-query';
import { withBase } from '../../lib/urls';

const loaded = new Map<string, Promise<Folding>>();

/** The folding table of the variant with this URL segment. */
export function loadFolding(segment: string): Promise<Folding> {
  let folding = loaded.get(segment);
  if (!folding) {
    folding = fetch(withBase(`${segment}/search-folding.json`)).then((r) => {
      if (!r.ok) throw new Error(`search folding table: HTTP ${r.status}`);
      return r.json() as Promise<Folding>;
    });
    loaded.set(segment, folding);
  }
  return folding;
}
