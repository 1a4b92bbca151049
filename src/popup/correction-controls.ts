/**
 * The popup's corrections: "Hide something else", "This is the article", "Show what was hidden".
 * Each starts the picker in the page, which lives there (the popup closes: it would be in the
 * way, and the picker needs the page's pointer and keys); the page reports the result to the
 * background, which remembers it for the site. Built with DOM APIs, text only.
 */
import { t } from '../shared/i18n';
import type { PickMode, TabState } from '../shared/protocol';

type Ask = (request: { type: 'pick'; tabId: number; mode: PickMode }) => Promise<TabState>;

/** Pages where the picker can run: ones the cleaner may work on. */
const PICKABLE = new Set<TabState['status']>(['clean', 'original', 'no-article', 'too-large']);

export function mountCorrectionControls(container: HTMLElement, tabId: number, state: TabState, ask: Ask, close: () => void = () => window.close()): void {
  container.replaceChildren();
  container.hidden = !(tabId >= 0 && PICKABLE.has(state.status) && /^https?:/i.test(state.url ?? ''));
  if (container.hidden) return;
  const heading = document.createElement('h2');
  heading.id = 'corrections-heading';
  heading.textContent = t('corrections_heading');
  container.setAttribute('aria-labelledby', heading.id);
  const row = document.createElement('div');
  row.className = 'correction-buttons';
  const feedback = document.createElement('p');
  feedback.className = 'correction-feedback';
  feedback.setAttribute('role', 'status');
  const button = (mode: PickMode, label: string) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.dataset.mode = mode;
    b.addEventListener('click', async () => {
      b.disabled = true;
      const reply = await ask({ type: 'pick', tabId, mode });
      b.disabled = false;
      if (reply.status === 'error' || reply.status === 'restricted') {
        feedback.textContent = reply.message ?? t('corrections_failed');
        return;
      }
      close();
    });
    return b;
  };
  row.append(button('hide', t('corrections_hide')), button('article', t('corrections_article')), button('show-hidden', t('corrections_show_hidden')));
  const hint = document.createElement('p');
  hint.className = 'correction-hint';
  hint.textContent = t('corrections_hint');
  container.append(heading, row, hint, feedback);
}
