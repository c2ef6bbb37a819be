/**
 * An article file's YAML frontmatter and Markdown body. YAML is read with the
 * 1.2 core schema, so a date stays the text the editor wrote (2025-02-19, or
 * 2025-02-19T10:30+08:00) and the schema decides what it means; js-yaml's
 * timestamps would make a day without a time UTC midnight. Runs in Node.
 */
import { parse } from 'yaml';

// The frontmatter block: `---` on the first line, up to the next line that is `---`.
const BLOCK = /^---\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

/** Splits an article file into its frontmatter (an object; empty when there is none) and body; throws on invalid YAML. */
export function splitArticle(source: string): { frontmatter: Record<string, unknown>; body: string } {
  const match = source.startsWith('---') ? BLOCK.exec(source) : null;
  if (!match) return { frontmatter: {}, body: source };
  const value: unknown = parse(match[1]!, { schema: 'core' }) ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new Error('the frontmatter is not a set of fields');
  return { frontmatter: value as Record<string, unknown>, body: source.slice(match[0].length) };
}
