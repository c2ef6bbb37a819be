/**
 * What the search index takes from a built page: the text inside the element
 * marked `data-search-body` (the article), block by block, leaving out what is
 * marked `data-search-ignore`; its headline (the first h1) and where the
 * headline breaks between phrases (its `<wbr>`s), its day
 * (`data-search-date`) and its section (the `article:section` meta, in the
 * page's script). Pages without that element (lists, retracted articles) are
 * not indexed. Runs at build time, in the indexer.
 */
import { Parser } from 'htmlparser2';
import type { TextBlock } from './indexed-words.ts';

/** The element whose text is indexed, and the attributes that mark what is left out and the day. */
const SEARCH_BODY = 'data-search-body';
const SEARCH_IGNORE = 'data-search-ignore';
const SEARCH_DATE = 'data-search-date';

/** An indexed article, as read from its page. */
export interface IndexedPage {
  title: string;
  /** Offsets of the title where a line may break between phrases: where its `<wbr>`s were. */
  titleBreaks: number[];
  /** The China-time day of publication, as an ISO day. */
  day: string;
  section?: string;
  blocks: TextBlock[];
}

/** Elements that are blocks of text: a match never spans two, and an excerpt is one. */
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figcaption', 'td', 'th']);
/** Elements whose content is not text a reader reads. */
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript']);
/** Text as a reader sees it: runs of white space as one space, none at the ends. */
const collapsed = (text: string) => text.replace(/\s+/gu, ' ').trim();
/** Stands for a `<wbr>` in the headline's text while it is read. */
const BREAK = '\u0000';

/** The article a built page holds, or undefined for a page that is not indexed. */
export function indexedPage(html: string): IndexedPage | undefined {
  let depth = 0;
  // The body element's depth while it is read; -1 before it, and `done` after it.
  let bodyDepth = -1;
  let done = false;
  let ignoreDepth = -1;
  let day = '';
  let section: string | undefined;
  let title: string | undefined;
  let titleDepth = -1;
  let titleText = '';
  let titleBreaks: number[] = [];
  const blocks: IndexedPage['blocks'] = [];
  // The block being read, and the blocks it interrupted (a paragraph inside a list item).
  let current: { id?: string; text: string; depth: number } = { text: '', depth: -1 };
  const open: Array<typeof current> = [];
  const flush = () => {
    const text = collapsed(current.text);
    if (text) blocks.push(current.id ? { id: current.id, text } : { text });
    current.text = '';
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        depth++;
        if (done) return;
        if (name === 'meta' && attributes['property'] === 'article:section') section = attributes['content'];
        if (bodyDepth < 0) {
          if (SEARCH_BODY in attributes) {
            bodyDepth = depth;
            day = attributes[SEARCH_DATE] ?? '';
          }
          return;
        }
        if (ignoreDepth >= 0) return;
        if (SEARCH_IGNORE in attributes || NOT_TEXT.has(name)) {
          ignoreDepth = depth;
          return;
        }
        if (name === 'h1' && title === undefined) titleDepth = depth;
        if (name === 'wbr' && titleDepth >= 0) titleText += BREAK;
        if (BLOCKS.has(name)) {
          flush();
          open.push(current);
          current = { id: attributes['id'], text: '', depth };
        }
      },
      ontext(text) {
        if (done || bodyDepth < 0 || ignoreDepth >= 0) return;
        current.text += text;
        if (titleDepth >= 0) titleText += text;
      },
      onclosetag() {
        if (done || bodyDepth < 0) {
          depth--;
          return;
        }
        if (depth === ignoreDepth) ignoreDepth = -1;
        else if (depth === titleDepth) {
          const parts = collapsed(titleText).split(BREAK);
          title = parts.join('');
          titleBreaks = parts.slice(0, -1).map((part, i) => parts.slice(0, i).join('').length + part.length);
          titleDepth = -1;
        }
        if (depth === current.depth) {
          flush();
          current = open.pop()!;
        }
        if (depth === bodyDepth) {
          flush();
          done = true;
        }
        depth--;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  if (bodyDepth < 0) return undefined;
  return { title: title ?? blocks[0]?.text ?? '', titleBreaks, day, section, blocks };
}
