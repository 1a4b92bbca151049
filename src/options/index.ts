/**
 * Options page: the global automatic-cleanup switch, reading choices, the "always" and "never"
 * site lists with remove buttons, and a host-access request when the browser has not granted it.
 * Sites are rendered as text only; the page follows storage changes made elsewhere (the popup).
 */
import { mountRulesSection } from './rules-section';
import { getSettings, hasAutoCleanAccess, onSettingsChanged, requestAutoCleanAccess, setSettings, setSitePolicy, type Settings } from '../shared/settings';

type Toggle = 'autoClean' | 'keepImages' | 'keepComments';
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
      remove.textContent = 'Remove';
      remove.setAttribute('aria-label', `Remove ${site}`);
      remove.addEventListener('click', async () => {
        await setSitePolicy(site, 'default');
        say(`${site} removed.`);
      });
      item.append(name, remove);
      return item;
    }),
  );
  byId(`${key}-empty`).hidden = sites.length > 0;
}

function render(settings: Settings): void {
  for (const key of ['autoClean', 'keepImages', 'keepComments'] as Toggle[]) byId<HTMLInputElement>(key).checked = settings[key];
  renderList('alwaysSites', settings.alwaysSites);
  renderList('neverSites', settings.neverSites);
}

async function renderAccess(): Promise<void> {
  byId('access').hidden = await hasAutoCleanAccess();
}

async function main(): Promise<void> {
  for (const key of ['autoClean', 'keepImages', 'keepComments'] as Toggle[]) {
    byId<HTMLInputElement>(key).addEventListener('change', async (event) => {
      const checked = (event.target as HTMLInputElement).checked;
      try {
        render(await setSettings({ [key]: checked }));
        say('Saved.');
      } catch (error) {
        say(`Could not save: ${error instanceof Error ? error.message : String(error)}`);
        render(await getSettings());
      }
    });
  }
  byId<HTMLButtonElement>('allow-auto-clean').addEventListener('click', () => {
    // No await before the request: Firefox only honours it inside the click.
    void requestAutoCleanAccess().then(async (granted) => {
      say(granted ? 'Automatic cleanup is allowed.' : 'Access was not granted; the toolbar button still works.');
      await renderAccess();
    });
  });
  onSettingsChanged(render);
  render(await getSettings());
  await renderAccess();
  await mountRulesSection(say);
}

void main();
