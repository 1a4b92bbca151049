/**
 * Read aloud from the background: passes the popup's requests on to the player in the tab's page
 * (src/page/read-aloud), and runs the keyboard command. The player lives in the page, beside the
 * cleaner, so its state outlives the popup (which closes when it loses focus).
 *
 * The shortcut on a page that is not cleaned cleans it first, then reads: one key to start
 * listening, as the toolbar button cleans before it shows anything. On a page that cannot be
 * cleaned (no article, a browser page) it does nothing.
 */
import browser from 'webextension-polyfill';
import { send, type PlayerRequest, type SpeechCommand, type SpeechState } from '../shared/protocol';
import { cleanTab } from './tab-actions';

/** Injects read-aloud.js (the player) into the tab's top frame, or the named document (Chromium), whose cleaner asked for it. */
export async function injectPlayer(tabId: number, documentId?: string): Promise<void> {
  const target = documentId !== undefined ? ({ tabId, documentIds: [documentId] } as unknown as browser.Scripting.InjectionTarget) : { tabId, frameIds: [0] };
  await browser.scripting.executeScript({ target, files: ['read-aloud.js'] });
}

/** The command's name in manifest.json. */
export const READ_ALOUD_COMMAND = 'read-aloud';

/** Sends a command to the tab's player; a tab without a cleaner (never cleaned, or a browser page) has nothing to read. */
export async function readAloudTab(tabId: number, command: SpeechCommand, rate?: number): Promise<SpeechState> {
  const request: PlayerRequest = { type: 'cleaner/read-aloud', command, ...(rate !== undefined ? { rate } : {}) };
  try {
    const reply = await send((message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }), 'cleaner', request);
    return reply ?? { status: 'error', rate: 1 };
  } catch {
    return { status: 'not-clean', rate: 1 };
  }
}

/** The shortcut: starts reading (cleaning the page first if needed), pauses, goes on. */
export async function readAloudShortcut(tabId: number): Promise<SpeechState> {
  const state = await readAloudTab(tabId, 'toggle');
  if (state.status !== 'not-clean') return state;
  const cleaned = await cleanTab(tabId, 'command');
  return cleaned.status === 'clean' ? readAloudTab(tabId, 'play') : state;
}

export function startReadAloudCommand(): void {
  browser.commands.onCommand.addListener(async (command: string) => {
    if (command !== READ_ALOUD_COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await readAloudShortcut(tab.id);
  });
}
