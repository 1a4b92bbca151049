/**
 * The cleaner as the unit tests use it: with the in-place reader at hand, as if in-place.js had
 * been injected (in the browser, the background injects it when a cleaner asks).
 */
import { PageCleaner as Cleaner } from '../../../src/page/cleaner';
import { inPlaceReader } from '../../../src/in-place/reader';

export class PageCleaner extends Cleaner {
  constructor(doc: Document, options: ConstructorParameters<typeof Cleaner>[1] = {}) {
    super(doc, { inPlace: async () => inPlaceReader, ...options });
  }
}
