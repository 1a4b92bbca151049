/**
 * Reaches the extractor (src/extractor) in a hidden frame of our own extension page. The frame is
 * an extension page, so it runs in the extension's process: the parse and Readability cost the page
 * nothing. The copy travels by postMessage, a structured clone (a string is copied at memory speed;
 * Chromium's runtime messaging costs ~0.15 ms per KB on the page's main thread, which is why it is
 * not used), and the answer comes back on a MessageChannel port that only this script holds.
 *
 * The frame is added after the copy is taken, so it is not in it, and removed as soon as the
 * extractor answers or gives up. Every failure rejects, and the cleaner then reads the page itself.
 */
import type { ExtractRequest } from '../shared/extraction';
import type { Extractor } from './ask-extractor';
import { EXTRACTOR_FRAME_ATTR } from './markers';

/** The extractor acknowledges a request at once; a frame that does not was blocked or never loaded. */
export const ACK_TIMEOUT_MS = 1500;
/** How often the frame is checked for being still in the page. */
const REMOVAL_CHECK_MS = 100;
/** Loading the frame, then reading a large page, takes no longer than this. */
export const ANSWER_TIMEOUT_MS = 10_000;

/**
 * A frame added before the page's load event holds that event back until the frame has loaded,
 * and page scripts that wait for `load` then run later than they would (one real page's handler
 * then found its element gone and threw). So the frame waits for the load event, up to this long.
 */
export const LOAD_WAIT_MS = 2000;

/** Resolves once `doc` has fired its load event, or after `ms`. */
export function afterLoad(doc: Document, ms: number): Promise<void> {
  const win = doc.defaultView;
  if (ms <= 0 || doc.readyState === 'complete' || !win) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      win.removeEventListener('load', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    win.addEventListener('load', done);
  });
}

export function frameExtractor(doc: Document, frameUrl: string, loadWaitMs = LOAD_WAIT_MS): Extractor {
  return async (request: ExtractRequest) => {
    await afterLoad(doc, loadWaitMs);
    return readInFrame(doc, frameUrl, request);
  };
}

function readInFrame(doc: Document, frameUrl: string, request: ExtractRequest): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const frame = doc.createElement('iframe');
    const channel = new MessageChannel();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let watch: ReturnType<typeof setInterval> | undefined;
    let settled = false;
    const finish = (value: unknown, error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      channel.port1.close();
      // Removed in a later task: the cleaner reads the page's styles right after the answer, and
      // they are up to date only if the page has not changed since its last rendering.
      if (error) frame.remove();
      else setTimeout(() => frame.remove(), 0);
      if (error) reject(error);
      else resolve(value);
    };
    const wait = (ms: number, what: string) => {
      clearTimeout(timer);
      timer = setTimeout(() => finish(undefined, new Error(`extractor ${what}`)), ms);
    };
    channel.port1.onmessage = (event: MessageEvent) => {
      const data: unknown = event.data;
      if (data && typeof data === 'object' && (data as { type?: unknown }).type === 'ack') wait(ANSWER_TIMEOUT_MS, 'did not answer');
      else finish(data);
    };
    frame.addEventListener(
      'load',
      () => {
        try {
          frame.contentWindow?.postMessage(request, new URL(frameUrl).origin, [channel.port2]);
          wait(ACK_TIMEOUT_MS, 'did not acknowledge');
        } catch (error) {
          finish(undefined, error instanceof Error ? error : new Error(String(error)));
        }
      },
      { once: true },
    );
    frame.setAttribute(EXTRACTOR_FRAME_ATTR, '');
    frame.setAttribute('aria-hidden', 'true');
    frame.hidden = true;
    frame.tabIndex = -1;
    // CSSOM, not a style attribute: allowed under a page's strict style-src.
    frame.style.setProperty('display', 'none', 'important');
    frame.src = frameUrl;
    wait(ANSWER_TIMEOUT_MS, 'did not load');
    doc.documentElement.append(frame);
    // A page that removes frames it did not add (anti-adblock scripts) must not make us wait.
    watch = setInterval(() => {
      if (!frame.isConnected) finish(undefined, new Error('extractor frame removed by the page'));
    }, REMOVAL_CHECK_MS);
  });
}
