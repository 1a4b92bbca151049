/**
 * The background's one message listener. Requests from extension pages (popup, options) and
 * events from our own content scripts are told apart by sender; anything else is refused.
 * No message names a URL to open or fetch: requests carry a tab id and nothing more.
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { isExtractRequest } from '../shared/extraction';
import { errorState, isBackgroundRequest, isContentEvent, isReaderRequest, type BackgroundRequest, type ContentEvent, type TabState } from '../shared/messages';
import { injectInPlaceReader } from './cleaner-link';
import { readCopy } from './read-copy';
import { cleanTab, restoreTab, tabState, toggleTab } from './tab-actions';

export type ContentEventHandler = (event: ContentEvent, tabId: number) => Promise<void> | void;

/** True for the extension's own pages (popup, options), wherever they are opened. */
export function isExtensionPageSender(sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const base = browser.runtime.getURL('');
  return typeof sender.url === 'string' && sender.url.startsWith(base);
}

/** True for our content scripts in a tab's top frame. */
export function isContentScriptSender(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0 && !isExtensionPageSender(sender);
}

export async function handleRequest(request: BackgroundRequest): Promise<TabState> {
  switch (request.type) {
    case 'get-state':
      return tabState(request.tabId);
    case 'clean':
      return cleanTab(request.tabId, 'toolbar');
    case 'restore':
      return restoreTab(request.tabId);
    case 'toggle':
      return toggleTab(request.tabId, 'toolbar');
  }
}

export function startMessageRouter(onContentEvent: ContentEventHandler): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (isExtensionPageSender(sender)) {
      if (!isBackgroundRequest(message)) return Promise.resolve(errorState('Unknown request.'));
      return handleRequest(message).catch((error: unknown) => errorState(error instanceof Error ? error.message : String(error)));
    }
    // A cleaner's copy of its page, to be read off the page's main thread.
    if (isContentScriptSender(sender) && isExtractRequest(message)) {
      return readCopy(message).catch((error: unknown) => ({ kind: 'no-article', reason: `The copy could not be read (${error instanceof Error ? error.message : String(error)}).` }));
    }
    // A cleaner whose copy could not be read off the thread: the reader for its page itself.
    if (isContentScriptSender(sender) && isReaderRequest(message)) {
      const tabId = sender.tab?.id as number;
      return injectInPlaceReader(tabId).then(
        () => true,
        () => false,
      );
    }
    if (isContentScriptSender(sender) && isContentEvent(message)) {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) void Promise.resolve(onContentEvent(message, tabId)).catch(() => undefined);
      return undefined;
    }
    // Not ours, or not well-formed: no answer, no action.
    return undefined;
  });
}
