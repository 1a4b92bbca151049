/** The toolbar popup: cleans the target tab on open, shows its state, toggles original/clean. */
import browser from 'webextension-polyfill';
import { isTabState, type BackgroundRequest, type TabState } from '../shared/messages';
import { mountSiteSwitch } from './site-switch';
import { targetTabId } from './target-tab';

const statusEl = document.getElementById('status') as HTMLParagraphElement;
const attributionEl = document.getElementById('attribution') as HTMLElement;
const toggleEl = document.getElementById('toggle') as HTMLButtonElement;

const STATUS_TEXT: Record<TabState['status'], string> = {
  clean: 'Page cleaned.',
  original: 'Showing the original page.',
  'no-article': 'No article found on this page, so it was left as it is.',
  'too-large': 'This page is too large to clean safely, so it was left as it is.',
  restricted: 'Quiet Reader can’t work on this page.',
  error: 'Something went wrong; the page was left as it is.',
};

async function ask(request: BackgroundRequest): Promise<TabState> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(request);
    return isTabState(reply) ? reply : { status: 'error', message: 'No answer from the extension.' };
  } catch (error) {
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

function render(state: TabState, tabId: number): void {
  document.body.dataset.status = state.status;
  statusEl.textContent = state.message ?? STATUS_TEXT[state.status];
  attributionEl.replaceChildren();
  const headline = state.attribution?.headline?.value;
  if (headline) {
    const h1 = document.createElement('h1');
    h1.textContent = headline;
    attributionEl.append(h1);
  }
  attributionEl.hidden = !headline;
  const canToggle = state.status === 'clean' || state.status === 'original';
  toggleEl.hidden = !canToggle;
  toggleEl.textContent = state.status === 'clean' ? 'Show original page' : 'Clean this page';
  toggleEl.onclick = async () => {
    toggleEl.disabled = true;
    render(await ask({ type: state.status === 'clean' ? 'restore' : 'clean', tabId }), tabId);
    toggleEl.disabled = false;
  };
}

async function main(): Promise<void> {
  const tabId = await targetTabId(location.search);
  if (tabId === undefined) {
    render({ status: 'error', message: 'No tab to work on.' }, -1);
    return;
  }
  const state = await ask({ type: 'clean', tabId });
  render(state, tabId);
  await mountSiteSwitch(document.getElementById('site-controls') as HTMLElement, state.url);
}

void main();
