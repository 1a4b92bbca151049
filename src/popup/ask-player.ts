/** The popup's line to the read-aloud player of its tab, through the background. */
import browser from 'webextension-polyfill';
import { send } from '../shared/protocol';
import type { AskPlayer } from './read-aloud-controls';

/** Asks the player of tab `tabId`. */
export function playerOf(tabId: number): AskPlayer {
  return async (command, rate) => {
    const message = { type: 'read-aloud' as const, tabId, command, ...(rate !== undefined ? { rate } : {}) };
    return (await send((m) => browser.runtime.sendMessage(m), 'background', message)) ?? { status: 'error', rate: rate ?? 1 };
  };
}
