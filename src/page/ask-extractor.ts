/**
 * Has the page read off its main thread: serializes it, hands the text to the extractor (see
 * extractor-route.ts) and maps the answer back onto the elements the page had at that moment.
 * Serializing costs the page a fraction of a parse; the parse, Readability and the attribution
 * readers run elsewhere.
 */
import type { Attribution } from '../reader/attribution/model';
import { isExtractReply, type ExtractRequest } from '../shared/extraction';
import type { CleanOptions, ExtractorRoute } from '../shared/messages';
import { liveElements, mapPlan, mapReading, type FoundArticle, type MappedPlan } from '../reader/read/pairing';
import { pageMarkup } from './serialize';

/** An extractor that has not answered by then is not coming: the page is read here instead. */
export const EXTRACTOR_TIMEOUT_MS = 12_000;

/** One way to the extractor: resolves to whatever came back, checked by the caller. */
export type Extractor = (request: ExtractRequest) => Promise<unknown>;

/** A reply and the route it came by. */
export interface RoutedReply {
  reply: unknown;
  via: ExtractorRoute;
}

/** The extractor as the cleaner uses it: one or more routes, saying which one answered. */
export type RoutedExtractor = (request: ExtractRequest) => Promise<RoutedReply>;

export interface OffThreadResult {
  found: FoundArticle;
  attribution?: Attribution;
  /** The route the reading came by (none when the page was too large to send). */
  via?: ExtractorRoute;
  /** The cleanup the extractor planned on its copy, on the live elements (when it pairs). */
  plan?: MappedPlan;
  /** What the page changed while its copy was read (nodes added or removed), for the keeper. */
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
 * The article as the extractor found it, or undefined when there is no extractor, it failed, or
 * its copy does not pair with the page (then the caller reads the page itself). With `plan`, the
 * reader's choices, the extractor plans the cleanup too.
 */
export async function findArticleOffThread(doc: Document, maxElements: number, extractor: RoutedExtractor, plan?: CleanOptions): Promise<OffThreadResult | undefined> {
  const root = doc.documentElement;
  if (!root) return undefined;
  const live = liveElements(doc);
  if (live.length > maxElements) return { found: { kind: 'too-large', elements: live.length } };
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
  let answer: RoutedReply | undefined;
  try {
    answer = await within(extractor(request), EXTRACTOR_TIMEOUT_MS);
  } catch {
    return undefined;
  } finally {
    if (watch) {
      changes.push(...watch.takeRecords());
      watch.disconnect();
    }
  }
  const reply = answer?.reply;
  if (!answer || !isExtractReply(reply)) return undefined;
  const found = mapReading(reply, live, doc);
  if (found.kind === 'mismatch') return undefined;
  const planned = found.kind === 'article' && reply.kind === 'article' && reply.plan ? mapPlan(reply.plan, live) : undefined;
  return {
    found,
    attribution: reply.kind === 'article' ? reply.attribution : undefined,
    via: answer.via,
    ...(planned ? { plan: planned } : {}),
    ...(changes.length > 0 ? { changes } : {}),
  };
}
