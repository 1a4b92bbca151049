/**
 * Chooses how the page's copy reaches the extractor. A copy of up to MESSAGE_LIMIT_CHARS goes by
 * runtime message to the extension's background, which reads it (Firefox's event page itself,
 * Chromium's offscreen document); a larger one goes through the extractor frame.
 *
 * Measured in Chromium 156 from a content script (tests of 9 sends per size): `runtime.sendMessage`
 * holds the page's main thread 0.3–3 ms for up to 150,000 characters, then 10–30 ms from 160,000
 * (200,000: 12–36 ms; 400,000: 25–51 ms). Creating the frame costs 9–23 ms, and with posting the
 * copy, loading and removing it about 40 ms per page in the eval. So small copies, most pages once
 * their scripts and styles are left out (`withoutCode`), go by message; a failed message falls back
 * to the frame. Scripts and styles are left out only of a copy that is too large as it is: that
 * takes a pass over the text (up to 13 ms on large pages), and a small copy costs the same to send
 * either way.
 */
import { withoutCode } from '../extract/parse-copy';
import { isExtractReply, type ExtractRequest } from '../shared/extraction';
import type { Extractor, RoutedExtractor } from './ask-extractor';

export const MESSAGE_LIMIT_CHARS = 140_000;
/** The background answers a small copy well within this; past it, the frame is tried. */
export const MESSAGE_TIMEOUT_MS = 4000;

function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** An extractor reached by runtime message (`send` is `runtime.sendMessage`). */
export function messageExtractor(send: (message: unknown) => Promise<unknown>): Extractor {
  return (request: ExtractRequest) => send(request);
}

/** Small copies by message (falling back to the frame), large ones by frame; says which answered. */
export function routeExtractor(byMessage: Extractor, byFrame: Extractor, limit = MESSAGE_LIMIT_CHARS): RoutedExtractor {
  return async (full) => {
    const request = full.html.length > limit ? { ...full, html: withoutCode(full.html) } : full;
    if (request.html.length <= limit) {
      const reply = await within(byMessage(request), MESSAGE_TIMEOUT_MS).catch(() => undefined);
      if (isExtractReply(reply)) return { reply, via: 'message' };
    }
    return { reply: await byFrame(request), via: 'frame' };
  };
}
