/**
 * How the page's copy reaches the extractor: by runtime message to the extension's background,
 * which reads it (Firefox's event page itself, Chromium's offscreen document). There is no other
 * route: no extension page is ever put in the page (an extractor frame was, until issue 16: any web
 * page could frame it, and in Firefox read the per-install moz-extension:// address from it).
 *
 * Measured in Chromium 156 over the eval's 496 cleaned trafilatura pages (V8 profiler, idle
 * 2-core machine): `runtime.sendMessage` holds the page's main thread in proportion to the copy,
 * a median 1-2 ms for pages under 40,000 characters of markup, 2-3 ms at 40-160,000, 4-7 ms at
 * 200-600,000, less than the frame's fixed 5.4-7.2 ms at every size the eval has. A copy of more
 * than MESSAGE_LIMIT_CHARS is first sent without its scripts and styles (0.5-1.3 ms); one still
 * larger than MAX_COPY_CHARS (which the reader refuses) is not sent at all: the page is read in
 * place, as when the message fails.
 */
import { withoutCode } from '../reader/read/parse-copy';
import { isExtractReply, MAX_COPY_CHARS } from '../shared/protocol';
import { within, type Extractor, type RoutedExtractor } from './ask-extractor';

export const MESSAGE_LIMIT_CHARS = 1_000_000;
/** The background answers within this (a few seconds for the largest copy); past it, the page reads itself. */
export const MESSAGE_TIMEOUT_MS = 4000;

/** The copy by message (lighter when large); no reply (the page reads itself) when it fails or is too large. */
export function routeExtractor(byMessage: Extractor, limit = MESSAGE_LIMIT_CHARS, max = MAX_COPY_CHARS): RoutedExtractor {
  return async (full) => {
    const request = full.html.length > limit ? { ...full, html: withoutCode(full.html) } : full;
    if (request.html.length > max) return undefined;
    const reply = await within(byMessage(request), MESSAGE_TIMEOUT_MS).catch(() => undefined);
    return isExtractReply(reply) ? reply : undefined;
  };
}
