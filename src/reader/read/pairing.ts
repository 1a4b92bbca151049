/**
 * Finds the article on the live page: Readability's reading of a copy (see src/reader), mapped
 * back to live elements after checking that copy and page pair element for element. The copy is
 * parsed off the page's main thread by the extractor when it can be (see ask-extractor.ts), or
 * cloned and read here.
 */
import type { ReadabilityMetadata } from '../attribution/extract-attribution';
import type { NoArticleWhy, NumberedReading, PlannedCleanup } from '../../shared/protocol';
import type { ReadingEstimate } from '../comfort/reading-time';
import { commonAncestor } from './common-ancestor';
import { LIMITS } from '../vocabulary';
import { readArticle } from './read-article';

export { MIN_ARTICLE_CHARS } from './read-article';
export { commonAncestor } from './common-ancestor';

/** Pages with more elements than this are not parsed (see the vocabulary). */
export const MAX_ELEMENTS = LIMITS.maxElements;

/** A reading mapped onto the page's live elements (NumberedReading is its form in element numbers). */
export type LiveReading =
  | { kind: 'article'; root: Element; kept: Set<Element>; metadata: ReadabilityMetadata; textLength: number; setAside?: Element[] }
  | { kind: 'too-large'; elements: number }
  | { kind: 'no-article'; reason: string; why?: NoArticleWhy }
  /** The copy did not pair with the page (it changed, or does not survive serializing): read it again here. */
  | { kind: 'mismatch'; reason: string };

/** A reading that found an article, on the live elements. */
export type LiveArticle = Extract<LiveReading, { kind: 'article' }>;

/** The live elements in document order, as numbered in a copy taken at the same moment (a static list). */
export function liveElements(doc: Document): ArrayLike<Element> {
  return doc.querySelectorAll('*');
}

/** Element `n` of `live`, if it has the tag and the parent (by number, -1: none) the copy gave it. */
function paired(live: ArrayLike<Element>, n: number, tag: string | undefined, parentNumber: number): Element | undefined {
  const el = live[n];
  const parent = parentNumber < 0 ? null : (live[parentNumber] ?? undefined);
  return el && el.localName === tag && el.parentElement === parent ? el : undefined;
}

/**
 * Maps a reading of a copy onto `live` (the page's elements when the copy was taken). Every kept
 * element must have the tag and the parent the copy gave it; otherwise the answer is 'mismatch'.
 */
export function mapReading(reading: NumberedReading, live: ArrayLike<Element>, doc: Document): LiveReading {
  if (reading.kind !== 'article') return reading;
  if (reading.elements !== live.length) return { kind: 'mismatch', reason: `copy has ${reading.elements} elements, page ${live.length}` };
  const kept = new Set<Element>();
  for (let j = 0; j < reading.kept.length; j++) {
    const el = paired(live, reading.kept[j] as number, reading.keptTags[j], reading.keptParents[j] as number);
    if (!el) return { kind: 'mismatch', reason: `element ${reading.kept[j]} does not pair` };
    kept.add(el);
  }
  const top = reading.top.map((n) => live[n]).filter((el): el is Element => el !== undefined && kept.has(el));
  const root = commonAncestor(top);
  if (root && !root.isConnected) return { kind: 'mismatch', reason: 'the article left the page' };
  if (!root || root === doc.documentElement || root === doc.head || !doc.body?.contains(root)) {
    return { kind: 'no-article', reason: 'The article could not be located on the page.', why: 'not-located' };
  }
  const setAside = (reading.setAside ?? []).map((n) => live[n]).filter((el): el is Element => el !== undefined);
  return { kind: 'article', root, kept, textLength: reading.textLength, metadata: reading.metadata, ...(setAside.length ? { setAside } : {}) };
}

/** A cleanup planned on the copy, on the live elements: the blocks to check for a fixed position aside. */
export interface MappedPlan {
  root: Element;
  keepNodes: Element[];
  hide: Element[];
  positioned: Element[];
  /** The reading time counted with the plan, on the copy. */
  reading?: ReadingEstimate;
}

/**
 * Maps a cleanup planned on a copy onto `live`, or undefined when any element it names does not
 * have the tag and parent the copy gave it (the page is then planned here).
 */
export function mapPlan(plan: PlannedCleanup, live: ArrayLike<Element>): MappedPlan | undefined {
  const checked = new Map<number, Element>();
  for (const [n, tag, parentNumber] of plan.pairs) {
    const el = paired(live, n, tag, parentNumber);
    if (!el) return undefined;
    checked.set(n, el);
  }
  const elements = (numbers: readonly number[]): Element[] | undefined => {
    const out: Element[] = [];
    for (const n of numbers) {
      const el = checked.get(n);
      if (!el) return undefined;
      out.push(el);
    }
    return out;
  };
  const root = elements([plan.root])?.[0];
  const extras = elements(plan.extras);
  const hide = elements(plan.hide);
  const positioned = elements(plan.positioned);
  if (!root?.isConnected || !extras || !hide || !positioned) return undefined;
  return { root, keepNodes: [root, ...extras], hide, positioned, ...(plan.reading ? { reading: plan.reading } : {}) };
}

/**
 * A cleanup planned on `all` (a document's elements in order), as element numbers with the
 * pairs to check them by: the inverse of mapPlan. Undefined if it names an element not in `all`.
 */
export function numberPlan(all: ArrayLike<Element>, plan: { root: Element; keepNodes: readonly Element[]; hide: readonly Element[] }, positioned: readonly Element[]): PlannedCleanup | undefined {
  const numberOf = new Map<Element, number>();
  for (let i = 0; i < all.length; i++) numberOf.set(all[i] as Element, i);
  const pairs = new Map<number, [number, string, number]>();
  const numbers = (els: readonly Element[]): number[] | undefined => {
    const out: number[] = [];
    for (const el of els) {
      const n = numberOf.get(el);
      if (n === undefined) return undefined;
      out.push(n);
      if (!pairs.has(n)) pairs.set(n, [n, el.localName, el.parentElement ? (numberOf.get(el.parentElement) ?? -1) : -1]);
    }
    return out;
  };
  const root = numbers([plan.root]);
  const extras = numbers(plan.keepNodes.filter((el) => el !== plan.root));
  const hide = numbers(plan.hide);
  const blocks = numbers(positioned);
  if (!root || !extras || !hide || !blocks) return undefined;
  return { root: root[0] as number, extras, hide, positioned: blocks, pairs: [...pairs.values()] };
}

/**
 * Reads a clone of the page here, on the page's main thread: the reading in element numbers
 * (of `live`, the page's elements now) and on the live elements.
 */
export function readHere(doc: Document, maxElements = MAX_ELEMENTS): { reading: NumberedReading; live: ArrayLike<Element>; found: LiveReading } {
  const elements = doc.getElementsByTagName('*').length;
  if (elements > maxElements) {
    const tooLarge = { kind: 'too-large', elements } as const;
    return { reading: tooLarge, live: [], found: tooLarge };
  }
  const live = liveElements(doc);
  const clone = doc.cloneNode(true) as Document;
  const reading = readArticle(clone, maxElements, doc);
  const found = mapReading(reading, live, doc);
  // A clone pairs with its page by construction; failing that, something unexpected happened.
  if (found.kind !== 'mismatch') return { reading, live, found };
  const changed = { kind: 'no-article', reason: 'The page changed while it was being read.', why: 'changed' } as const;
  return { reading: changed, live, found: changed };
}

/** Reads a clone of the page here and finds the article on it (see readHere). */
export function findArticle(doc: Document, maxElements = MAX_ELEMENTS): LiveReading {
  return readHere(doc, maxElements).found;
}
