/**
 * The in-place reading (Readability on a clone of the live page, attribution read from the live
 * page) is the fallback for pages whose copy cannot be read off their main thread: two pages of
 * 496 in the eval. It lives in its own script, in-place.js, which the background injects only when
 * a cleaner asks for it: Readability and the attribution readers are 60% of the cleaner's code,
 * and compiling them on every injection cost about 1 ms (V8, 107 KB against 42 KB) for nothing.
 * This module is the contract between the two scripts; it imports no reading code itself.
 */
import type { ReadabilityMetadata } from '../reader/attribution/extract-attribution';
import type { Attribution } from '../reader/attribution/model';
import type { FoundArticle } from '../reader/read/pairing';

export interface InPlaceReader {
  findArticle(doc: Document, maxElements: number): FoundArticle;
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
