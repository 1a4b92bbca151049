/**
 * Options page: the global automatic-cleanup switch, reading choices, the "always" and "never"
 * site lists with remove buttons, and a host-access request when the browser has not granted it.
 * Sites are rendered as text only; the page follows storage changes made elsewhere (the popup).
 */
import browser from 'webextension-polyfill';
import { localizePage, t, tp } from '../shared/i18n';
import { mountRulesSection } from './rules-section';
import { getSettings, hasAutoCleanAccess, onSettingsChanged, requestAutoCleanAccess, setSettings, setSitePolicy, type Settings } from '../shared/settings';

type Toggle = 'autoClean' | 'keepImages' | 'keepComments' | 'showWhatsNew';
const TOGGLES: Toggle[] = ['autoClean', 'keepImages', 'keepComments', 'showWhatsNew'];
type ListKey = 'alwaysSites' | 'neverSites';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const statusEl = byId<HTMLParagraphElement>('status');

function say(text: string): void {
  statusEl.textContent = text;
}

function renderList(key: ListKey, sites: string[]): void {
  const list = byId<HTMLUListElement>(key);
  list.replaceChildren(
    ...sites.map((site) => {
      const item = document.createElement('li');
      const name = document.createElement('span');
      name.textContent = site;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = t('options_remove');
      remove.setAttribute('aria-label', t('options_remove_site', { site }));
      remove.addEventListener('click', async () => {
        await setSitePolicy(site, 'default');
        say(t('options_site_removed', { site }));
      });
      item.append(name, remove);
      return item;
    }),
  );
  byId(`${key}-empty`).hidden = sites.length > 0;
  const count = byId(`${key}-count`);
  count.textContent = tp('options_sites_count', sites.length);
  count.hidden = sites.length === 0;
}

function render(settings: Settings): void {
  for (const key of TOGGLES) byId<HTMLInputElement>(key).checked = settings[key];
  renderList('alwaysSites', settings.alwaysSites);
  renderList('neverSites', settings.neverSites);
}

async function renderAccess(): Promise<void> {
  byId('access').hidden = await hasAutoCleanAccess();
}

async function main(): Promise<void> {
  localizePage(document);
  for (const key of TOGGLES) {
    byId<HTMLInputElement>(key).addEventListener('change', async (event) => {
      const checked = (event.target as HTMLInputElement).checked;
      try {
        render(await setSettings({ [key]: checked }));
        say(t('options_saved'));
      } catch (error) {
        say(t('options_save_failed', { detail: error instanceof Error ? error.message : String(error) }));
        render(await getSettings());
      }
    });
  }
  byId<HTMLButtonElement>('allow-auto-clean').addEventListener('click', () => {
    // No await before the request: Firefox only honours it inside the click.
    void requestAutoCleanAccess().then(async (granted) => {
      say(granted ? t('options_access_granted') : t('options_access_refused'));
      await renderAccess();
    });
  });
  byId<HTMLButtonElement>('open-welcome').addEventListener('click', () => void browser.tabs.create({ url: browser.runtime.getURL('welcome.html') }));
  onSettingsChanged(render);
  render(await getSettings());
  await renderAccess();
  await mountRulesSection(say);
}

void main();
