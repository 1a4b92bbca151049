/**
 * What the cleaner and the extractor say to each other. The cleaner sends a serialized copy of the
 * page; the extractor (an offscreen document in Chromium, the event page in Firefox) parses it off
 * the page's main thread, runs Readability and the attribution readers on it, and answers with
 * element numbers: positions in the page's `getElementsByTagName('*')` order.
 */
import type { ReadabilityMetadata } from './attribution/extract-attribution';
import type { Attribution } from './attribution/model';

/** Content script -> extractor. */
export interface ExtractRequest {
  type: 'extract';
  /** The live page's doctype and `document.documentElement.outerHTML`. */
  html: string;
  /** The page's address and its base URL (they differ under a `<base href>`). */
  url: string;
  baseUrl: string;
  /** How many elements the live page had when it was serialized. */
  elements: number;
  maxElements: number;
}

/** Where Readability's article is, as element numbers, with what is needed to check the mapping. */
export interface ArticleFound {
  kind: 'article';
  /** Element count of the copy: must equal the live page's for the numbers to mean anything. */
  elements: number;
  /** Numbers of every element Readability kept. */
  kept: number[];
  /** Per kept element: its tag (localName) and its parent's number (-1: none), to verify the pairing. */
  keptTags: string[];
  keptParents: number[];
  /** Numbers of the elements standing for Readability's top-level blocks. */
  top: number[];
  textLength: number;
  metadata: ReadabilityMetadata;
  /**
   * The numbers of the blocks Readability took for the article first that are beside it (a
   * sidebar, comments, an author box, a consent notice) and were left out of this reading: the
   * cleaner hides them.
   */
  setAside?: number[];
}

export type ArticleReading = ArticleFound | { kind: 'too-large'; elements: number } | { kind: 'no-article'; reason: string };

/** Extractor -> content script. */
export type ExtractReply = ArticleReading & { attribution?: Attribution };

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const isIndexList = (x: unknown): x is number[] => Array.isArray(x) && x.every((n) => Number.isSafeInteger(n) && n >= -1);

export function isExtractRequest(x: unknown): x is ExtractRequest {
  return (
    isRecord(x) &&
    x.type === 'extract' &&
    typeof x.html === 'string' &&
    typeof x.url === 'string' &&
    typeof x.baseUrl === 'string' &&
    Number.isSafeInteger(x.elements) &&
    Number.isSafeInteger(x.maxElements)
  );
}

export function isExtractReply(x: unknown): x is ExtractReply {
  if (!isRecord(x)) return false;
  if (x.kind === 'no-article') return typeof x.reason === 'string';
  if (x.kind === 'too-large') return Number.isSafeInteger(x.elements);
  if (x.kind !== 'article') return false;
  return (
    Number.isSafeInteger(x.elements) &&
    isIndexList(x.kept) &&
    isIndexList(x.keptParents) &&
    Array.isArray(x.keptTags) &&
    x.keptTags.every((t) => typeof t === 'string') &&
    x.keptTags.length === x.kept.length &&
    x.keptParents.length === x.kept.length &&
    isIndexList(x.top) &&
    typeof x.textLength === 'number' &&
    isRecord(x.metadata) &&
    (x.setAside === undefined || isIndexList(x.setAside))
  );
}
