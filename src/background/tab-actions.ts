/** What the toolbar popup and the keyboard command can do to a tab. */
import type { CleanOptions, TabState } from '../shared/messages';
import { getSettings } from '../shared/settings';
import { askCleaner } from './cleaner-link';

export type Trigger = 'toolbar' | 'command' | 'auto';

async function cleanOptions(): Promise<CleanOptions> {
  try {
    const { keepComments, keepImages } = await getSettings();
    return { keepComments, keepImages };
  } catch {
    return { keepComments: false, keepImages: true };
  }
}

export async function cleanTab(tabId: number, trigger: Trigger): Promise<TabState> {
  return (await askCleaner(tabId, { type: 'cleaner/clean', trigger, options: await cleanOptions() }, true)) as TabState;
}

export async function restoreTab(tabId: number): Promise<TabState> {
  return (await askCleaner(tabId, { type: 'cleaner/restore' }, true)) as TabState;
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
