/**
 * The search folding table, built at build time from the site's own aligned
 * texts: every character the site uses, in any variant, mapped to the
 * spellings it takes in each variant. A query character that appears nowhere
 * on the site cannot match anyway, so this small table replaces OpenCC's
 * dictionaries in the browser.
 */
import type { Folding } from './query.ts';

/**
 * Builds one variant's folding from passages aligned across variants: each
 * passage holds the same text in every variant (target included), by URL segment. Passages whose
 * lengths differ cannot be aligned character by character and are skipped.
 */
export function buildFolding(passages: ReadonlyArray<Readonly<Record<string, string>>>, target: string): Folding {
  const spellings = new Map<string, Set<string>>();
  for (const passage of passages) {
    const into = [...(passage[target] ?? '')];
    for (const text of Object.values(passage)) {
      const from = [...text];
      if (from.length !== into.length) continue;
      from.forEach((ch, i) => {
        if (!/\p{Script=Han}/u.test(ch)) return;
        const set = spellings.get(ch) ?? new Set<string>();
        set.add(into[i]!);
        spellings.set(ch, set);
      });
    }
  }
  const folding: Folding = {};
  for (const [ch, set] of [...spellings].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const spelled = [...set].sort().join('');
    if (spelled !== ch) folding[ch] = spelled;
  }
  return folding;
}
