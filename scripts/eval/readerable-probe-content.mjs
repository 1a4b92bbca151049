/**
 * Second content script of the throwaway "bare Readability" extension: Readability's own
 * `isProbablyReaderable` on the live document at document_idle (before the bare parse, which
 * runs from the next script of the same extension), as a reader-mode button would ask it. A file
 * of its own, so the profiler charges its time apart from the bare parse's. The eval reads
 * `globalThis.__qrReaderable` from this extension's isolated world.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

/** @type {{ readerable?: boolean, ms: number, error?: string }} */
const probe = { readerable: undefined, ms: NaN, error: undefined };
if (document.contentType === 'text/html') {
  const t0 = performance.now();
  try {
    probe.readerable = isProbablyReaderable(document);
  } catch (error) {
    probe.error = String(error);
  }
  probe.ms = performance.now() - t0;
}
globalThis.__qrReaderable = probe;
