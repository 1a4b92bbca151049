import { beforeEach, describe, expect, it, vi } from 'vitest';

// The polyfill refuses to load outside an extension; read aloud needs these pieces.
const commandListeners: Array<(command: string) => unknown> = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { id: 'our-id', getURL: (p: string) => `chrome-extension://our-id/${p}` },
    tabs: { get: vi.fn(), sendMessage: vi.fn(), query: vi.fn() },
    scripting: { insertCSS: vi.fn(), executeScript: vi.fn() },
    storage: { sync: { get: vi.fn(async () => ({})) }, session: { get: vi.fn(async () => ({})), set: vi.fn(async () => undefined) } },
    action: { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn(), setTitle: vi.fn() },
    commands: { onCommand: { addListener: (fn: (command: string) => unknown) => commandListeners.push(fn) } },
  },
}));

const { readAloudShortcut, readAloudTab, startReadAloudCommand } = await import('../../../src/background/read-aloud');
const browser = (await import('webextension-polyfill')).default as unknown as {
  tabs: { get: ReturnType<typeof vi.fn>; sendMessage: ReturnType<typeof vi.fn>; query: ReturnType<typeof vi.fn> };
  scripting: { insertCSS: ReturnType<typeof vi.fn>; executeScript: ReturnType<typeof vi.fn> };
};

/** A page whose cleaner is injected on request, cleans on request, and whose player answers as the page's would. */
function fakeTab(options: { injected: boolean; cleanable: boolean }) {
  let injected = options.injected;
  let clean = false;
  const sent: string[] = [];
  browser.scripting.executeScript.mockImplementation(async () => {
    injected = true;
  });
  browser.tabs.sendMessage.mockImplementation(async (_tab: number, message: { type: string; command?: string }) => {
    if (!injected) throw new Error('Could not establish connection. Receiving end does not exist.');
    sent.push(message.command ? `${message.type}:${message.command}` : message.type);
    if (message.type === 'cleaner/clean') clean = options.cleanable;
    if (message.type === 'cleaner/read-aloud') return clean ? { status: message.command === 'status' ? 'idle' : 'playing', rate: 1 } : { status: 'not-clean', rate: 1 };
    return { status: clean ? 'clean' : 'no-article', url: 'https://news.example/a' };
  });
  return sent;
}

describe('read aloud in the background', () => {
  beforeEach(() => {
    browser.tabs.get.mockReset().mockResolvedValue({ id: 4, url: 'https://news.example/a' });
    browser.tabs.sendMessage.mockReset();
    browser.scripting.executeScript.mockReset();
    browser.scripting.insertCSS.mockReset();
  });

  it('answers "not clean" for a tab with no cleaner, without injecting one', async () => {
    fakeTab({ injected: false, cleanable: true });
    expect(await readAloudTab(4, 'status')).toEqual({ status: 'not-clean', rate: 1 });
    expect(browser.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('cleans a page that is not cleaned, then reads, when the shortcut is pressed', async () => {
    const sent = fakeTab({ injected: false, cleanable: true });
    expect((await readAloudShortcut(4)).status).toBe('playing');
    expect(sent).toEqual(['cleaner/clean', 'cleaner/read-aloud:play']);
  });

  it('passes the shortcut on as a toggle on a cleaned page', async () => {
    const sent = fakeTab({ injected: true, cleanable: true });
    await readAloudShortcut(4); // cleans and plays
    sent.length = 0;
    await readAloudShortcut(4);
    expect(sent).toEqual(['cleaner/read-aloud:toggle']);
  });

  it('does nothing more on a page with no article', async () => {
    const sent = fakeTab({ injected: true, cleanable: false });
    expect((await readAloudShortcut(4)).status).toBe('not-clean');
    expect(sent).toEqual(['cleaner/read-aloud:toggle', 'cleaner/clean']);
  });

  it('listens to its own command only', async () => {
    const sent = fakeTab({ injected: true, cleanable: true });
    browser.tabs.query.mockResolvedValue([{ id: 4 }]);
    startReadAloudCommand();
    const listener = commandListeners.at(-1)!;
    await listener('toggle-cleanup');
    expect(sent).toEqual([]);
    await listener('read-aloud');
    expect(sent).toEqual(['cleaner/read-aloud:toggle', 'cleaner/clean', 'cleaner/read-aloud:play']);
  });
});
