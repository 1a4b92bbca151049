/**
 * The reader's corrections in real Chromium (issue 22): the picker started from the popup hides a
 * block, the rule holds on a reload and on another page of the same template, "This is the article"
 * fixes a page whose automatic pick is a sidebar, "Show what was hidden" brings a block back, and
 * deleting a rule in the options page puts the page back to the automatic cleanup.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, askBackground, openPopupPage, startToolbarSession, tabIdOf, waitForCleanState, type Browser, type FixtureServer } from './harness';

let server: FixtureServer;
let browser: Browser;

beforeAll(async () => {
  // The toolbar path: only the popup cleans (and applies the rules).
  ({ server, browser } = await startToolbarSession());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface StoredRule {
  kind: string;
  selector: string;
  preview: string;
}

async function storedRules(): Promise<Record<string, StoredRule[]>> {
  return browser.sw.evaluate(async () => ((await chrome.storage.local.get('siteRules')) as { siteRules?: Record<string, StoredRule[]> }).siteRules ?? {});
}

async function visible(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (el) => el.checkVisibility());
}

/** Opens `path`, cleans it through the popup; the popup page is returned open. */
async function openAndClean(path: string, page?: Page): Promise<{ page: Page; tabId: number; popup: Page }> {
  const p = page ?? (await browser.ctx.newPage());
  await p.goto(server.origin + path);
  const tabId = await tabIdOf(browser, p);
  const popup = await openPopupPage(browser, tabId);
  await popup.waitForFunction(() => document.body.dataset.status === 'clean', undefined, { timeout: 15_000 });
  await waitForCleanState(p, 'clean');
  return { page: p, tabId, popup };
}

/** Presses a popup correction button; the picker then lives in the page. */
async function startPicker(popup: Page, page: Page, name: string): Promise<void> {
  await popup.getByRole('button', { name }).click();
  await page.bringToFront();
  await page.waitForFunction(() => document.querySelector('quiet-reader-picker') !== null);
}

async function pointAt(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.$eval(selector, (el) => {
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  return box;
}

describe('corrections (Chromium)', () => {
  it('hides a picked block, remembers it for the site, and restores the page exactly', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(`${server.origin}/site/story-one.html`);
    const original = await page.evaluate(() => document.documentElement.outerHTML);
    const { tabId, popup } = await openAndClean('/site/story-one.html', page);
    // The automatic cleanup leaves the appeal inside the article visible.
    expect(await visible(page, '.support-box')).toBe(true);

    await startPicker(popup, page, 'Hide something else');
    // The overlay is in a closed shadow root: the page cannot read or style it.
    expect(await page.evaluate(() => document.querySelector('quiet-reader-picker')?.shadowRoot)).toBeNull();
    // The pointer on the appeal's paragraph, then one step up to the appeal itself; a click hides it.
    const at = await pointAt(page, '.support-box p');
    await page.keyboard.press('ArrowUp');
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(() => document.querySelector('.support-box')?.hasAttribute('data-quiet-reader-hide'));
    expect(await visible(page, '.support-box')).toBe(false);
    for (const sel of ['#p0', '#q1', 'h1.headline']) expect(await visible(page, sel), sel).toBe(true);
    // The page's own click and key handlers did not fire while picking.
    expect(await page.evaluate(() => (window as unknown as { pageClicks: number; pageKeys: number }).pageClicks)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pageKeys: number }).pageKeys)).toBe(0);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('quiet-reader-picker') === null);
    // Handlers are the page's again once the picker has left.
    await page.mouse.click(5, 5);
    expect(await page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks)).toBe(1);

    // Remembered for the site as a selector that does not lean on generated names or positions.
    await expect.poll(async () => (await storedRules())['127.0.0.1']?.map((r) => [r.kind, r.selector])).toEqual([['hide', 'div.support-box']]);

    // Restore puts the page back exactly.
    const ext = popup.isClosed() ? await openPopupPage(browser, tabId) : popup;
    await askBackground(ext, { type: 'restore', tabId });
    await waitForCleanState(page, null);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(original);
    await ext.close();

    // A reload: the popup's cleanup applies the rule.
    const again = await openAndClean('/site/story-one.html', page);
    expect(await visible(page, '.support-box')).toBe(false);
    expect(await visible(page, '#p0')).toBe(true);
    await again.popup.close();
    await page.close();

    // Another page of the same template, with other text: the rule holds there too.
    const two = await openAndClean('/site/story-two.html');
    expect(await visible(two.page, '.support-box')).toBe(false);
    expect(await visible(two.page, '#q1')).toBe(true);
    await two.page.screenshot({ path: artifactPath('corrections-story-two.png') });
    await two.popup.close();
    await two.page.close();
  });

  it('shows what was hidden faded in place and brings one back with a click', async () => {
    const { page, tabId, popup } = await openAndClean('/site/story-one.html');
    expect(await visible(page, '.support-box')).toBe(false);
    await startPicker(popup, page, 'Show what was hidden');
    expect(await page.getAttribute('html', 'data-quiet-reader-peek')).toBe('');
    // Hidden blocks are shown again, faded, where they were.
    expect(await visible(page, '.support-box')).toBe(true);
    expect(await page.$eval('.support-box', (el) => Number(getComputedStyle(el).opacity))).toBeLessThan(1);
    const at = await pointAt(page, '.support-box');
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(() => !document.querySelector('.support-box')?.hasAttribute('data-quiet-reader-hide'));
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.documentElement.hasAttribute('data-quiet-reader-peek'));
    // Back in the page, fully; the rest stays hidden.
    expect(await visible(page, '.support-box')).toBe(true);
    expect(await page.$eval('.support-box', (el) => getComputedStyle(el).opacity)).toBe('1');
    expect(await visible(page, '.site-footer')).toBe(false);
    // It stays back: the keeper does not hide it again, and the hide rule is gone.
    await page.waitForTimeout(300);
    expect(await visible(page, '.support-box')).toBe(true);
    await expect.poll(async () => (await storedRules())['127.0.0.1'] ?? []).toEqual([]);
    const ext = popup.isClosed() ? await openPopupPage(browser, tabId) : popup;
    await ext.close();
    await page.close();
  });

  it('cleans from the block the reader says is the article, remembers it, and forgets it when deleted', async () => {
    const { page, tabId, popup } = await openAndClean('/site/sidebar-pick.html');
    // The automatic pick is the letters column beside the notice.
    expect(await visible(page, '#letters')).toBe(true);
    expect(await visible(page, '#notice')).toBe(false);
    // Leaving the picker without a choice leaves the page as it was.
    const beforePick = await page.evaluate(() => document.documentElement.outerHTML);
    await startPicker(popup, page, 'This is the article');
    // While choosing the article, what the cleanup hid is shown (faded) so it can be pointed at.
    expect(await visible(page, '#notice')).toBe(true);
    await pointAt(page, '#notice li');
    await page.mouse.wheel(0, -100);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('quiet-reader-picker') === null);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(beforePick);
    const popup2 = popup.isClosed() ? await openPopupPage(browser, tabId) : popup;
    await popup2.waitForFunction(() => document.body.dataset.status === 'clean');
    await startPicker(popup2, page, 'This is the article');
    // The notice's first point, up twice: its list, then the notice.
    const at = await pointAt(page, '#notice li');
    await page.mouse.wheel(0, -100);
    await page.mouse.wheel(0, -100);
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(() => document.querySelector('quiet-reader-picker') === null);
    expect(await visible(page, '#notice')).toBe(true);
    for (const sel of ['#letters', '.site-header', '.site-footer']) expect(await visible(page, sel), sel).toBe(false);
    expect(await page.getAttribute('html', 'data-quiet-reader')).toBe('clean');
    await expect.poll(async () => (await storedRules())['127.0.0.1']?.map((r) => [r.kind, r.selector])).toEqual([['article', '#notice']]);
    if (!popup2.isClosed()) await popup2.close();
    if (!popup.isClosed()) await popup.close();

    // On a reload the rule sets the article: the notice and only the notice.
    const again = await openAndClean('/site/sidebar-pick.html', page);
    expect(await visible(page, '#notice')).toBe(true);
    expect(await visible(page, '#letters')).toBe(false);
    // What a reader sees: innerText on purpose (layout-aware).
    // biome-ignore lint/performance/useDomNodeTextContent: the visible text is the measure
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('Letters to the editor');
    await again.popup.close();

    // The options page lists it, with what it matched, and deletes it.
    const options = await browser.ctx.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByText('#notice', { exact: true }).waitFor();
    expect(await options.textContent('#rules')).toContain('Slipway closed for dredging');
    await options.getByRole('button', { name: 'Delete the rule #notice for 127.0.0.1' }).click();
    await options.waitForFunction(() => document.getElementById('rules-empty')?.hidden === false);
    expect(await storedRules()).toEqual({});
    await options.close();

    // The page is cleaned as before the correction.
    const after = await openAndClean('/site/sidebar-pick.html', page);
    expect(await visible(page, '#letters')).toBe(true);
    expect(await visible(page, '#notice')).toBe(false);
    await after.popup.close();
    expect(tabId).toBeGreaterThan(0);
    await page.close();
  });

  it('exports the settings file and imports one, refusing a bad file with a clear message', async () => {
    const options = await browser.ctx.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const status = options.getByRole('status');
    const importFile = async (name: string, text: string) => options.getByLabel('Import settings').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await importFile('notes.json', '{ this is not json');
    await expect.poll(() => status.textContent()).toBe('This file cannot be imported: it is not a JSON file. Nothing was changed.');
    await importFile('other.json', JSON.stringify({ format: 'quiet-reader-settings', version: 1, settings: {}, rules: { 'news.example': [{ kind: 'hide', selector: 'div[' }] } }));
    await expect.poll(() => status.textContent()).toMatch(/rule 1 for news\.example is not valid: its selector “div\[” is not valid CSS/);
    expect(await storedRules()).toEqual({});
    const good = {
      format: 'quiet-reader-settings',
      version: 1,
      settings: { autoClean: false, neverSites: ['shop.example'] },
      rules: { 'news.example': [{ kind: 'hide', selector: 'div.promo', preview: 'Subscribe now', created: 1 }] },
    };
    await importFile('good.json', JSON.stringify(good));
    await expect.poll(() => status.textContent()).toBe('Settings imported, with rules for 1 site.');
    await options.getByText('div.promo', { exact: true }).waitFor();
    expect(await options.textContent('#neverSites')).toContain('shop.example');
    // Exported, it is the same settings and rules again.
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export settings' }).click()]);
    expect(download.suggestedFilename()).toBe('quiet-reader-settings.json');
    const path = await download.path();
    const exported = JSON.parse(readFileSync(path, 'utf8')) as { format: string; settings: { neverSites: string[] }; rules: unknown };
    expect(exported.format).toBe('quiet-reader-settings');
    expect(exported.settings.neverSites).toEqual(['shop.example']);
    expect(exported.rules).toEqual(good.rules);
    await options.close();
  });
});
