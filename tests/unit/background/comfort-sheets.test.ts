import { beforeEach, describe, expect, it, vi } from 'vitest';

const updated: Array<(tabId: number, change: { status?: string; url?: string }) => void> = [];
const removed: Array<(tabId: number) => void> = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { id: 'our-id' },
    tabs: {
      get: vi.fn(),
      sendMessage: vi.fn(),
      onUpdated: { addListener: (fn: (typeof updated)[number]) => updated.push(fn) },
      onRemoved: { addListener: (fn: (typeof removed)[number]) => removed.push(fn) },
    },
    scripting: { insertCSS: vi.fn(), removeCSS: vi.fn(), executeScript: vi.fn() },
  },
}));

const { styleComfort, startComfortSheets } = await import('../../../src/background/cleaner-link');
const { comfortSheet } = await import('../../../src/reader/comfort/comfort-css');
const { DEFAULT_COMFORT } = await import('../../../src/shared/comfort');
const browser = (await import('webextension-polyfill')).default as unknown as {
  scripting: { insertCSS: ReturnType<typeof vi.fn>; removeCSS: ReturnType<typeof vi.fn> };
};

const target = { tabId: 7, frameIds: [0] };
const inserted = () => browser.scripting.insertCSS.mock.calls.map(([d]) => d.css);
const taken = () => browser.scripting.removeCSS.mock.calls.map(([d]) => d.css);

describe('comfort sheets in a tab', () => {
  beforeEach(async () => {
    browser.scripting.insertCSS.mockReset().mockResolvedValue(undefined);
    browser.scripting.removeCSS.mockReset().mockResolvedValue(undefined);
    await styleComfort(7, undefined); // forget what an earlier test left
    browser.scripting.removeCSS.mockClear();
  });

  it('inserts nothing for the site’s own everything', async () => {
    await styleComfort(7, { ...DEFAULT_COMFORT });
    expect(browser.scripting.insertCSS).not.toHaveBeenCalled();
    expect(browser.scripting.removeCSS).not.toHaveBeenCalled();
  });

  it('inserts each chosen sheet once, in the user origin, and swaps only what changed', async () => {
    await styleComfort(7, { ...DEFAULT_COMFORT, theme: 'dark', size: 120 });
    expect(inserted()).toEqual([comfortSheet('size:120'), comfortSheet('theme:dark')]);
    expect(browser.scripting.insertCSS).toHaveBeenCalledWith({ target, css: comfortSheet('theme:dark'), origin: 'USER' });
    browser.scripting.insertCSS.mockClear();
    await styleComfort(7, { ...DEFAULT_COMFORT, theme: 'dark', size: 120 });
    expect(browser.scripting.insertCSS).not.toHaveBeenCalled();
    await styleComfort(7, { ...DEFAULT_COMFORT, theme: 'sepia', size: 120 });
    expect(taken()).toEqual([comfortSheet('theme:dark')]);
    expect(inserted()).toEqual([comfortSheet('theme:sepia')]);
    expect(browser.scripting.removeCSS).toHaveBeenCalledWith({ target, css: comfortSheet('theme:dark'), origin: 'USER' });
  });

  it('takes every sheet out on restore', async () => {
    await styleComfort(7, { ...DEFAULT_COMFORT, font: 'serif', measure: 'narrow' });
    await styleComfort(7, undefined);
    expect(taken().sort()).toEqual([comfortSheet('font:serif'), comfortSheet('measure:narrow')].sort());
  });

  it('forgets a tab’s sheets when it loads another document, so the next cleanup inserts them again', async () => {
    startComfortSheets();
    await styleComfort(7, { ...DEFAULT_COMFORT, theme: 'dark' });
    for (const fn of updated) fn(7, { status: 'loading' });
    browser.scripting.insertCSS.mockClear();
    await styleComfort(7, { ...DEFAULT_COMFORT, theme: 'dark' });
    expect(inserted()).toEqual([comfortSheet('theme:dark')]);
    for (const fn of removed) fn(7);
    browser.scripting.insertCSS.mockClear();
    await styleComfort(7, { ...DEFAULT_COMFORT, theme: 'dark' });
    expect(inserted()).toEqual([comfortSheet('theme:dark')]);
  });

  it('never throws when the page refuses styles, and tries again next time', async () => {
    browser.scripting.insertCSS.mockRejectedValue(new Error('Cannot access contents of the page'));
    await expect(styleComfort(7, { ...DEFAULT_COMFORT, theme: 'dark' })).resolves.toBeUndefined();
    browser.scripting.insertCSS.mockReset().mockResolvedValue(undefined);
    await styleComfort(7, { ...DEFAULT_COMFORT, theme: 'dark' });
    expect(inserted()).toEqual([comfortSheet('theme:dark')]);
  });

  it('targets the named document when there is one', async () => {
    await styleComfort(7, { ...DEFAULT_COMFORT, theme: 'light' }, { documentId: 'DOC1' });
    expect(browser.scripting.insertCSS).toHaveBeenCalledWith({ target: { tabId: 7, documentIds: ['DOC1'] }, css: comfortSheet('theme:light'), origin: 'USER' });
  });
});
