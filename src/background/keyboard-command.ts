/**
 * The keyboard shortcuts: toggle cleanup of the active tab without opening the popup; start the
 * picker to hide something on it (as the popup's "Hide something else" does).
 */
import browser from 'webextension-polyfill';
import { pickInTab, toggleTab } from './tab-actions';

export function startKeyboardCommand(): void {
  browser.commands.onCommand.addListener(async (command: string) => {
    if (command !== 'toggle-cleanup' && command !== 'pick-hide') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    if (command === 'pick-hide') await pickInTab(tab.id, 'hide');
    else await toggleTab(tab.id, 'command');
  });
}
