/**
 * Finds the article on the live page: Readability's reading of a copy (see src/reader), mapped
 * back to live elements after checking that copy and page pair element for element. The copy is
 * parsed off the page's main thread by the extractor when it can be (see ask-extractor.ts), or
 * cloned and read here.
 */
import type { ReadabilityMetadata } from '../attribution/extract-attribution';
import type { ArticleReading, PlannedCleanup } from '../../shared/extraction';
import { commonAncestor } from './common-ancestor';
import { LIMITS } from '../vocabulary';
import { readArticle } from './read-article';

export { MIN_ARTICLE_CHARS } from './read-article';
export { commonAncestor } from './common-ancestor';

/** Pages with more elements than this are not parsed (see the vocabulary). */
export const MAX_ELEMENTS = LIMITS.maxElements;

export type FoundArticle =
  | { kind: 'article'; root: Element; kept: Set<Element>; metadata: ReadabilityMetadata; textLength: number; setAside?: Element[] }
  | { kind: 'too-large'; elements: number }
  | { kind: 'no-article'; reason: string }
  /** The copy did not pair with the page (it changed, or does not survive serializing): read it again here. */
  | { kind: 'mismatch'; reason: string };

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
export function mapReading(reading: ArticleReading, live: ArrayLike<Element>, doc: Document): FoundArticle {
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
    return { kind: 'no-article', reason: 'The article could not be located on the page.' };
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
  return { root, keepNodes: [root, ...extras], hide, positioned };
}

/** Reads a clone of the page here, on the page's main thread. */
export function findArticle(doc: Document, maxElements = MAX_ELEMENTS): FoundArticle {
  const elements = doc.getElementsByTagName('*').length;
  if (elements > maxElements) return { kind: 'too-large', elements };
  const live = liveElements(doc);
  const clone = doc.cloneNode(true) as Document;
  const found = mapReading(readArticle(clone, maxElements, doc), live, doc);
  // A clone pairs with its page by construction; failing that, something unexpected happened.
  return found.kind === 'mismatch' ? { kind: 'no-article', reason: 'The page changed while it was being read.' } : found;
}
