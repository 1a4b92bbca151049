/**
 * The in-place reading (Readability on a clone of the live page, the cleanup planned and the
 * attribution read on the live page) is the fallback for pages whose copy cannot be read off their main thread: two pages of
 * 496 in the eval. It lives in its own script, in-place.js, which the background injects only when
 * a cleaner asks for it: Readability and the attribution readers are 60% of the cleaner's code,
 * and compiling them on every injection cost about 1 ms (V8, 107 KB against 42 KB) for nothing.
 * This module is the contract between the two scripts; it imports no reading code itself.
 */
import type { ReadabilityMetadata } from '../reader/attribution/extract-attribution';
import type { Attribution } from '../reader/attribution/model';
import type { CleanOptions, ExtractReply } from '../shared/protocol';

/** What the cleaner asks of the in-place reader: what it asks of the extractor, less the copy. */
export interface InPlaceRequest {
  /** The page's address (for the attribution). */
  url: string;
  maxElements: number;
  /** The reader's choices: the cleanup is planned with the reading. */
  plan?: CleanOptions;
}

export interface InPlaceReader {
  /**
   * The page read where it is, answered as the extractor answers a copy of it: element numbers
   * (of `doc.querySelectorAll('*')` now), the plan, the attribution. The plan is made with the
   * page's own styles, so it names no positioned blocks left to look at.
   */
  read(doc: Document, request: InPlaceRequest): ExtractReply;
  /** The attribution, or undefined if the page's metadata is beyond reading (never a throw). */
  readAttribution(doc: Document, url: string, metadata: ReadabilityMetadata): Attribution | undefined;
}

/** Where in-place.js puts the reader: the content scripts' own world, which the page cannot see. */
export const IN_PLACE_KEY = '__quietReaderInPlace';

/** Loads the in-place reader on first use; undefined when it cannot be had. */
export type InPlaceLoader = () => Promise<InPlaceReader | undefined>;

function registered(): InPlaceReader | undefined {
  return (globalThis as unknown as Record<string, InPlaceReader | undefined>)[IN_PLACE_KEY];
}

/** A loader that has `inject` put in-place.js into this page (once) and then takes its reader. */
export function inPlaceLoader(inject: () => Promise<unknown>): InPlaceLoader {
  return async () => {
    if (!registered()) {
      try {
        await inject();
      } catch {
        return undefined;
      }
    }
    return registered();
  };
}
