/** What the toolbar popup and the keyboard command can do to a tab. */
import browser from 'webextension-polyfill';
import type { CleanerRequest, CleanOptions, PickMode, TabState, Trigger } from '../shared/protocol';
import { DEFAULT_COMFORT, type ComfortOptions } from '../shared/comfort';
import { comfortFor, DEFAULT_SETTINGS, getSettings, type Settings } from '../shared/settings';
import { askCleaner, styleComfort, type DocumentTarget } from './cleaner-link';
import { notePreviews, rulesForPage } from './corrections';

/** The reader's comfort choices for the page at `url` (its site's own, else the global ones). */
async function comfortOptions(tabId: number, url?: string): Promise<ComfortOptions> {
  try {
    const address = url ?? (await browser.tabs.get(tabId)).url;
    return comfortFor(await getSettings(), address);
  } catch {
    return { ...DEFAULT_COMFORT };
  }
}

/** The stored settings, or the defaults when storage cannot be read. */
async function settingsOrDefaults(): Promise<Settings> {
  try {
    return await getSettings();
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/**
 * Cleans the tab's page. Automatic cleanup names the document it judged and its address: the
 * cleaner refuses when its page is no longer at that address.
 */
export async function cleanTab(tabId: number, trigger: Trigger, judged?: { url: string } & DocumentTarget): Promise<TabState> {
  // The page's address (the judged one, or the browser's for the tab) is read once; the settings
  // (clean options, comfort) and the site's corrections are read beside it, each once.
  const pageUrlOf = async () =>
    judged?.url ??
    (await browser.tabs
      .get(tabId)
      .then((tab) => tab.url)
      .catch(() => undefined));
  const lookup = pageUrlOf().then(async (url) => ({ url, rules: await rulesForPage(url).catch(() => undefined) }));
  const [settings, { url: pageUrl, rules }] = await Promise.all([settingsOrDefaults(), lookup]);
  const options: CleanOptions = { keepComments: settings.keepComments, keepImages: settings.keepImages };
  const comfort = comfortFor(settings, pageUrl);
  const request: CleanerRequest = { type: 'cleaner/clean', trigger, options, comfort, ...(judged ? { url: judged.url } : {}), ...(rules ? { rules } : {}) };
  const doc = judged?.documentId !== undefined ? { documentId: judged.documentId } : {};
  // The sheets of the reader's comfort choices go in first, so the cleaned page shows in them at
  // once; with the site's own everything there are none (nothing to insert, nothing to wait for).
  await styleComfort(tabId, comfort, doc);
  const state = (await askCleaner(tabId, request, true, doc)) as TabState;
  if (state.status !== 'clean') await styleComfort(tabId, undefined, doc);
  if (state.ruleMatches && pageUrl) await notePreviews(pageUrl, state.ruleMatches);
  return state;
}

/** Starts the picker (or the view of what was hidden) in the tab's page. */
export async function pickInTab(tabId: number, mode: PickMode): Promise<TabState> {
  return (await askCleaner(tabId, { type: 'cleaner/pick', mode }, true)) as TabState;
}

export async function restoreTab(tabId: number): Promise<TabState> {
  const state = (await askCleaner(tabId, { type: 'cleaner/restore' }, true)) as TabState;
  // The page as the site made it: no comfort sheet left to match against its restyles.
  if (state.status !== 'clean') await styleComfort(tabId, undefined);
  return state;
}

/** Applies the stored comfort choices to the tab's cleaner (a tab without one answers its state as 'original'). */
export async function applyComfortToTab(tabId: number): Promise<TabState> {
  const comfort = await comfortOptions(tabId);
  const state = (await askCleaner(tabId, { type: 'cleaner/comfort', comfort }, false)) ?? { status: 'original' };
  // A cleaned page takes the sheets of the new choices (and gives back those of the old ones).
  if (state.status === 'clean') await styleComfort(tabId, comfort);
  return state;
}

/** The tab's state without changing anything; a tab the cleaner never ran in is 'original'. */
export async function tabState(tabId: number): Promise<TabState> {
  return (await askCleaner(tabId, { type: 'cleaner/state' }, false)) ?? { status: 'original' };
}

/** Cleans a page that is not clean, restores one that is. */
export async function toggleTab(tabId: number, trigger: Trigger): Promise<TabState> {
  const state = await tabState(tabId);
  if (state.status === 'clean') return restoreTab(tabId);
  if (state.status === 'restricted') return state;
  return cleanTab(tabId, trigger);
}
