/**
 * What the cleaner and the extractor say to each other. The cleaner sends a serialized copy of the
 * page; the extractor (an offscreen document in Chromium, the event page in Firefox) parses it off
 * the page's main thread, runs Readability and the attribution readers on it, and answers with
 * element numbers: positions in the page's `getElementsByTagName('*')` order.
 */
import type { ReadabilityMetadata } from '../reader/attribution/extract-attribution';
import type { Attribution } from '../reader/attribution/model';
import type { CleanOptions } from './messages';

/**
 * The largest copy the extractor reads (UTF-16 units of markup). Whoever sends it, the reader
 * refuses a larger one, and the cleaner does not send one: it reads the page in place.
 */
export const MAX_COPY_CHARS = 4_000_000;

/** The most elements the extractor reads, whatever `maxElements` a request names. */
export const MAX_COPY_ELEMENTS = 60_000;

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
  /** The reader's choices: when given, the extractor plans the cleanup on its copy too. */
  plan?: CleanOptions;
}

/**
 * The cleanup planned on the copy (cleanup-plan.ts), as element numbers: the page only checks
 * and applies it. The copy has no style sheets, so the blocks a fixed or sticky position would
 * hide are named for the page to look at.
 */
export interface PlannedCleanup {
  root: number;
  /** The headline, byline and other extras kept beside the root. */
  extras: number[];
  hide: number[];
  /** Dropped blocks left visible, which are hidden after all if the page has them fixed or sticky. */
  positioned: number[];
  /** [number, tag, parent number] of every element named above, to verify the pairing. */
  pairs: Array<[number, string, number]>;
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
  /** The cleanup planned on the copy, when the request asked for it and it could be planned. */
  plan?: PlannedCleanup;
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
    Number.isSafeInteger(x.maxElements) &&
    (x.plan === undefined || isCleanOptions(x.plan))
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
    Number.isFinite(x.textLength) &&
    isRecord(x.metadata) &&
    (x.setAside === undefined || isIndexList(x.setAside)) &&
    (x.plan === undefined || isPlannedCleanup(x.plan))
  );
}

function isPlannedCleanup(x: unknown): x is PlannedCleanup {
  return (
    isRecord(x) &&
    Number.isSafeInteger(x.root) &&
    isIndexList(x.extras) &&
    isIndexList(x.hide) &&
    isIndexList(x.positioned) &&
    Array.isArray(x.pairs) &&
    x.pairs.every((p) => Array.isArray(p) && p.length === 3 && Number.isSafeInteger(p[0]) && typeof p[1] === 'string' && Number.isSafeInteger(p[2]))
  );
}

const isCleanOptions = (x: unknown): x is CleanOptions => isRecord(x) && typeof x.keepComments === 'boolean' && typeof x.keepImages === 'boolean';
