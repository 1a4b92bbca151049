import { describe, expect, it, vi } from 'vitest';
import { mountCorrectionControls } from '../../../src/popup/correction-controls';
import type { TabState } from '../../../src/shared/protocol';

const clean: TabState = { status: 'clean', url: 'https://news.example/a' };

function mount(state: TabState, reply: TabState = { status: 'clean' }) {
  const container = document.createElement('section');
  document.body.replaceChildren(container);
  const ask = vi.fn(async () => reply);
  const close = vi.fn();
  mountCorrectionControls(container, 7, state, ask, close);
  return { container, ask, close };
}

describe('popup correction controls', () => {
  it('offers the three corrections as buttons; each starts the picker in the tab and closes the popup', async () => {
    const { container, ask, close } = mount(clean);
    expect(container.hidden).toBe(false);
    const buttons = Array.from(container.querySelectorAll('button'));
    expect(buttons.map((b) => b.textContent)).toEqual(['Hide something else', 'This is the article', 'Show what was hidden']);
    buttons[1]?.click();
    await vi.waitFor(() => expect(close).toHaveBeenCalledTimes(1));
    expect(ask).toHaveBeenCalledWith({ type: 'pick', tabId: 7, mode: 'article' });
  });

  it('says why and stays open when the picker cannot start', async () => {
    const { container, close } = mount(clean, { status: 'error', message: 'Quiet Reader could not reach the page.' });
    container.querySelector('button')?.click();
    await vi.waitFor(() => expect(container.querySelector('[role="status"]')?.textContent).toBe('Quiet Reader could not reach the page.'));
    expect(close).not.toHaveBeenCalled();
  });

  it('is not offered where the cleaner may not work', () => {
    expect(mount({ status: 'restricted', url: 'chrome://extensions' }).container.hidden).toBe(true);
    expect(mount({ status: 'clean', url: 'file:///x.html' }).container.hidden).toBe(true);
  });
});
