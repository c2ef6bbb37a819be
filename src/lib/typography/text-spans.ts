/**
 * Marking runs of an article's text: every match of a pattern in the text
 * below a node (never in code) wrapped in a `<span>` with given properties.
 * Tate-chu-yoko and Latin words use it. Runs at build time.
 */
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';

/** Elements whose text is not prose, left as they are. */
const NOT_PROSE = ['code', 'pre', 'script', 'style'];

/** The text split into plain text and spans around each match of `pattern` (global). */
function split(text: string, pattern: RegExp, properties: Properties): ElementContent[] {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ type: 'text', value: text.slice(last, match.index) });
    parts.push({
      type: 'element',
      tagName: 'span',
      properties: structuredClone(properties),
      children: [{ type: 'text', value: match[0] }],
    });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
  return parts;
}

/** Wraps every match of `pattern` (a global RegExp) in the text below a node, outside code, in a span with `properties`, in place. */
export function wrapMatches(node: Root | Element, pattern: RegExp, properties: Properties): void {
  const marked: RootContent[] = [];
  for (const child of node.children as RootContent[]) {
    if (child.type === 'text') {
      marked.push(...split(child.value, pattern, properties));
      continue;
    }
    if (child.type === 'element' && !NOT_PROSE.includes(child.tagName)) wrapMatches(child, pattern, properties);
    marked.push(child);
  }
  // Only text was replaced, by text and spans: the node's kind of content is unchanged.
  node.children = marked as ElementContent[];
}
