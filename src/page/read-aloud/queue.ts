/**
 * What read aloud reads, in order: the headline, then the article block by block as the cleaned
 * page shows it. Built from the blocks the cleanup kept (the root and its extras), never from the
 * page at large. Reads the page, never writes to it; runs in jsdom.
 *
 * - A block is the deepest element of a reading tag (p, li, h1-h6, blockquote, dd, dt) or any
 *   element whose own text is not inside such a tag (a site's <div> paragraphs, a byline div).
 * - Left out: captions and whatever is inside a <figure>, the image credits the attribution found
 *   (by their text), tables and code listings (read cell by cell or symbol by symbol they are
 *   noise; the reader sees them on the page), controls, anything the cleaned page does not show
 *   (`isShown`), and blocks with no letter or digit (separators).
 * - The headline is read first even where the page puts a kicker or an image above it; a block
 *   repeating a text already read (Readability keeps the headline in the body on some pages) is
 *   read once, and so is a byline: a short block naming one of the authors, read the first time.
 * - Long blocks are spoken in chunks (chunks.ts), but marked as one block.
 */
import { splitIntoChunks } from './chunks';

export interface QueueItem {
  /** The element the reader sees marked while this item is read (none for a headline not on the page). */
  element?: Element;
  /** Whitespace-normalized text of the block. */
  text: string;
  /** What is spoken, one utterance each, in order. */
  chunks: string[];
}

export interface QueueInput {
  /** The blocks the cleanup keeps visible (the root and its extras), in any order. */
  keepNodes: readonly Element[];
  /** The headline the attribution read, if any. */
  headline?: string;
  /** The authors' names (a byline is read once). */
  authors?: readonly string[];
  /** Image credit lines (never read). */
  credits?: readonly string[];
  /** The article's language, for sentence boundaries. */
  lang?: string;
  /** Whether the cleaned page shows the element (hidden by us, by the page, or aria-hidden). */
  isShown?: (el: Element) => boolean;
}

/** The most items one queue holds, and the most elements it looks at: bounds the walk by the input. */
export const MAX_QUEUE_ITEMS = 5_000;
export const MAX_WALKED_ELEMENTS = 60_000;
/** A byline is at most this many words long. */
const BYLINE_MAX_WORDS = 14;

/** Tags whose deepest element is one read-aloud block. */
const READING_TAGS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'dd', 'dt']);
/** Tags never read, with everything inside. */
const SKIPPED_TAGS = new Set([
  'figure',
  'figcaption',
  'table',
  'pre',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'button',
  'input',
  'select',
  'textarea',
  'form',
  'nav',
  'aside',
  'iframe',
  'object',
  'video',
  'audio',
  'canvas',
  'picture',
  'img',
]);
/** Tags that break text into blocks (everything else is inline for read aloud). */
const BLOCK_TAGS = new Set([
  ...READING_TAGS,
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'ul',
  'ol',
  'dl',
  'hr',
  'br',
  'address',
  'details',
  'summary',
  'figure',
  'table',
  'pre',
  'nav',
  'aside',
  'form',
]);

export const normalizeText = (text: string): string => text.replace(/\s+/g, ' ').trim();
const hasWords = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);
const wordCount = (text: string): number => text.split(' ').filter(Boolean).length;
const key = (text: string): string =>
  text
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function defaultShown(el: Element): boolean {
  return !el.hasAttribute('hidden') && el.getAttribute('aria-hidden') !== 'true';
}

/** The keep nodes without those inside another, in document order. */
function outermost(nodes: readonly Element[]): Element[] {
  const unique = [...new Set(nodes)].filter((el) => !nodes.some((other) => other !== el && other.contains(el)));
  return unique.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
}

interface Walk {
  isShown: (el: Element) => boolean;
  seen: number;
  /** The elements with a block inside (one pass over each root: see markBlockHolders). */
  holders: Set<Element>;
}

const skipped = (el: Element, walk: Walk): boolean => SKIPPED_TAGS.has(el.localName) || !walk.isShown(el);

/** The text a reader sees in `el`: its text nodes outside skipped and hidden elements. */
function visibleText(el: Element, walk: Walk): string {
  let out = '';
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) out += child.nodeValue ?? '';
    else if (child.nodeType === 1) {
      const e = child as Element;
      if (++walk.seen > MAX_WALKED_ELEMENTS) break;
      if (skipped(e, walk)) continue;
      out += e.localName === 'br' ? ' ' : visibleText(e, walk);
    }
  }
  return out;
}

/**
 * Marks every element under `root` (and `root`) that has a block element inside: from each block,
 * up its ancestors until one already marked, so each element is marked once (linear in the size).
 */
function markBlockHolders(root: Element, holders: Set<Element>): void {
  const all = root.getElementsByTagName('*');
  const n = Math.min(all.length, MAX_WALKED_ELEMENTS);
  for (let i = 0; i < n; i++) {
    const el = all[i] as Element;
    if (el.localName === 'br' || !BLOCK_TAGS.has(el.localName)) continue;
    for (let up = el.parentElement; up && !holders.has(up); up = up.parentElement) {
      holders.add(up);
      if (up === root) break;
    }
  }
}

/**
 * The blocks under `el`, in document order: `el` itself when it holds no block, else its runs of
 * inline content (marked on `el`) and its block children's blocks.
 */
function collectBlocks(el: Element, walk: Walk, out: Array<{ element: Element; text: string }>): void {
  if (out.length >= MAX_QUEUE_ITEMS || ++walk.seen > MAX_WALKED_ELEMENTS || skipped(el, walk)) return;
  if (!walk.holders.has(el)) {
    out.push({ element: el, text: visibleText(el, walk) });
    return;
  }
  let run = '';
  const flush = () => {
    if (hasWords(run)) out.push({ element: el, text: run });
    run = '';
  };
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) run += child.nodeValue ?? '';
    else if (child.nodeType === 1) {
      const e = child as Element;
      if (BLOCK_TAGS.has(e.localName) || walk.holders.has(e)) {
        flush();
        collectBlocks(e, walk, out);
      } else if (!skipped(e, walk)) run += visibleText(e, walk);
    }
  }
  flush();
}

/** The headline's element: an <h1> with the headline's text, else any kept block with it, else the first <h1>. */
function findHeadlineElement(roots: readonly Element[], headline: string | undefined, walk: Walk): Element | undefined {
  const h1s = roots.flatMap((root) => (root.localName === 'h1' ? [root] : Array.from(root.getElementsByTagName('h1')))).filter((h) => walk.isShown(h));
  if (headline === undefined) return h1s[0];
  const wanted = key(headline);
  return h1s.find((h) => key(h.textContent ?? '') === wanted) ?? h1s[0];
}

/** The reading queue of a cleaned page (see the module's comment). */
export function buildQueue(input: QueueInput): QueueItem[] {
  const walk: Walk = { isShown: input.isShown ?? defaultShown, seen: 0, holders: new Set() };
  const roots = outermost(input.keepNodes).filter((el) => el.isConnected);
  for (const root of roots) markBlockHolders(root, walk.holders);
  const headlineText = input.headline ? normalizeText(input.headline) : undefined;
  const headlineEl = findHeadlineElement(roots, headlineText, walk);
  const credits = (input.credits ?? []).map(key).filter(Boolean);
  const authors = (input.authors ?? []).map(key).filter((a) => a.length > 2);

  const items: QueueItem[] = [];
  const read = new Set<string>();
  let bylineRead = false;
  const add = (element: Element | undefined, raw: string) => {
    const text = normalizeText(raw);
    if (!hasWords(text) || items.length >= MAX_QUEUE_ITEMS) return;
    const k = key(text);
    if (read.has(k)) return;
    if (credits.some((c) => c === k || (c.includes(k) && k.length > 8) || (k.includes(c) && k.length <= c.length + 24))) return;
    if (wordCount(text) <= BYLINE_MAX_WORDS && authors.some((a) => ` ${k} `.includes(` ${a} `))) {
      if (bylineRead) return;
      bylineRead = true;
    }
    read.add(k);
    items.push({ ...(element ? { element } : {}), text, chunks: splitIntoChunks(text, input.lang) });
  };

  if (headlineEl) add(headlineEl, visibleText(headlineEl, walk));
  else if (headlineText) add(undefined, headlineText);
  const blocks: Array<{ element: Element; text: string }> = [];
  for (const root of roots) collectBlocks(root, walk, blocks);
  for (const block of blocks) {
    if (headlineEl && (block.element === headlineEl || headlineEl.contains(block.element))) continue;
    add(block.element, block.text);
  }
  return items;
}
