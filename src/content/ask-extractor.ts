/**
 * Has the page read off its main thread: serializes it, hands the text to the extractor (see
 * extractor-frame.ts) and maps the answer back onto the elements the page had at that moment.
 * Serializing costs the page a fraction of a parse; the parse, Readability and the attribution
 * readers run elsewhere.
 */
import type { Attribution } from '../shared/attribution/model';
import { isExtractReply, type ExtractRequest } from '../shared/extraction';
import { doctypeOf } from '../extract/parse-copy';
import { liveElements, mapReading, type FoundArticle } from './find-article';

/** An extractor that has not answered by then is not coming: the page is read here instead. */
export const EXTRACTOR_TIMEOUT_MS = 12_000;

export type Extractor = (request: ExtractRequest) => Promise<unknown>;

export interface OffThreadResult {
  found: FoundArticle;
  attribution?: Attribution;
}

function timeout(ms: number): Promise<undefined> {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), ms));
}

/**
 * The article as the extractor found it, or undefined when there is no extractor, it failed, or
 * its copy does not pair with the page (then the caller reads the page itself).
 */
export async function findArticleOffThread(doc: Document, maxElements: number, extractor: Extractor): Promise<OffThreadResult | undefined> {
  const root = doc.documentElement;
  if (!root) return undefined;
  const live = liveElements(doc);
  if (live.length > maxElements) return { found: { kind: 'too-large', elements: live.length } };
  const request: ExtractRequest = {
    type: 'extract',
    html: doctypeOf(doc) + root.outerHTML,
    url: doc.location?.href ?? doc.URL,
    baseUrl: doc.baseURI,
    elements: live.length,
    maxElements,
  };
  let reply: unknown;
  try {
    reply = await Promise.race([extractor(request), timeout(EXTRACTOR_TIMEOUT_MS)]);
  } catch {
    return undefined;
  }
  if (!isExtractReply(reply)) return undefined;
  const found = mapReading(reply, live, doc);
  if (found.kind === 'mismatch') return undefined;
  return { found, attribution: reply.kind === 'article' ? reply.attribution : undefined };
}
