/**
 * Runs Mozilla Readability on a copy of a page and says where the article is as element numbers:
 * positions in the page's `getElementsByTagName('*')` order. The copy is either a clone of the live
 * document (in the page) or a parse of its serialized HTML (in the extractor, off the page's main
 * thread); either way it pairs one to one with the live elements, which the caller checks with the
 * tags and parents sent along.
 *
 * The numbers survive Readability: `_setNodeTag` copies attributes, and its retry rebuilds the tree
 * from innerHTML, which keeps attributes too.
 */
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { NumberedArticle, NumberedReading } from '../../shared/protocol';
import { commonAncestor } from './common-ancestor';
import { LEAK, LIMITS, normalizeText, rawTextLength, TAGS } from '../vocabulary';
import { misplacedPick } from './misplaced-pick';
import { leadsArticle } from '../plan/set-aside';

/** Numbers the copy's elements so that Readability's output can be traced back. Never set on the live page. */
export const NUMBER_ATTR = 'data-qr-n';
/** Less visible article text than this is not an article worth cleaning for (see the vocabulary). */
export const MIN_ARTICLE_CHARS = LIMITS.minArticleChars;

export interface Numbered {
  count: number;
  tags: string[];
  parents: Int32Array;
}

/** Numbers every element of `copy` in document order; records each one's tag and parent number. */
export function numberElements(copy: Document): Numbered {
  const all = copy.getElementsByTagName('*');
  const count = all.length;
  const tags = new Array<string>(count);
  const parents = new Int32Array(count);
  const numberOf = new Map<Element, number>();
  for (let i = 0; i < count; i++) {
    const el = all[i] as Element;
    el.setAttribute(NUMBER_ATTR, String(i));
    numberOf.set(el, i);
    tags[i] = el.localName;
    const parent = el.parentElement;
    parents[i] = parent ? (numberOf.get(parent) ?? -1) : -1;
  }
  return { count, tags, parents };
}

/**
 * A modal marks the rest of the page aria-hidden (or inert), and Readability skips aria-hidden
 * nodes as invisible, so it would miss the article behind a sign-up popup. In the copy only, the
 * containers that hold the page behind it (real text, a good share of the body's) lose those
 * attributes. What a site marks hidden itself stays hidden to Readability, as it is to bare
 * Readability: icons and duplicates, closed menus and dialogs, a teaser collection inside the
 * article.
 */
export function revealModalBackground(copy: Document): void {
  const candidates = Array.from(copy.querySelectorAll('[aria-hidden="true"], [inert]')).slice(0, LIMITS.maxHiddenCandidates);
  if (candidates.length === 0 || !copy.body) return;
  const bodyText = rawTextLength(copy.body);
  for (const el of candidates) {
    const text = rawTextLength(el);
    if (text < LIMITS.minBackgroundChars || text < LIMITS.minBackgroundShare * bodyText) continue;
    el.removeAttribute('aria-hidden');
    el.removeAttribute('inert');
  }
}

function numberOf(el: Element): number | undefined {
  const n = el.getAttribute(NUMBER_ATTR);
  if (n === null) return undefined;
  const i = Number(n);
  return Number.isSafeInteger(i) && i >= 0 ? i : undefined;
}

/** Numbers found in `root`'s subtree (root included), each once, in document order of the result. */
function numbersIn(root: Element): number[] {
  const seen = new Set<number>();
  const add = (el: Element) => {
    const n = numberOf(el);
    if (n !== undefined) seen.add(n);
  };
  add(root);
  for (const el of Array.from(root.getElementsByTagName('*'))) add(el);
  return [...seen];
}

/**
 * The numbers that stand for Readability's top-level blocks: for each child of the result, itself
 * when it is numbered, else its numbered descendants nearest the top.
 */
function topLevel(content: Element): number[] {
  const out: number[] = [];
  const visit = (el: Element, depth: number) => {
    const n = numberOf(el);
    if (n !== undefined) {
      out.push(n);
      return;
    }
    if (depth > LIMITS.maxNumberDepth) return;
    for (const child of Array.from(el.children)) visit(child, depth + 1);
  };
  for (const child of Array.from(content.children)) visit(child, 0);
  return out;
}

/**
 * Readability folds a `<div>` or `<section>` whose one child is another into that child, giving
 * the child the wrapper's attributes, our number included (`_simplifyNestedElements`), and it
 * rebuilds some such children as new paragraphs: either way the child's own number is gone while
 * its text is kept. So the only child (down the chain) of a kept wrapper counts as kept too;
 * otherwise the page would hide it as a block Readability dropped.
 */
export function withOnlyChildren(kept: number[], numbered: Numbered): number[] {
  const { count, tags, parents } = numbered;
  const children = new Int32Array(count);
  const onlyChild = new Int32Array(count).fill(-1);
  for (let i = 0; i < count; i++) {
    const parent = parents[i] as number;
    if (parent < 0) continue;
    children[parent] = (children[parent] as number) + 1;
    onlyChild[parent] = i;
  }
  const out = new Set(kept);
  for (const n of kept) {
    let m = n;
    while (TAGS.wrappers.has(tags[m] ?? '') && children[m] === 1) {
      const child = onlyChild[m] as number;
      if (!TAGS.wrappers.has(tags[child] ?? '') || out.has(child)) break;
      out.add(child);
      m = child;
    }
  }
  return [...out].sort((a, b) => a - b);
}

type Parsed = { kind: 'parsed'; content: Element | null | undefined; text: string; metadata: NumberedArticle['metadata'] } | { kind: 'too-large' };

/** Readability on `copy` (which it changes). */
function parseCopyOnce(copy: Document, maxElements: number): Parsed {
  // Loaded on first use: the cleaner's bundle carries Readability only for reading a page in place
  // (the fallback), and running its module code on every injection cost the page 1-2 ms for nothing.
  const { Readability } = require('@mozilla/readability') as { Readability: typeof ReadabilityClass };
  let parsed: ReturnType<ReadabilityClass<Element>['parse']>;
  try {
    parsed = new Readability<Element>(copy, { maxElemsToParse: maxElements, serializer: (node) => node as Element }).parse();
  } catch (error) {
    if (error instanceof Error && /elements found/.test(error.message)) return { kind: 'too-large' };
    throw error;
  }
  return {
    kind: 'parsed',
    content: parsed?.content,
    text: parsed?.textContent ?? '',
    metadata: {
      title: parsed?.title,
      byline: parsed?.byline,
      siteName: parsed?.siteName,
      publishedTime: parsed?.publishedTime,
      excerpt: parsed?.excerpt,
      lang: parsed?.lang,
      dir: parsed?.dir,
    },
  };
}

/** Readability's reading of a numbered copy, with its top-level block numbers and how much of its text is headings. */
interface Read {
  reading: NumberedReading;
  top?: number[];
  headingChars?: number;
}

function headingChars(content: Element): number {
  let chars = 0;
  for (const h of Array.from(content.querySelectorAll('h1, h2, h3, h4, h5, h6'))) chars += (h.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return chars;
}

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Readability wraps the text of a `<div>` that holds only text in a new `<p>` and puts that `<p>`
 * in the div's place: the new paragraph carries no number, so the div (a price, a date, a line of
 * a table made of divs) would count as dropped and be hidden while bare Readability shows its
 * text. Each unnumbered paragraph is traced back, by its text, to a `<div>` of `original` (the
 * untouched page's elements in document order, numbered by position as the copy is) under its
 * nearest numbered ancestor that the reading does not number yet, in document order. Bounded by LEAK.maxTracedParagraphs and LEAK.maxTraceCandidates.
 */
export function tracedParagraphs(content: Element, kept: readonly number[], original: ArrayLike<Element>): number[] {
  const have = new Set(kept);
  const out: number[] = [];
  const byAncestor = new Map<number, string[]>();
  let traced = 0;
  for (const p of Array.from(content.getElementsByTagName('p'))) {
    if (p.hasAttribute(NUMBER_ATTR)) continue;
    if (++traced > LEAK.maxTracedParagraphs) break;
    const text = squash(p.textContent);
    if (text === '') continue;
    let anc: Element | null = p.parentElement;
    while (anc && numberOf(anc) === undefined) anc = anc.parentElement;
    const n = anc ? numberOf(anc) : undefined;
    if (n === undefined) continue;
    const list = byAncestor.get(n) ?? [];
    list.push(text);
    byAncestor.set(n, list);
  }
  let scanned = 0;
  for (const [n, texts] of byAncestor) {
    const under = original[n];
    if (!under) continue;
    // An element's descendants follow it in document order: the numbers n+1, n+2… while inside it.
    let i = 0;
    for (let m = n + 1; m < original.length && i < texts.length && scanned < LEAK.maxTraceCandidates; m++, scanned++) {
      const el = original[m] as Element;
      if (!under.contains(el)) break;
      if (el.localName !== 'div' || have.has(m) || squash(el.textContent) !== texts[i]) continue;
      have.add(m);
      out.push(m);
      i++;
    }
  }
  // A div traced alone among its siblings is a label or a heading of the template ("Related
  // articles", "About the author"), which the plan judges as before; divs traced side by side
  // are the article's rows (a name and its price).
  const side = new Set(out.map((m) => original[m]));
  return out.filter((m) => {
    const el = original[m] as Element;
    return [el.previousElementSibling, el.nextElementSibling].some((s) => s !== null && side.has(s));
  });
}

/** One reading of a numbered copy, with the numbers of its top-level blocks even when too short to be an article. */
function readNumbered(copy: Document, numbered: Numbered, maxElements: number, original?: ArrayLike<Element>): Read {
  const parsed = parseCopyOnce(copy, maxElements);
  if (parsed.kind === 'too-large') return { reading: { kind: 'too-large', elements: numbered.count } };
  const { content } = parsed;
  if (!content) return { reading: { kind: 'no-article', reason: 'Readability found no article.', why: 'no-article' } };
  const top = topLevel(content);
  const textLength = parsed.text.replace(/\s+/g, ' ').trim().length;
  if (textLength < MIN_ARTICLE_CHARS) return { reading: { kind: 'no-article', reason: 'The page has too little article text.', why: 'too-little-text' }, top };
  const found = numbersIn(content);
  const kept = withOnlyChildren(original ? [...found, ...tracedParagraphs(content, found, original)] : found, numbered);
  return {
    top,
    headingChars: headingChars(content),
    reading: {
      kind: 'article',
      elements: numbered.count,
      kept,
      keptTags: kept.map((n) => numbered.tags[n] ?? ''),
      keptParents: kept.map((n) => numbered.parents[n] ?? -1),
      top,
      textLength,
      metadata: parsed.metadata,
    },
  };
}

/**
 * Whether `block` leads the article of `kept` (numbers of `all`) under the page's headline
 * (set-aside.ts): an `<h1>` that is the article's title, not the site's name in its logo.
 */
export function leadsReading(block: Element, kept: readonly number[], all: ArrayLike<Element>, title: string | null | undefined): boolean {
  const name = normalizeText(title);
  const isTitle = (h: Element) => {
    const text = normalizeText(h.textContent);
    return text !== '' && name !== '' && (name.includes(text) || text.includes(name));
  };
  const heads = Array.from(block.ownerDocument.querySelectorAll('body h1')).filter(isTitle);
  if (heads.length === 0) return false;
  const laterKept = new Set(kept.map((n) => all[n]).filter((el): el is Element => el !== undefined));
  return heads.some((h) => leadsArticle(block, h, laterKept));
}

/**
 * A reading this short whose text is mostly headings is the article's header (its headline and a
 * standfirst in an h2), taken for the article when the body is a single paragraph (a paywalled
 * lead): the header is set aside and the page read again for the body after it.
 */
/** Node.DOCUMENT_POSITION_FOLLOWING, spelled out so the module runs without DOM globals. */
const FOLLOWING = 4;

function isHeaderReading(read: Read): boolean {
  const { reading } = read;
  if (reading.kind !== 'article' || reading.textLength > LIMITS.maxHeaderChars) return false;
  return (read.headingChars ?? 0) >= LIMITS.minHeaderHeadingShare * reading.textLength;
}

/**
 * Finds the article in `copy` (which it changes: pass a copy, never the live page). `original` is
 * the page `copy` was taken from, untouched (the live page, or a spare copy), read only: when
 * Readability's pick lies in a block beside the article (see misplaced-pick.ts), that block is
 * left out of a fresh copy of it and the page read again, up to LIMITS.maxSetAside times; a pick too
 * short to be an article (a consent notice above a short post) counts too, and so does a first
 * reading that is the article's header (see isHeaderReading; the header is left out of the copy,
 * not hidden, and the new pick must follow it). A later reading is taken when it finds an article
 * that is not beside the article, with at least LIMITS.minSecondShare of the first reading's text if
 * that was one; otherwise the first stands.
 */
export function readArticle(copy: Document, maxElements: number, original?: Document): NumberedReading {
  const elements = copy.getElementsByTagName('*').length;
  if (elements > maxElements) return { kind: 'too-large', elements };
  const numbered = numberElements(copy);
  revealModalBackground(copy);
  const live = original?.getElementsByTagName('*');
  const all = live && live.length === numbered.count ? live : undefined;
  const first = readNumbered(copy, numbered, maxElements, all);
  if (!original || !all || first.reading.kind === 'too-large') return first.reading;
  const pickOf = (top: readonly number[] | undefined) => (top ? commonAncestor(top.map((n) => all[n]).filter((el): el is Element => el !== undefined)) : undefined);
  const left: number[] = []; // blocks left out of the copy
  const hidden: number[] = []; // …of which the cleaner hides (not a table: the article's own)
  let current = first;
  let header: Element | undefined; // a header Readability took for the article, set aside
  for (let round = 0; round < LIMITS.maxSetAside; round++) {
    const pick = pickOf(current.top);
    if (!pick) break;
    const beside = misplacedPick(pick);
    if (!beside && !(round === 0 && isHeaderReading(current))) break;
    if (!beside) header = pick;
    const number = Array.prototype.indexOf.call(all, beside?.block ?? pick);
    left.push(number);
    // A table is the article's own, a header too (the cleaner keeps its headline and standfirst).
    if (beside && !beside.table) hidden.push(number);
    const again = original.cloneNode(true) as Document;
    numberElements(again);
    revealModalBackground(again);
    const copyElements = again.getElementsByTagName('*');
    for (const el of left.map((n) => copyElements[n])) el?.remove();
    current = readNumbered(again, numbered, maxElements, all);
    const reading = current.reading;
    if (reading.kind === 'too-large') break;
    if (reading.kind !== 'article') continue;
    // What is left must be an article of its own, not the scraps around a block that was the
    // article after all (a table is the article's own: its text is not asked to be matched).
    if (first.reading.kind === 'article' && !beside?.table && reading.textLength < LIMITS.minSecondShare * first.reading.textLength) break;
    const laterPick = pickOf(reading.top);
    if (!laterPick || misplacedPick(laterPick)) continue;
    // A block named beside the article that leads it, right after the headline (set-aside.ts), was
    // the article after all when the second reading took what is around it (a layout "with
    // sidebar" and its menus, a newsletter issue's page and its testimonials): the first stands.
    // A review widget or a sign-up box under the headline, beside a shorter body, still goes.
    if (beside && !beside.table && first.reading.kind === 'article' && laterPick.contains(beside.block) && leadsReading(beside.block, reading.kept, all, reading.metadata.title)) break;
    // The body a header was taken for follows it.
    if (header && !(header.compareDocumentPosition(laterPick) & FOLLOWING)) break;
    return hidden.length > 0 ? { ...reading, setAside: hidden } : reading;
  }
  return first.reading;
}
