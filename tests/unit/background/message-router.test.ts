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
    storage: { sync: { get: vi.fn(async () => ({})) }, session: { get: vi.fn(async () => ({})), set: vi.fn(async () => undefined) } },
    permissions: { contains: vi.fn(async () => true) },
    action: { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn(), setTitle: vi.fn() },
  },
}));

const { isExtensionPageSender, readOnePerTab, startMessageRouter } = await import('../../../src/background/message-router');
const { AUTO_CLEANS_PER_WINDOW, onContentEvent: autoClean } = await import('../../../src/background/auto-clean');
const browser = (await import('webextension-polyfill')).default as unknown as {
  tabs: { get: ReturnType<typeof vi.fn>; sendMessage: ReturnType<typeof vi.fn> };
  scripting: { insertCSS: ReturnType<typeof vi.fn>; executeScript: ReturnType<typeof vi.fn> };
  storage: { sync: { get: ReturnType<typeof vi.fn> } };
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
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(
      4,
      { type: 'cleaner/clean', trigger: 'toolbar', options: { keepComments: false, keepImages: true }, comfort: { size: 100, lineHeight: 'site', measure: 'site', font: 'site', theme: 'site' } },
      { frameId: 0 },
    );
  });

  it('answers unknown types and bad payloads from the popup with an error, as data', async () => {
    for (const bad of [
      { type: 'open-url', url: 'https://evil.example' },
      { type: 'clean', tabId: '4' },
      { type: 'clean', tabId: -1 },
      { type: 'clean' },
      null,
      'clean',
      [1],
      { type: 'clean', tabId: 1.5 },
    ]) {
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

  it('passes the popup’s read-aloud requests to the tab’s player, and no one else’s', async () => {
    browser.tabs.sendMessage.mockResolvedValue({ status: 'playing', rate: 1.5 });
    await expect(send({ type: 'read-aloud', tabId: 4, command: 'play', rate: 1.5 }, popupSender)).resolves.toEqual({ status: 'playing', rate: 1.5 });
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(4, { type: 'cleaner/read-aloud', command: 'play', rate: 1.5 }, { frameId: 0 });
    browser.tabs.sendMessage.mockClear();
    expect(send({ type: 'read-aloud', tabId: 4, command: 'play' }, contentSender)).toBeUndefined();
    expect(((await send({ type: 'read-aloud', tabId: 4, command: 'shout' }, popupSender)) as { status: string }).status).toBe('error');
    expect(browser.tabs.sendMessage).not.toHaveBeenCalled();
  });

  it('injects the read-aloud player only for our content script’s own page', async () => {
    browser.scripting.executeScript.mockResolvedValue([]);
    await expect(send({ type: 'load-player' }, contentSender)).resolves.toBe(true);
    expect(browser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 4, frameIds: [0] }, files: ['read-aloud.js'] });
    browser.scripting.executeScript.mockClear();
    expect(((await send({ type: 'load-player' }, popupSender)) as { status: string }).status).toBe('error');
    expect(send({ type: 'load-player' }, foreignSender)).toBeUndefined();
    expect(browser.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('injects the picker only for our content script’s own page, into the document that asked', async () => {
    browser.scripting.executeScript.mockResolvedValue([]);
    await expect(send({ type: 'load-picker' }, contentSender)).resolves.toBe(true);
    expect(browser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 4, frameIds: [0] }, files: ['picker.js'] });
    browser.scripting.executeScript.mockClear();
    await expect(send({ type: 'load-picker' }, { ...contentSender, documentId: 'DOC1' })).resolves.toBe(true);
    expect(browser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 4, documentIds: ['DOC1'] }, files: ['picker.js'] });
    browser.scripting.executeScript.mockReset().mockRejectedValue(new Error('Cannot access contents of the page'));
    await expect(send({ type: 'load-picker' }, contentSender)).resolves.toBe(false);
    browser.scripting.executeScript.mockReset();
    expect(((await send({ type: 'load-picker' }, popupSender)) as { status: string }).status).toBe('error');
    expect(send({ type: 'load-picker' }, foreignSender)).toBeUndefined();
    expect(send({ type: 'load-picker', extra: 'x'.repeat(10) }, { ...contentSender, frameId: 3 })).toBeUndefined();
    expect(browser.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('passes only well-formed events from our own content scripts on', () => {
    send({ type: 'detected', article: true, score: 3, url: 'https://news.example/a' }, contentSender);
    send({ type: 'detected', article: 'yes', score: 3, url: 'https://news.example/a' }, contentSender);
    send({ type: 'detected', article: true, score: 3, url: 'https://news.example/a' }, foreignSender);
    send({ type: 'detected', article: true, score: 3, url: 'https://news.example/a' }, { ...contentSender, frameId: 2 });
    expect(onContentEvent).toHaveBeenCalledTimes(1);
    expect(onContentEvent).toHaveBeenCalledWith({ type: 'detected', article: true, score: 3, url: 'https://news.example/a' }, { tabId: 4, url: 'https://news.example/a' });
  });

  it('judges the reporting document by the browser’s address for it, never the address in the message, and names that document', () => {
    send({ type: 'detected', article: true, score: 9, url: 'https://trusted.example/story' }, { ...contentSender, url: 'https://never.example/x', documentId: 'DOC1' });
    expect(onContentEvent).toHaveBeenCalledWith(expect.anything(), { tabId: 4, url: 'https://never.example/x', documentId: 'DOC1' });
  });

  it('takes the detector’s address within the sender’s origin only (a single-page site’s pushState changes the path, never the site)', () => {
    send({ type: 'detected', article: true, score: 9, url: 'https://news.example/b/after-push' }, { ...contentSender, url: 'https://news.example/a' });
    expect(onContentEvent).toHaveBeenLastCalledWith(expect.anything(), { tabId: 4, url: 'https://news.example/b/after-push' });
    for (const claimed of ['http://news.example/b', 'https://news.example:8443/b', 'https://sub.news.example/b', 'not a url']) {
      send({ type: 'detected', article: true, score: 9, url: claimed }, { ...contentSender, url: 'https://news.example/a' });
      expect(onContentEvent).toHaveBeenLastCalledWith(expect.anything(), { tabId: 4, url: 'https://news.example/a' });
    }
  });

  it('takes no content message from an extension page, even one in a tab', () => {
    for (const sender of [
      { ...contentSender, url: 'chrome-extension://our-id/popup.html' },
      { ...contentSender, url: undefined },
    ]) {
      send({ type: 'detected', article: true, score: 3, url: 'https://news.example/a' }, sender);
      expect(send({ type: 'extract', html: '<p>', url: 'https://a.example/', baseUrl: 'https://a.example/', elements: 1, maxElements: 10 }, sender)).toBeUndefined();
    }
    expect(onContentEvent).not.toHaveBeenCalled();
  });

  it('takes requests only from the popup and the options page, top-level pages of ours', () => {
    const ok = [
      popupSender,
      { id: 'our-id', url: 'chrome-extension://our-id/options.html' },
      { id: 'our-id', url: 'chrome-extension://our-id/options.html', tab: { id: 7, url: 'chrome-extension://our-id/options.html' }, frameId: 0 },
      { id: 'our-id', url: 'chrome-extension://our-id/popup.html?tab=4', tab: { id: 7, url: 'chrome-extension://our-id/popup.html?tab=4' }, frameId: 0 },
    ];
    const refused = [
      { id: 'our-id', url: 'chrome-extension://our-id/offscreen.html' },
      { id: 'our-id', url: 'chrome-extension://our-id/extractor.html' },
      { id: 'our-id', url: 'chrome-extension://our-id/' },
      { id: 'our-id', url: 'chrome-extension://our-id/popup.html.evil' },
      { id: 'our-id', url: 'chrome-extension://other-id/popup.html' },
      { id: 'our-id', url: 'https://evil.example/popup.html' },
      // Our page framed in a web page: it carries the web page's tab.
      { id: 'our-id', url: 'chrome-extension://our-id/popup.html', tab: { id: 7, url: 'https://evil.example/' }, frameId: 5 },
      { id: 'our-id', url: 'chrome-extension://our-id/popup.html', tab: { id: 7, url: 'https://evil.example/' }, frameId: 0 },
      { id: 'our-id', url: 'chrome-extension://our-id/options.html', tab: { id: 7 }, frameId: 0 },
    ];
    for (const sender of ok) expect(isExtensionPageSender(sender as never), JSON.stringify(sender)).toBe(true);
    for (const sender of refused) {
      expect(isExtensionPageSender(sender as never), JSON.stringify(sender)).toBe(false);
      expect(send({ type: 'clean', tabId: 4 }, sender)).toBeUndefined();
    }
    expect(browser.tabs.sendMessage).not.toHaveBeenCalled();
  });

  it('reads one copy per tab at a time', async () => {
    let release: () => void = () => undefined;
    const first = readOnePerTab(4, () => new Promise((resolve) => (release = () => resolve('first'))));
    await expect(readOnePerTab(4, async () => 'second')).resolves.toBeUndefined();
    await expect(readOnePerTab(5, async () => 'other tab')).resolves.toBe('other tab');
    release();
    await expect(first).resolves.toBe('first');
    await expect(readOnePerTab(4, async () => 'after')).resolves.toBe('after');
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
    browser.scripting.executeScript.mockClear();
    await expect(send({ type: 'load-in-place-reader' }, { ...contentSender, documentId: 'DOC1' })).resolves.toBe(true);
    expect(browser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 4, documentIds: ['DOC1'] }, files: ['in-place.js'] });
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

describe('automatic cleanup, from the detector’s report to the cleaner', () => {
  const report = (url: string, sender: Record<string, unknown>) => autoClean({ type: 'detected', article: true, score: 9, url }, sender as never);
  beforeEach(() => {
    browser.tabs.get.mockReset().mockResolvedValue({ id: 4, url: 'https://news.example/a' });
    browser.tabs.sendMessage.mockReset().mockResolvedValue({ status: 'clean', url: 'https://news.example/a' });
    browser.scripting.executeScript.mockReset();
    browser.storage.sync.get.mockReset().mockResolvedValue({ version: 1, neverSites: ['never.example'] });
  });

  it('cleans the document that reported, by id, and names the judged address for the cleaner to check', async () => {
    await report('https://news.example/a', { tabId: 4, url: 'https://news.example/a', documentId: 'DOC1' });
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(4, expect.objectContaining({ type: 'cleaner/clean', trigger: 'auto', url: 'https://news.example/a' }), { documentId: 'DOC1' });
  });

  it('does not clean a never-listed site whatever address the message claims', async () => {
    await report('https://news.example/a', { tabId: 5, url: 'https://never.example/story', documentId: 'DOC2' });
    expect(browser.tabs.sendMessage).not.toHaveBeenCalled();
    expect(browser.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('cleans a tab automatically a bounded number of times, however often its page reports itself', async () => {
    for (let i = 0; i < 30; i++) await report('https://news.example/a', { tabId: 6, url: `https://news.example/a?${i}` });
    const cleans = browser.tabs.sendMessage.mock.calls.filter(([, m]) => (m as { type: string }).type === 'cleaner/clean');
    expect(cleans.length).toBeGreaterThan(0);
    expect(cleans.length).toBeLessThanOrEqual(AUTO_CLEANS_PER_WINDOW);
  });
});
