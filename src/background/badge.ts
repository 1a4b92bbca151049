/**
 * The toolbar badge says when a tab's page is cleaned, and remembers each tab's last cleanup
 * state (from the cleaner's answers to clean and restore requests) for automatic cleanup to consult.
 * The memory is storage.session, not a variable: the service worker is stopped when idle, and a
 * single-page site may change its address long after the cleanup.
 */
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import type { CleanStatus } from '../shared/protocol';

export interface TabRecord {
  status: CleanStatus;
  /** The page's address when the cleaner last changed state (the cleaned address, when clean). */
  url: string;
}

const key = (tabId: number) => `tab:${tabId}`;

function sessionArea(): browser.Storage.StorageArea | undefined {
  // storage.session: Chromium 102+, Firefox 115+.
  return (browser.storage as { session?: browser.Storage.StorageArea }).session;
}

export async function lastTabState(tabId: number): Promise<TabRecord | undefined> {
  try {
    const found = (await sessionArea()?.get(key(tabId))) as Record<string, unknown> | undefined;
    const record = found?.[key(tabId)] as TabRecord | undefined;
    return record && typeof record.status === 'string' && typeof record.url === 'string' ? record : undefined;
  } catch {
    return undefined;
  }
}

/** Shows (or clears) the badge of one tab. */
export async function showBadge(tabId: number, clean: boolean): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: clean ? '✓' : '' });
    if (clean) await browser.action.setBadgeBackgroundColor({ tabId, color: '#0b57d0' });
    await browser.action.setTitle({ tabId, title: clean ? t('action_title_clean') : t('action_title') });
  } catch {
    // The tab was closed meanwhile.
  }
}

/** A cleaner in `tabId` reported a new state. */
export async function onStateChanged(tabId: number, status: CleanStatus, url: string): Promise<void> {
  await showBadge(tabId, status === 'clean');
  try {
    await sessionArea()?.set({ [key(tabId)]: { status, url } satisfies TabRecord });
  } catch {
    // Without session storage the badge still works; automatic cleanup asks the tab instead.
  }
}

async function forget(tabId: number): Promise<void> {
  try {
    await sessionArea()?.remove(key(tabId));
  } catch {
    // Nothing to forget.
  }
}

/**
 * Clears the badge when a tab starts loading a new document (the cleaner went with the old one)
 * and forgets closed tabs. Single-page address changes keep their cleaner: automatic cleanup
 * restores or re-cleans it, and the cleaner's events set the badge again.
 */
export function startBadge(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url !== undefined) void showBadge(tabId, false);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forget(tabId));
}
