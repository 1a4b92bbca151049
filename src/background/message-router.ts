/**
 * The background's one message listener. Requests from extension pages (popup, options) and
 * events from our own content scripts are told apart by sender; anything else is refused.
 * No message names a URL to open or fetch: requests carry a tab id and nothing more.
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import {
  errorState,
  isBackgroundRequest,
  isContentEvent,
  isCorrectionEvent,
  isExtractRequest,
  isReaderRequest,
  senderDocumentId,
  type BackgroundRequest,
  type ContentEvent,
  type TabState,
} from '../shared/protocol';
import { rememberCorrection } from './corrections';
import { isPickerLoadRequest, isPlayerLoadRequest, isSpeechRequest } from '../shared/protocol';
import { injectInPlaceReader, injectPicker } from './cleaner-link';
import { injectPlayer, readAloudTab } from './read-aloud';
import { t } from '../shared/i18n';
import { readCopy } from './read-copy';
import { applyComfortToTab, cleanTab, pickInTab, restoreTab, tabState, toggleTab } from './tab-actions';

/** The document a content script reported from: its tab, its address (the browser's, not the message's) and, in Chromium, its id. */
export interface Reporter {
  tabId: number;
  url: string;
  documentId?: string;
}

export type ContentEventHandler = (event: ContentEvent, reporter: Reporter) => Promise<void> | void;

/** The extension pages that send the background requests: nothing else of ours may. */
const REQUESTING_PAGES = new Set(['/popup.html', '/options.html']);

/** The sender's address, parsed, when it is one of this extension's own. */
function ownUrl(url: unknown): URL | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    // By scheme and host: `origin` is "null" for moz-extension:// and chrome-extension:// in some engines.
    const parsed = new URL(url);
    const base = new URL(browser.runtime.getURL(''));
    return parsed.protocol === base.protocol && parsed.host === base.host && parsed.host !== '' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True for the popup and the options page, wherever they are opened: a top-level page of ours
 * (in a tab, that tab shows our page, not a web page that framed it).
 */
export function isExtensionPageSender(sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const url = ownUrl(sender.url);
  if (!url || !REQUESTING_PAGES.has(url.pathname)) return false;
  if (sender.tab === undefined) return true;
  return (sender.frameId ?? 0) === 0 && ownUrl(sender.tab.url) !== undefined;
}

/** True for our content scripts in a tab's top frame, in a web page. */
export function isContentScriptSender(sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id || sender.tab?.id === undefined || (sender.frameId ?? 0) !== 0) return false;
  return typeof sender.url === 'string' && /^https?:/i.test(sender.url);
}

/**
 * The address a page is judged by: the browser's address for the sender, which names the site.
 * Chromium keeps the address the document was loaded at there, so after a single-page site's
 * pushState the detector's own `location.href` is taken instead, but only within the sender's
 * origin (a document can change its path, never its site).
 */
export function judgedUrl(reported: string, senderUrl: string): string {
  try {
    return new URL(reported).origin === new URL(senderUrl).origin ? reported : senderUrl;
  } catch {
    return senderUrl;
  }
}

/** Tabs whose copy is being read now: one reading in flight per tab. */
const reading = new Set<number>();

/** Reads a tab's copy unless one of that tab's is being read already (then: no reading, and the page reads itself). */
export async function readOnePerTab(tabId: number, read: () => Promise<unknown>): Promise<unknown> {
  if (reading.has(tabId)) return undefined;
  reading.add(tabId);
  try {
    return await read();
  } finally {
    reading.delete(tabId);
  }
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
    case 'pick':
      return pickInTab(request.tabId, request.mode);
    case 'comfort':
      return applyComfortToTab(request.tabId);
  }
}

export function startMessageRouter(onContentEvent: ContentEventHandler): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (isExtensionPageSender(sender)) {
      if (isSpeechRequest(message)) return readAloudTab(message.tabId, message.command, message.rate);
      if (!isBackgroundRequest(message)) return Promise.resolve(errorState(t('error_unknown_request')));
      return handleRequest(message).catch((error: unknown) => errorState(error instanceof Error ? error.message : String(error)));
    }
    // A cleaner's copy of its page, to be read off the page's main thread.
    if (isContentScriptSender(sender) && isExtractRequest(message)) {
      return readOnePerTab(sender.tab?.id as number, () => readCopy(message)).catch((error: unknown) => ({
        kind: 'no-article',
        reason: t('error_copy_unreadable', { detail: error instanceof Error ? error.message : String(error) }),
      }));
    }
    // A cleaner whose copy could not be read off the thread: the reader for its page itself.
    if (isContentScriptSender(sender) && isReaderRequest(message)) {
      const tabId = sender.tab?.id as number;
      const documentId = senderDocumentId(sender);
      return injectInPlaceReader(tabId, documentId !== undefined ? { documentId } : {}).then(
        () => true,
        () => false,
      );
    }
    // A cleaned page asked to read aloud: the player for it.
    if (isContentScriptSender(sender) && isPlayerLoadRequest(message)) {
      return injectPlayer(sender.tab?.id as number, senderDocumentId(sender)).then(
        () => true,
        () => false,
      );
    }
    // The reader asked for the picker in a page: picker.js for it.
    if (isContentScriptSender(sender) && isPickerLoadRequest(message)) {
      return injectPicker(sender.tab?.id as number, { documentId: senderDocumentId(sender) }).then(
        () => true,
        () => false,
      );
    }
    // The picker's correction: remembered for the site the browser says the page is on.
    if (isContentScriptSender(sender) && isCorrectionEvent(message)) {
      return rememberCorrection(message, sender.url as string).catch(() => false);
    }
    if (isContentScriptSender(sender) && isContentEvent(message)) {
      const reporter: Reporter = { tabId: sender.tab?.id as number, url: judgedUrl(message.url, sender.url as string) };
      const documentId = senderDocumentId(sender);
      if (documentId !== undefined) reporter.documentId = documentId;
      void Promise.resolve(onContentEvent(message, reporter)).catch(() => undefined);
      return undefined;
    }
    // Not ours, or not well-formed: no answer, no action.
    return undefined;
  });
}
