/**
 * Chromium's offscreen document (offscreen.html): reads the page copies that the service worker
 * passes on (it has no DOM of its own). Answers only the extension's own background; content
 * scripts' messages reach it too and are ignored.
 */
import { extractPage } from '../reader';
import { isOffscreenRequest } from '../shared/protocol';

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id || sender.tab !== undefined) return undefined;
  if (!isOffscreenRequest(message)) return undefined;
  sendResponse(extractPage(message.request));
  return undefined;
});
