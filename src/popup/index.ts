/** The toolbar popup: cleans the target tab on open, shows its state and attribution, toggles original/clean. */
import browser from 'webextension-polyfill';
import { isTabState, type BackgroundRequest, type TabState } from '../shared/messages';
import { mountSiteSwitch } from './site-switch';
import { targetTabId } from './target-tab';
import { popupElements, renderPopup } from './render-popup';

const els = popupElements(document);

async function ask(request: BackgroundRequest): Promise<TabState> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(request);
    return isTabState(reply) ? reply : { status: 'error', message: 'No answer from the extension.' };
  } catch (error) {
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/** The tab's favicon URL; the host permission lets tabs.get report it without the `tabs` permission. */
async function favIconOf(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).favIconUrl;
  } catch {
    return undefined;
  }
}

function render(state: TabState, tabId: number, favIconUrl: string | undefined): void {
  renderPopup(els, state, { favIconUrl });
  els.toggle.onclick = async () => {
    els.toggle.disabled = true;
    const next = await ask({ type: state.status === 'clean' ? 'restore' : 'clean', tabId });
    render(next, tabId, favIconUrl);
    els.toggle.disabled = false;
    els.toggle.focus();
  };
}

async function main(): Promise<void> {
  const tabId = await targetTabId(location.search);
  if (tabId === undefined) {
    render({ status: 'error', message: 'No tab to work on.' }, -1, undefined);
    return;
  }
  const [state, favIconUrl] = await Promise.all([ask({ type: 'clean', tabId }), favIconOf(tabId)]);
  render(state, tabId, favIconUrl);
  await mountSiteSwitch(document.getElementById('site-controls') as HTMLElement, state.url);
}

void main();
