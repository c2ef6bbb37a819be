/** Stable paragraph ids, the same in every variant. A rehype plugin: runs at build time. */
import type { Root } from 'hast';

/**
 * Gives each top-level paragraph a stable id (p1, p2, …). Ids are assigned once,
 * before conversion, so they are identical in every variant: the script switch
 * and paragraph permalinks rely on that.
 */
export function rehypeParagraphIds() {
  return (tree: Root): void => {
    let n = 0;
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'p') {
        n++;
        node.properties.id ??= `p${n}`;
      }
    }
  };
}
