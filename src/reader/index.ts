/**
 * The extractor's work for one request: parse the serialized page, find the article with
 * Readability, read the attribution. Pure DOM code, for the offscreen document, Firefox's event
 * page and the unit tests alike. Never throws: failures come back as a no-article reading.
 */
import { extractAttribution, type ReadabilityMetadata } from './attribution/extract-attribution';
import { MAX_COPY_CHARS, MAX_COPY_ELEMENTS, type ExtractReply, type ExtractRequest } from '../shared/protocol';
import { absolutizeLinks, parseCopy } from './read/parse-copy';
import { planOnCopy } from './plan/plan-on-copy';
import { readArticle } from './read/read-article';

export function extractPage(request: ExtractRequest, parser?: DOMParser): ExtractReply {
  try {
    // The request is untrusted: its size and element bound are capped here, where it is read.
    const maxElements = Math.min(request.maxElements, MAX_COPY_ELEMENTS);
    if (request.elements > maxElements) return { kind: 'too-large', elements: request.elements };
    if (request.html.length > MAX_COPY_CHARS) return { kind: 'no-article', reason: 'The copy of the page is too large to read.', why: 'copy-too-large' };
    const copy = parseCopy(request.html, parser);
    // Readability changes the copy it reads; the attribution readers need the page as it was.
    const forAttribution = copy.cloneNode(true) as Document;
    const reading = readArticle(copy, maxElements, forAttribution);
    // No article to clean, but the page still says where it comes from: the popup shows that
    // and lets the reader cite it.
    if (reading.kind === 'no-article') return withAttribution(reading, forAttribution, request);
    if (reading.kind !== 'article') return reading;
    // Planned on the untouched copy, before the attribution readers rewrite its links. A plan
    // that fails is left to the page.
    let plan: ReturnType<typeof planOnCopy>;
    try {
      plan = request.plan ? planOnCopy(forAttribution, reading, request.plan) : undefined;
    } catch {
      plan = undefined;
    }
    return withAttribution(plan ? { ...reading, plan } : reading, forAttribution, request, reading.metadata);
  } catch (error) {
    return { kind: 'no-article', reason: `The page could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
}

/** The reply with the page's attribution, read on the untouched copy with its links made absolute; the reply alone when that fails. */
function withAttribution<R extends ExtractReply>(reply: R, doc: Document, request: ExtractRequest, metadata?: ReadabilityMetadata): R {
  try {
    absolutizeLinks(doc, request.baseUrl);
    return { ...reply, attribution: extractAttribution(doc, request.url, metadata) };
  } catch {
    return reply;
  }
}
