/**
 * Opens the welcome page once, when the extension is installed. After an update nothing opens,
 * unless the reader turned on "Show what's new after Quiet Reader updates" in the options. A
 * temporary install (Firefox's about:debugging, web-ext run, a test harness) opens nothing: the
 * options page has a button for the welcome page.
 */
import browser from 'webextension-polyfill';
import { getSettings } from '../shared/settings';

/** The page to open for an onInstalled event, or undefined for none. */
export async function welcomeFor(details: { reason: string; previousVersion?: string; temporary?: boolean }, version: string, showWhatsNew: () => Promise<boolean>): Promise<string | undefined> {
  if (details.temporary === true) return undefined;
  if (details.reason === 'install') return 'welcome.html';
  if (details.reason !== 'update' || details.previousVersion === version) return undefined;
  return (await showWhatsNew()) ? `welcome.html?updated=${encodeURIComponent(version)}` : undefined;
}

export function startWelcome(): void {
  browser.runtime.onInstalled.addListener(async (details) => {
    const page = await welcomeFor(details, browser.runtime.getManifest().version, async () => (await getSettings()).showWhatsNew);
    if (page) await browser.tabs.create({ url: browser.runtime.getURL(page) }).catch(() => undefined);
  });
}
