/**
 * Reading comfort on the cleaned page (issue 21): the reader's choices as attributes on <html>
 * (the comfort stylesheet the background injects keys on them), a marker on the article root and
 * the extras they apply to, a thin reading-progress bar, and the article's reading time.
 * Everything goes through the cleaner's change log or is owned by the cleanup's abort signal, so
 * restore takes it all away.
 */
import { COMFORT_ATTRS, COMFORT_TARGET_ATTR, DEFAULT_COMFORT, PROGRESS_ATTR, type ComfortOptions } from '../../shared/comfort';
import { articleText } from '../../reader/comfort/article-text';
import { estimateReading, type ReadingEstimate } from '../../reader/comfort/reading-time';
import type { ChangeLog } from '../change-log';
import { HIDE_ATTR } from '../markers';

/** Sets (or, for the site's own, removes) the choice attributes on <html>, through the log. */
export function applyComfort(doc: Document, log: ChangeLog, comfort: ComfortOptions): void {
  const html = doc.documentElement;
  for (const key of Object.keys(COMFORT_ATTRS) as Array<keyof ComfortOptions>) {
    const value = comfort[key];
    if (value === DEFAULT_COMFORT[key]) log.remove(html, COMFORT_ATTRS[key]);
    else log.set(html, COMFORT_ATTRS[key], String(value));
  }
}

/** Marks the article root ("root") and the extras kept beside it (""), through the log. */
export function markComfortTargets(log: ChangeLog, root: Element, keepNodes: readonly Element[]): void {
  for (const el of keepNodes) if (el !== root) log.set(el, COMFORT_TARGET_ATTR, '');
  log.set(root, COMFORT_TARGET_ATTR, 'root');
}

/**
 * Adds the reading-progress bar to <html> (outside the page's body and its layout). It is
 * aria-hidden: a screen reader does not read it as content. It follows the scroll position
 * through the article root with a passive listener, at most once a frame, from the first scroll
 * on; the signal removes it.
 */
export function startProgressBar(doc: Document, root: Element, signal: AbortSignal): void {
  const win = doc.defaultView;
  if (!win || signal.aborted) return;
  const bar = doc.createElement('div');
  bar.setAttribute(PROGRESS_ATTR, '');
  bar.setAttribute('aria-hidden', 'true');
  let frame = 0;
  const update = () => {
    frame = 0;
    if (!root.isConnected) return;
    const rect = root.getBoundingClientRect();
    const span = rect.height - win.innerHeight;
    const done = span <= 0 ? (rect.top <= 0 ? 1 : 0) : -rect.top / span;
    // CSSOM, not a style attribute: a page's CSP allows the one and may block the other.
    bar.style.transform = `scaleX(${Math.min(1, Math.max(0, done)).toFixed(4)})`;
  };
  const onScroll = () => {
    if (frame === 0) frame = win.requestAnimationFrame(update);
  };
  doc.documentElement.append(bar);
  // Removed by hand, not with `signal` in the options: the signal is the content script's, and an
  // engine may refuse one from another realm (jsdom does; Firefox's content-script sandbox too).
  win.addEventListener('scroll', onScroll, { passive: true });
  win.addEventListener('resize', onScroll, { passive: true });
  signal.addEventListener(
    'abort',
    () => {
      win.removeEventListener('scroll', onScroll);
      win.removeEventListener('resize', onScroll);
      if (frame !== 0) win.cancelAnimationFrame(frame);
      bar.remove();
    },
    { once: true },
  );
  // No first measure here: the bar starts empty (the stylesheet's scaleX(0)) and is measured on
  // the reader's first scroll, so a cleanup forces no layout of its own (main-thread time).
}

/** The reading time of the cleaned article. */
export function readingOf(doc: Document, keepNodes: readonly Element[]): ReadingEstimate {
  return estimateReading(articleText(doc, keepNodes, (el) => el.hasAttribute(HIDE_ATTR)));
}
