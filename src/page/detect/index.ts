/**
 * Always-on detector: runs on every http(s) page at document_idle, so it stays tiny (no
 * Readability parse, no polyfill). It scores the page, tells the background, and stays loaded
 * to score again when a single-page site moves to another address. It never throws into the page.
 */
import { rememberDetection } from './last-detection';
import { SECOND_LOOK_MS, SETTLE_MAX_MS, SETTLE_QUIET_MS } from './limits';
import { extensionAlive, report } from './report';
import { scoreArticle } from './score-article';
import { watchUrl, whenSettled } from './watch-url';

type Verdict = { article: boolean; score: number; url: string; signals: Record<string, number> };

/** Scores the page as it is now; undefined if anything failed. */
function detect(): Verdict | undefined {
  try {
    const url = location.href;
    const detection = scoreArticle(document, url);
    rememberDetection(url, detection);
    return { ...detection, url } as Verdict;
  } catch {
    return undefined;
  }
}

/** Scores the page and reports the verdict (only an "article" one when `onlyArticle`). */
function detectAndReport(onlyArticle?: boolean): boolean | undefined {
  const verdict = detect();
  if (verdict && (verdict.article || !onlyArticle)) report({ type: 'detected', ...verdict });
  return verdict?.article;
}

function start(): void {
  const stop = new AbortController();
  let view: AbortController | undefined;

  detectAndReport();
  watchUrl(
    window,
    (_href, force) => {
      if (!extensionAlive()) {
        stop.abort();
        return;
      }
      view?.abort();
      const current = new AbortController();
      view = current;
      stop.signal.addEventListener('abort', () => current.abort(), { once: true });
      // A back-forward cache restore shows a finished page: report it at once.
      const settled = force ? Promise.resolve(true) : whenSettled(document.body ?? document.documentElement, SETTLE_QUIET_MS, SETTLE_MAX_MS, current.signal);
      void settled.then((ok) => {
        if (!ok || current.signal.aborted) return;
        if (detectAndReport() !== false) return;
        setTimeout(() => current.signal.aborted || detectAndReport(true), SECOND_LOOK_MS);
      });
    },
    stop.signal,
  );
}

const FLAG = '__quietReaderDetector';
const scope = globalThis as unknown as Record<string, unknown>;
// Images, PDFs and text files open as documents too; the detector has nothing to do there.
if (!scope[FLAG] && document.contentType === 'text/html') {
  scope[FLAG] = true;
  try {
    start();
  } catch {
    // Never into the page.
  }
}
