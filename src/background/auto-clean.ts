/**
 * Automatic cleanup: the always-on detector reports each page's verdict (on load, after a
 * single-page site changes its address, and on back-forward cache restores). The reader's
 * settings and the tab's host access decide whether the cleaner is injected and run; an old
 * cleanup that no longer fits the page's address is restored.
 */
import browser from 'webextension-polyfill';
import type { ContentEvent } from '../shared/protocol';
import { getSettings, shouldAutoClean } from '../shared/settings';
import { lastTabState, showBadge } from './badge';
import { askCleaner, styleComfort } from './cleaner-link';
import type { Reporter } from './message-router';
import { cleanTab } from './tab-actions';

/** The address without its fragment: what makes a page a different page. */
function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** `https://news.example/*` for a page address; undefined for anything not http(s). */
export function originPattern(url: string): string | undefined {
  try {
    const { protocol, host } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? `${protocol}//${host}/*` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the extension may script this site without a click. Chromium grants the manifest's
 * host permissions at install (the reader can withdraw them per site); Firefox may not until
 * the reader allows it in the popup or options page.
 */
export async function hasHostAccess(url: string): Promise<boolean> {
  const pattern = originPattern(url);
  if (!pattern) return false;
  try {
    return await browser.permissions.contains({ origins: [pattern] });
  } catch {
    return false;
  }
}

export type AutoAction = 'clean' | 'restore' | 'keep' | 'none';

/**
 * What to do with a tab whose detector reported, given the tab's last known cleanup and whether
 * the page should be cleaned now. Pure, for the tests.
 */
export function decide(last: { status: string; url: string } | undefined, url: string, wantClean: boolean): AutoAction {
  const cleaned = last?.status === 'clean';
  if (cleaned && pageKey(last.url) === pageKey(url)) return 'keep'; // back from the cache, or a second look
  if (wantClean) return 'clean'; // the cleaner restores an old cleanup itself before cleaning anew
  return cleaned ? 'restore' : 'none';
}

/** At most this many automatic cleanups of one tab in AUTO_CLEAN_WINDOW_MS. */
export const AUTO_CLEANS_PER_WINDOW = 4;
export const AUTO_CLEAN_WINDOW_MS = 20_000;

/**
 * Per-tab budget for automatic cleanup: a page that reports itself on every pushState must not
 * make the background inject and clean in a loop. A reader moving through a single-page site's
 * articles does not come near it. (Kept in memory: a stopped service worker starts afresh.)
 */
export class AutoCleanBudget {
  private readonly times = new Map<number, number[]>();

  constructor(
    private readonly limit = AUTO_CLEANS_PER_WINDOW,
    private readonly windowMs = AUTO_CLEAN_WINDOW_MS,
  ) {}

  /** Whether tab `tabId` may be cleaned automatically at `now` (counted when it may). */
  take(tabId: number, now: number): boolean {
    const recent = (this.times.get(tabId) ?? []).filter((t) => now - t < this.windowMs);
    const allowed = recent.length < this.limit;
    if (allowed) recent.push(now);
    this.times.set(tabId, recent);
    return allowed;
  }

  forget(tabId: number): void {
    this.times.delete(tabId);
  }
}

const budget = new AutoCleanBudget();

/**
 * The detector's verdict on its page. The page is judged by the address the browser gives for
 * the reporting document (`reporter.url`: its site always the sender's, see judgedUrl), and acted
 * on in that document only: by id in Chromium, and in both browsers the cleaner refuses when its
 * page has left the judged address (a page that reports, then navigates to a site on the never
 * list, must not get that site cleaned).
 */
async function onDetected(event: Extract<ContentEvent, { type: 'detected' }>, reporter: Reporter): Promise<void> {
  const { tabId, url } = reporter;
  const doc = reporter.documentId !== undefined ? { documentId: reporter.documentId } : {};
  const settings = await getSettings();
  const wantClean = shouldAutoClean(settings, url, event) && (await hasHostAccess(url));
  let action = decide(await lastTabState(tabId), url, wantClean);
  if (action === 'keep') {
    // The record is a hint: a reload at the same address brings a new document with no cleaner.
    const now = await askCleaner(tabId, { type: 'cleaner/state' }, false, doc);
    if (now?.status !== 'clean') action = wantClean ? 'clean' : 'none';
  }
  switch (action) {
    case 'clean':
      if (!budget.take(tabId, Date.now())) return;
      await cleanTab(tabId, 'auto', { url, ...doc });
      return;
    case 'restore':
      // Only a cleaner that is already there; a new document has none and needs nothing. Only a
      // cleanup of another address: one the reader asked for here since (or is being made) stays.
      await askCleaner(tabId, { type: 'cleaner/restore', stale: true }, false, doc);
      await styleComfort(tabId, undefined, doc);
      return;
    case 'keep':
      // A back-forward cache restore may have reset the badge; the page is still clean.
      await showBadge(tabId, true);
      return;
    case 'none':
      return;
  }
}

export async function onContentEvent(event: ContentEvent, reporter: Reporter): Promise<void> {
  await onDetected(event, reporter);
}
