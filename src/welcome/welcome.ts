/**
 * The welcome page, opened once on install (and after an update only when the reader asked for
 * "what's new" in the options): what happens to news pages, how to undo it, the per-site switch,
 * the keyboard shortcut and where to change it, and, when host access was withheld (Firefox), the
 * button that asks for it. The extension's own words only: no remote content.
 */
import browser from 'webextension-polyfill';
import { localizePage, t, tParts } from '../shared/i18n';
import { hasAutoCleanAccess, requestAutoCleanAccess } from '../shared/settings';
import { updatedVersion } from './welcome-query';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** The key bound to the toggle command now (the reader may have changed or removed it). */
async function currentShortcut(): Promise<string | undefined> {
  try {
    const commands = await browser.commands.getAll();
    return commands.find((c) => c.name === 'toggle-cleanup')?.shortcut || undefined;
  } catch {
    return undefined;
  }
}

async function showShortcut(): Promise<void> {
  const shortcut = await currentShortcut();
  const line = byId('shortcut');
  if (shortcut) {
    const kbd = document.createElement('kbd');
    kbd.textContent = shortcut;
    line.replaceChildren(...tParts('welcome_shortcut_text', { shortcut: kbd }));
  } else {
    line.textContent = t('welcome_shortcut_none');
  }
  byId('shortcut-where').textContent = __TARGET__ === 'firefox' ? t('welcome_shortcut_firefox') : t('welcome_shortcut_chrome');
  byId<HTMLButtonElement>('change-shortcut').addEventListener('click', () => {
    if (__TARGET__ === 'firefox') {
      // Firefox 137+: opens about:addons at "Manage Extension Shortcuts".
      void (browser.commands as unknown as { openShortcutSettings(): Promise<void> }).openShortcutSettings();
    } else {
      void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
    }
  });
}

async function showAccess(): Promise<void> {
  if (await hasAutoCleanAccess()) return;
  byId('access').hidden = false;
  const button = byId<HTMLButtonElement>('allow-auto-clean');
  button.addEventListener('click', () => {
    // No await before the request: Firefox only honours it inside the click.
    void requestAutoCleanAccess().then((granted) => {
      byId('access-result').textContent = granted ? t('popup_access_granted') : t('options_access_refused');
      if (granted) button.hidden = true;
    });
  });
}

function main(): void {
  localizePage(document);
  const version = updatedVersion(location.search);
  if (version) {
    const note = byId('updated');
    note.textContent = t('welcome_updated', { version });
    note.hidden = false;
  }
  byId<HTMLButtonElement>('open-options').addEventListener('click', () => void browser.runtime.openOptionsPage());
  void showAccess();
  void showShortcut();
}

main();
