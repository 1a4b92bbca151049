/**
 * Chooses how the page's copy reaches the extractor. A copy of up to MESSAGE_LIMIT_CHARS goes by
 * runtime message to the extension's background, which reads it (Firefox's event page itself,
 * Chromium's offscreen document); a larger one goes through the extractor frame.
 *
 * Measured in Chromium 156 over the eval's 496 cleaned trafilatura pages (V8 profiler, idle
 * 2-core machine): `runtime.sendMessage` holds the page's main thread in proportion to the copy,
 * a median 1-2 ms for pages under 40,000 characters of markup, 2-3 ms at 40-160,000, 4-7 ms at
 * 200-600,000. Creating, loading and removing the frame costs a median 5.4-7.2 ms whatever the
 * size, and a copy sent through it was first stripped of scripts to see whether it fit a message
 * (0.5-1.3 ms). With every copy sent by message, the per-page ratio to bare Readability fell from
 * 1.25-1.35 to 0.84-0.93 on the pages of 80-200,000 characters that had gone by frame, and it was
 * lower at every size above. (An earlier limit of 80,000 characters came from timings taken on a
 * loaded machine, where the fixed cost of the frame looked larger than it is.) The frame stays for
 * copies beyond the limit and as the fallback when the message fails. Scripts and styles are left
 * out only of a copy that is too large as it is.
 */
import { withoutCode } from '../extract/parse-copy';
import { isExtractReply, type ExtractRequest } from '../shared/extraction';
import { within, type Extractor, type RoutedExtractor } from './ask-extractor';

export const MESSAGE_LIMIT_CHARS = 1_000_000;
/** The background answers a small copy well within this; past it, the frame is tried. */
export const MESSAGE_TIMEOUT_MS = 4000;

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
