/**
 * Chromium only: the offscreen document that reads page copies (src/offscreen). Created when first
 * needed; a second request while it is being created waits for the same creation.
 */
import { send, type ExtractReply, type ExtractRequest } from '../shared/protocol';

const OFFSCREEN_PATH = 'offscreen.html';
let creating: Promise<void> | undefined;

async function hasOffscreenDocument(): Promise<boolean> {
  const contexts = await chrome.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType],
    documentUrls: [chrome.runtime.getURL(OFFSCREEN_PATH)],
  });
  return contexts.length > 0;
}

export async function ensureOffscreenDocument(): Promise<void> {
  if (await hasOffscreenDocument()) return;
  creating ??= chrome.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER' as chrome.offscreen.Reason],
      justification: 'Reads a copy of the page to find the article, off the page’s main thread.',
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}

/** The offscreen document's reading of `request` (undefined when it answers anything else). */
export async function askOffscreen(request: ExtractRequest): Promise<ExtractReply | undefined> {
  await ensureOffscreenDocument();
  return send((message) => chrome.runtime.sendMessage(message), 'offscreen', { type: 'offscreen/extract', request });
}
