/**
 * Reads a page copy that a cleaner sent by runtime message (see src/page/extractor-route.ts),
 * off the page's main thread. Firefox's event page has a DOM and reads it itself. Chromium's
 * service worker has no DOMParser, so the copy goes on to an offscreen document (offscreen.html,
 * reason DOM_PARSER), created on first use; it stays for the browser session.
 */
import type { ExtractReply, ExtractRequest } from '../shared/protocol';
import { extractPage } from '../reader';
import { askOffscreen } from './offscreen-link';

export function readCopy(request: ExtractRequest): Promise<ExtractReply | undefined> {
  // __TARGET__ is a build-time constant: each browser's bundle keeps one branch and what it uses.
  return __TARGET__ === 'firefox' ? Promise.resolve<ExtractReply>(extractPage(request)) : askOffscreen(request);
}
