/**
 * Talks to the cleaner content script of one tab: injects it (and its stylesheet) when needed,
 * then sends it a request. Every failure comes back as a TabState, never as a throw.
 */
import browser from 'webextension-polyfill';
import { errorState, send as sendMessage, type CleanerRequest, type TabState } from '../shared/protocol';
import { comfortSheet, comfortSheets, type SheetKey } from '../reader/comfort/comfort-css';
import type { ComfortOptions } from '../shared/comfort';
import { onStateChanged } from './badge';
import { isCleanableUrl } from './page-access';
import { t } from '../shared/i18n';

const restricted = (url?: string): TabState => ({ status: 'restricted', message: t('status_restricted_detail'), url });

async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    const tab = await browser.tabs.get(tabId);
    return tab.url;
  } catch {
    return undefined;
  }
}

/**
 * One document to act on: the tab's top frame, or (Chromium, which names documents) exactly the
 * document that reported, so that a page that navigated meanwhile is not the one acted on.
 */
export interface DocumentTarget {
  documentId?: string;
}

type Target = browser.Scripting.InjectionTarget;
const injectionTarget = (tabId: number, doc: DocumentTarget = {}): Target =>
  doc.documentId !== undefined ? ({ tabId, documentIds: [doc.documentId] } as unknown as Target) : { tabId, frameIds: [0] };

/** Injects clean.css and content.js into the tab's top frame (or the named document); the script ignores a second injection. */
export async function injectCleaner(tabId: number, doc: DocumentTarget = {}): Promise<void> {
  // The user origin lets clean.css's !important rules win over the page's own, inline ones included.
  await browser.scripting.insertCSS({ target: injectionTarget(tabId, doc), files: ['clean.css'], origin: 'USER' });
  await browser.scripting.executeScript({ target: injectionTarget(tabId, doc), files: ['content.js'] });
}

/**
 * The comfort sheets each tab's page holds (comfort-css.ts), by tab: only those of the reader's
 * choices, inserted when a choice is made and taken out when it is changed or the page restored.
 * Forgotten when the tab navigates or closes. If the background restarts meanwhile, a sheet may
 * be inserted twice or stay after its choice changed: harmless, its rules key on attributes.
 */
const sheetsInTab = new Map<number, Set<SheetKey>>();

/**
 * A tab that starts loading has another document (its sheets went with the old one), a closed tab
 * none. Any load, a reload or a single-page address change too: forgetting a sheet that is still
 * there costs one sheet inserted twice; remembering one that is gone would leave a choice unstyled.
 */
export function startComfortSheets(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') sheetsInTab.delete(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void sheetsInTab.delete(tabId));
}

/**
 * Gives the tab's page the sheets `choice` needs and takes out the others it holds (`undefined`:
 * all of them, on restore). Never throws: a page that refuses styles is read in its own.
 */
export async function styleComfort(tabId: number, choice: ComfortOptions | undefined, doc: DocumentTarget = {}): Promise<void> {
  const want = choice ? comfortSheets(choice) : new Map<SheetKey, string>();
  const have = sheetsInTab.get(tabId) ?? new Set<SheetKey>();
  const target = injectionTarget(tabId, doc);
  try {
    for (const key of [...have]) {
      if (want.has(key)) continue;
      const css = comfortSheet(key);
      have.delete(key);
      if (css !== undefined) await browser.scripting.removeCSS({ target, css, origin: 'USER' });
    }
    for (const [key, css] of want) {
      if (have.has(key)) continue;
      await browser.scripting.insertCSS({ target, css, origin: 'USER' });
      have.add(key);
    }
  } catch {
    // No access to the page (a browser page, a store), or it navigated away meanwhile.
  }
  if (have.size > 0) sheetsInTab.set(tabId, have);
  else sheetsInTab.delete(tabId);
}

/** Injects picker.js (the reader's picker, asked for by the page's cleaner) into the tab's top frame (or the named document). */
export async function injectPicker(tabId: number, doc: DocumentTarget = {}): Promise<void> {
  await browser.scripting.executeScript({ target: injectionTarget(tabId, doc), files: ['picker.js'] });
}

/** Injects in-place.js (the reader for a page whose copy could not be read elsewhere) into the tab's top frame (or the named document). */
export async function injectInPlaceReader(tabId: number, doc: DocumentTarget = {}): Promise<void> {
  await browser.scripting.executeScript({ target: injectionTarget(tabId, doc), files: ['in-place.js'] });
}

async function send(tabId: number, request: CleanerRequest, doc: DocumentTarget = {}): Promise<TabState> {
  const options = doc.documentId !== undefined ? { documentId: doc.documentId } : { frameId: 0 };
  const reply = await sendMessage((message) => browser.tabs.sendMessage(tabId, message, options as { frameId?: number }), 'cleaner', request);
  if (!reply) return errorState(t('error_bad_answer'));
  // Every change of a page's state answers a request from here: the badge and the record follow it.
  if (request.type !== 'cleaner/state' && reply.url !== undefined) await onStateChanged(tabId, reply.status, reply.url);
  return reply;
}

/**
 * Sends `request` to the tab's cleaner. With `inject`, the cleaner is injected first if it is
 * not there; without, a tab with no cleaner answers `undefined`.
 */
export async function askCleaner(tabId: number, request: CleanerRequest, inject: boolean, doc: DocumentTarget = {}): Promise<TabState | undefined> {
  const url = await tabUrl(tabId);
  if (!isCleanableUrl(url)) return restricted(url);
  try {
    return await send(tabId, request, doc);
  } catch {
    // No cleaner in the page yet (or the page navigated away).
  }
  if (!inject) return undefined;
  try {
    await injectCleaner(tabId, doc);
  } catch {
    // Injection is refused on browser pages, stores, PDF viewers, and without access to the tab.
    return restricted(url);
  }
  try {
    return await send(tabId, request, doc);
  } catch (error) {
    return errorState(t('error_unreachable', { detail: error instanceof Error ? error.message : String(error) }));
  }
}
