/**
 * Chooses how the page's copy reaches the extractor. A copy of up to MESSAGE_LIMIT_CHARS goes by
 * runtime message to the extension's background, which reads it (Firefox's event page itself,
 * Chromium's offscreen document); a larger one goes through the extractor frame.
 *
 * Measured in Chromium 156, each page sending once as the cleaner does: `runtime.sendMessage`
 * holds the page's main thread in proportion to the copy, about 0.15–0.4 ms per 1,000 characters
 * of real markup (two-byte text: curly quotes, accents beyond Latin-1). In the eval, per copy
 * size: under 30,000 characters 5 ms (median), 30–60,000 13 ms, 60–90,000 36 ms, 90–140,000
 * 58 ms, larger 86–99 ms. The frame costs about the same whatever the size: 14–50 ms to create
 * on a fresh page, about 40 ms per page in the eval with posting the copy, loading and removing
 * it. So copies up to 80,000 characters go by message (with the frame as the fallback), larger
 * ones through the frame. (Making the text one-byte first, as UTF-8 bytes in a string, cost more
 * than it saved.) Scripts and styles are left out only of a copy that is too large as it is:
 * that takes a pass over the text (up to 13 ms on large pages), and a small copy costs the same
 * to send either way.
 */
import { withoutCode } from '../extract/parse-copy';
import { isExtractReply, type ExtractRequest } from '../shared/extraction';
import { within, type Extractor, type RoutedExtractor } from './ask-extractor';

export const MESSAGE_LIMIT_CHARS = 80_000;
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
