import { beforeEach, describe, expect, it, vi } from 'vitest';

// The polyfill refuses to load outside an extension; the router only needs these pieces.
const listeners: Array<(message: unknown, sender: unknown) => unknown> = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'our-id',
      getURL: (p: string) => `chrome-extension://our-id/${p}`,
      onMessage: { addListener: (fn: (m: unknown, s: unknown) => unknown) => listeners.push(fn) },
    },
    tabs: { get: vi.fn(), sendMessage: vi.fn() },
    scripting: { insertCSS: vi.fn(), executeScript: vi.fn() },
  },
}));

const { startMessageRouter } = await import('../../../src/background/message-router');
const browser = (await import('webextension-polyfill')).default as unknown as {
  tabs: { get: ReturnType<typeof vi.fn>; sendMessage: ReturnType<typeof vi.fn> };
  scripting: { insertCSS: ReturnType<typeof vi.fn>; executeScript: ReturnType<typeof vi.fn> };
};

const popupSender = { id: 'our-id', url: 'chrome-extension://our-id/popup.html?tab=4' };
const contentSender = { id: 'our-id', url: 'https://news.example/a', tab: { id: 4 }, frameId: 0 };
const foreignSender = { id: 'other-extension', url: 'chrome-extension://other-extension/page.html' };

describe('message router', () => {
  const onContentEvent = vi.fn();
  beforeEach(() => {
    listeners.length = 0;
    onContentEvent.mockReset();
    browser.tabs.get.mockReset().mockResolvedValue({ id: 4, url: 'https://news.example/a' });
    browser.tabs.sendMessage.mockReset().mockResolvedValue({ status: 'clean' });
    browser.scripting.executeScript.mockReset();
    startMessageRouter(onContentEvent);
  });
  const send = (message: unknown, sender: unknown) => listeners[0]!(message, sender);

  it('answers a well-formed request from the popup', async () => {
    await expect(send({ type: 'clean', tabId: 4 }, popupSender)).resolves.toEqual({ status: 'clean' });
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(4, { type: 'cleaner/clean', trigger: 'toolbar', options: { keepComments: false, keepImages: true } }, { frameId: 0 });
  });

  it('answers unknown types and bad payloads from the popup with an error, as data', async () => {
    for (const bad of [{ type: 'open-url', url: 'https://evil.example' }, { type: 'clean', tabId: '4' }, { type: 'clean', tabId: -1 }, { type: 'clean' }, null, 'clean', [1], { type: 'clean', tabId: 1.5 }]) {
      const reply = (await send(bad, popupSender)) as { status: string };
      expect(reply.status, JSON.stringify(bad)).toBe('error');
    }
    expect(browser.tabs.sendMessage).not.toHaveBeenCalled();
  });

  it('ignores popup requests from content scripts, other extensions and web pages', async () => {
    for (const sender of [contentSender, foreignSender, { url: 'https://evil.example/' }, {}]) {
      expect(send({ type: 'clean', tabId: 4 }, sender)).toBeUndefined();
    }
    await Promise.resolve();
    expect(browser.tabs.sendMessage).not.toHaveBeenCalled();
    expect(browser.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('passes only well-formed events from our own content scripts on', () => {
    send({ type: 'detected', article: true, score: 3, url: 'https://news.example/a' }, contentSender);
    send({ type: 'detected', article: 'yes', score: 3, url: 'https://news.example/a' }, contentSender);
    send({ type: 'detected', article: true, score: 3, url: 'https://news.example/a' }, foreignSender);
    send({ type: 'detected', article: true, score: 3, url: 'https://news.example/a' }, { ...contentSender, frameId: 2 });
    expect(onContentEvent).toHaveBeenCalledTimes(1);
    expect(onContentEvent).toHaveBeenCalledWith({ type: 'detected', article: true, score: 3, url: 'https://news.example/a' }, 4);
  });

  it('refuses browser pages and stores without injecting anything', async () => {
    for (const url of ['chrome://settings', 'https://chromewebstore.google.com/detail/x', 'https://addons.mozilla.org/en-US/firefox/', 'https://example.org/report.pdf', 'file:///etc/passwd']) {
      browser.tabs.get.mockResolvedValue({ id: 4, url });
      const reply = (await send({ type: 'clean', tabId: 4 }, popupSender)) as { status: string; message: string };
      expect(reply.status, url).toBe('restricted');
      expect(reply.message).toMatch(/can’t work on this page/);
    }
    expect(browser.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('injects the in-place reader only into the asking content script’s own tab and top frame', async () => {
    browser.scripting.executeScript.mockResolvedValue([]);
    await expect(send({ type: 'load-in-place-reader' }, contentSender)).resolves.toBe(true);
    expect(browser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 4, frameIds: [0] }, files: ['in-place.js'] });
    browser.scripting.executeScript.mockReset().mockRejectedValue(new Error('Cannot access contents of the page'));
    await expect(send({ type: 'load-in-place-reader' }, contentSender)).resolves.toBe(false);
    browser.scripting.executeScript.mockReset();
    // Not from our content script in a top frame: nothing injected, no answer.
    for (const sender of [foreignSender, { ...contentSender, frameId: 3 }, { url: 'https://evil.example/' }]) {
      expect(send({ type: 'load-in-place-reader' }, sender)).toBeUndefined();
    }
    expect(send({ type: 'load-in-place-reader', tabId: 9 }, popupSender)).not.toBeUndefined(); // popup: refused as data
    expect(browser.scripting.executeScript).not.toHaveBeenCalled();
  });
});
