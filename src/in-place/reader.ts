/**
 * The in-place reader itself (see src/page/in-place-loader.ts): bundled into in-place.js, never
 * into the cleaner's content.js. It reads a clone of the live page, plans the cleanup on the live
 * page (with its styles) and answers as the extractor does, in element numbers.
 */
import { extractAttribution, type ReadabilityMetadata } from '../reader/attribution/extract-attribution';
import type { Attribution } from '../reader/attribution/model';
import { planCleanup } from '../reader/plan/cleanup-plan';
import { numberPlan, readHere } from '../reader/read/pairing';
import type { InPlaceReader } from '../page/in-place-loader';
import type { ExtractReply, PlannedCleanup } from '../shared/protocol';

function readAttribution(doc: Document, url: string, metadata?: ReadabilityMetadata): Attribution | undefined {
  try {
    return extractAttribution(doc, url, metadata);
  } catch {
    return undefined;
  }
}

export const inPlaceReader: InPlaceReader = {
  read(doc, { url, maxElements, plan }): ExtractReply {
    const { reading, live, found } = readHere(doc, maxElements);
    if (reading.kind !== 'article' || found.kind !== 'article') {
      // No article to clean, but the page still says where it comes from (as the extractor answers).
      const attribution = reading.kind === 'no-article' ? readAttribution(doc, url) : undefined;
      return attribution ? { ...reading, attribution } : reading;
    }
    // Planned on the page with its own styles: a plan that fails is left to the cleaner.
    let planned: PlannedCleanup | undefined;
    try {
      const win = doc.defaultView;
      planned = plan
        ? numberPlan(
            live,
            planCleanup(doc, found, plan, (el) => win?.getComputedStyle(el).position ?? ''),
            [],
          )
        : undefined;
    } catch {
      planned = undefined;
    }
    const attribution = readAttribution(doc, url, reading.metadata);
    return { ...reading, ...(planned ? { plan: planned } : {}), ...(attribution ? { attribution } : {}) };
  },
  readAttribution,
};
