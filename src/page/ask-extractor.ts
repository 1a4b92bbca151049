/**
 * Has the page read off its main thread: serializes it and hands the text to the extractor (see
 * extractor-route.ts). Serializing costs the page a fraction of a parse; the parse, Readability
 * and the attribution readers run elsewhere. The answer is checked and mapped back onto the
 * elements the page had at that moment (pairAnswer), as the in-place reader's answer is.
 */
import type { Attribution } from '../reader/attribution/model';
import type { CleanOptions, ExtractReply, ExtractRequest } from '../shared/protocol';
import { liveElements, mapPlan, mapReading, type LiveReading, type MappedPlan } from '../reader/read/pairing';
import { pageMarkup } from './serialize';

/** An extractor that has not answered by then is not coming: the page is read here instead. */
export const EXTRACTOR_TIMEOUT_MS = 12_000;

/** One way to the extractor: resolves to whatever came back, checked by the caller. */
export type Extractor = (request: ExtractRequest) => Promise<unknown>;

/** The extractor as the cleaner uses it: a reading checked to be one (see routeExtractor), or undefined. */
export type RoutedExtractor = (request: ExtractRequest) => Promise<ExtractReply | undefined>;

/** A reader's answer for the page and the page's elements it is numbered against. */
export interface Answer {
  reply: ExtractReply;
  live: ArrayLike<Element>;
  /** What the page changed while its copy was read (nodes added or removed), for the keeper. */
  changes?: MutationRecord[];
}

/** An answer checked against the page: the reading and its plan on the live elements. */
export interface PairedAnswer {
  found: Exclude<LiveReading, { kind: 'mismatch' }>;
  attribution?: Attribution;
  /** The cleanup planned with the reading, on the live elements (when it came and pairs). */
  plan?: MappedPlan;
  changes?: MutationRecord[];
}

/** `promise`'s value, or undefined if it has not settled within `ms` (the timer is cleared either way). */
export function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * The extractor's answer for a copy of the page, or undefined when it failed or did not answer
 * (then the caller reads the page itself). With `plan`, the reader's choices, the extractor
 * plans the cleanup too. A page with more than `maxElements` is answered too large here.
 */
export async function askExtractor(doc: Document, maxElements: number, extractor: RoutedExtractor, plan?: CleanOptions): Promise<Answer | undefined> {
  const root = doc.documentElement;
  if (!root) return undefined;
  const live = liveElements(doc);
  if (live.length > maxElements) return { reply: { kind: 'too-large', elements: live.length }, live };
  const request: ExtractRequest = {
    type: 'extract',
    html: pageMarkup(doc),
    url: doc.location?.href ?? doc.URL,
    baseUrl: doc.baseURI,
    elements: live.length,
    maxElements,
    ...(plan ? { plan } : {}),
  };
  // What arrives while the copy is read is not in the copy: watched, for the keeper to judge.
  const changes: MutationRecord[] = [];
  const watch = typeof MutationObserver === 'function' ? new MutationObserver((records) => changes.push(...records)) : undefined;
  watch?.observe(root, { childList: true, subtree: true });
  let reply: ExtractReply | undefined;
  try {
    reply = await within(extractor(request), EXTRACTOR_TIMEOUT_MS);
  } catch {
    return undefined;
  } finally {
    if (watch) {
      changes.push(...watch.takeRecords());
      watch.disconnect();
    }
  }
  if (!reply) return undefined;
  return { reply, live, ...(changes.length > 0 ? { changes } : {}) };
}

/**
 * Checks that an answer pairs with the page, element for element, and maps it onto the live
 * elements; undefined when the reading does not pair. A plan that does not pair is left out
 * (the page is then planned where it is).
 */
export function pairAnswer({ reply, live, changes }: Answer, doc: Document): PairedAnswer | undefined {
  const found = mapReading(reply, live, doc);
  if (found.kind === 'mismatch') return undefined;
  const plan = found.kind === 'article' && reply.kind === 'article' && reply.plan ? mapPlan(reply.plan, live) : undefined;
  return {
    found,
    attribution: reply.kind === 'article' || reply.kind === 'no-article' ? reply.attribution : undefined,
    ...(plan ? { plan } : {}),
    ...(changes ? { changes } : {}),
  };
}
