/**
 * The in-place reader itself (see in-place-reader.ts): bundled into in-place.js, never into the
 * cleaner's content.js.
 */
import { extractAttribution } from '../reader/attribution/extract-attribution';
import { findArticle } from '../reader/read/pairing';
import type { InPlaceReader } from '../page/in-place-loader';

export const inPlaceReader: InPlaceReader = {
  findArticle,
  readAttribution(doc, url, metadata) {
    try {
      return extractAttribution(doc, url, metadata);
    } catch {
      return undefined;
    }
  },
};
