/**
 * Content script of the throwaway "bare Readability" extension the eval builds: one
 * `new Readability(document.cloneNode(true)).parse()` at document_idle, as a reader-mode
 * extension without anything else would run it. The eval reads `globalThis.__qrBare.result()`
 * from this script's isolated world over CDP after its profiler has stopped, so turning the
 * article into text is not counted as parse time.
 */
import { Readability } from '@mozilla/readability';
import { blockText } from './text.mjs';

/** @type {{ done: boolean, ms: number, error?: string, article: ReturnType<Readability['parse']> }} */
const state = { done: false, ms: NaN, error: undefined, article: null };

if (document.contentType === 'text/html') {
  const t0 = performance.now();
  try {
    state.article = new Readability(/** @type {Document} */ (document.cloneNode(true))).parse();
  } catch (error) {
    state.error = String(error);
  }
  state.ms = performance.now() - t0;
  state.done = true;
}

function withoutRuby(html) {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  for (const el of body.querySelectorAll('rt, rp')) el.remove();
  return body;
}

globalThis.__qrBare = {
  result() {
    const a = state.article;
    return {
      done: state.done,
      ms: state.ms,
      error: state.error,
      found: Boolean(a),
      title: a?.title ?? undefined,
      byline: a?.byline ?? undefined,
      publishedTime: a?.publishedTime ?? undefined,
      siteName: a?.siteName ?? undefined,
      excerpt: a?.excerpt ?? undefined,
      // isProbablyReaderable on the live page at document_idle (readerable-probe-content.mjs).
      readerable: globalThis.__qrReaderable?.readerable,
      readerableMs: globalThis.__qrReaderable?.ms,
      // Without ruby annotations, as the reader's visible text is taken (see inspectPage).
      textContent: a ? (withoutRuby(a.content ?? '').textContent ?? '') : '',
      blockText: a ? blockText(withoutRuby(a.content ?? '')) : '',
    };
  },
};
