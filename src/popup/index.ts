/** The toolbar popup: cleans the target tab on open, shows its state and attribution, toggles original/clean. */
import browser from 'webextension-polyfill';
import { localizePage, t } from '../shared/i18n';
import { send, type BackgroundRequest, type TabState } from '../shared/protocol';
import { mountComfortControls, showReadingTime } from './comfort-controls';
import { mountSiteSwitch } from './site-switch';
import { mountReadAloud } from './read-aloud-controls';
import { playerOf } from './ask-player';
import { mountCorrectionControls } from './correction-controls';
import { targetTabId } from './target-tab';
import { popupElements, renderPopup } from './render-popup';

localizePage(document);
const els = popupElements(document);

async function ask(request: BackgroundRequest): Promise<TabState> {
  try {
    const reply = await send((message) => browser.runtime.sendMessage(message), 'background', request);
    return reply ?? { status: 'error', message: t('error_no_answer') };
  } catch (error) {
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

interface TabFacts {
  /** The tab's real address, from the browser (undefined without access to it). */
  url?: string;
  /** The browser's favicon for the tab: shown only as an inline image (see favicon.ts). */
  favIconUrl?: string;
}

/** What the browser says about the tab; the host permission lets tabs.get report it without the `tabs` permission. */
async function tabFacts(tabId: number): Promise<TabFacts> {
  try {
    const tab = await browser.tabs.get(tabId);
    return { url: tab.url, favIconUrl: tab.favIconUrl };
  } catch {
    return {};
  }
}

function render(state: TabState, tabId: number, facts: TabFacts): void {
  renderPopup(els, state, { favIconUrl: facts.favIconUrl, tabUrl: facts.url });
  showReadingTime(document, state);
  els.toggle.onclick = async () => {
    els.toggle.disabled = true;
    const next = await ask({ type: state.status === 'clean' ? 'restore' : 'clean', tabId });
    render(next, tabId, facts);
    els.toggle.disabled = false;
    els.toggle.focus();
  };
}

async function main(): Promise<void> {
  const tabId = await targetTabId(location.search);
  if (tabId === undefined) {
    render({ status: 'error', message: t('error_no_tab') }, -1, {});
    return;
  }
  const [state, facts] = await Promise.all([ask({ type: 'clean', tabId }), tabFacts(tabId)]);
  render(state, tabId, facts);
  void mountReadAloud(document.getElementById('read-aloud') as HTMLElement, playerOf(tabId));
  await mountSiteSwitch(document.getElementById('site-controls') as HTMLElement, state.url);
  await mountComfortControls(document.getElementById('comfort') as HTMLElement, state.url, () => ask({ type: 'comfort', tabId }));
  mountCorrectionControls(document.getElementById('corrections') as HTMLElement, tabId, state, ask);
}

void main();
