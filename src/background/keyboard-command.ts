/** The keyboard shortcut: toggles cleanup of the active tab without opening the popup. */
import browser from 'webextension-polyfill';
import { toggleTab } from './tab-actions';

export function startKeyboardCommand(): void {
  browser.commands.onCommand.addListener(async (command: string) => {
    if (command !== 'toggle-cleanup') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await toggleTab(tab.id, 'command');
  });
}
