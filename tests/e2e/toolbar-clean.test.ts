/**
 * The core path in real Chromium: the seed-like page cleaned from the toolbar, kept clean, restored.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifactPath, askBackground, launchWithExtension, openPopupPage, startServer, tabIdOf, turnAutoCleanOff, waitForCleanState, type Browser, type FixtureServer } from './harness';

let server: FixtureServer;
let browser: Browser;
const timings: Record<string, number> = {};

beforeAll(async () => {
  mkdirSync(artifactPath(''), { recursive: true });
  server = await startServer();
  const t0 = Date.now();
  browser = await launchWithExtension();
  timings.launch = Date.now() - t0;
  // These tests drive the toolbar path.
  await turnAutoCleanOff(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  console.log('toolbar e2e timings (ms):', JSON.stringify(timings));
});

/** Loads the page (automatic cleanup is off here) and, should it have run anyway, puts it back. */
async function loadOriginal(path = '/news-article.html'): Promise<{ page: Page; tabId: number }> {
  const page = await browser.ctx.newPage();
  await page.goto(server.origin + path);
  const tabId = await tabIdOf(browser, page);
  await page.waitForTimeout(300);
  if ((await page.getAttribute('html', 'data-quiet-reader')) === 'clean') {
    const ext = await openPopupPage(browser, tabId);
    await askBackground(ext, { type: 'restore', tabId });
    await ext.close();
    await waitForCleanState(page, null);
  }
  return { page, tabId };
}

async function cleanThroughPopup(tabId: number): Promise<Page> {
  const popup = await openPopupPage(browser, tabId);
  await popup.waitForFunction(() => document.body.dataset.status === 'clean', undefined, { timeout: 10_000 });
  return popup;
}

/** Whether the element is rendered (not display:none itself or through an ancestor). */
async function visible(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true }));
}

describe('toolbar cleanup of the seed-like page', () => {
  it('hides the page furniture and keeps every paragraph readable and uncovered', async () => {
    const { page, tabId } = await loadOriginal();
    await page.screenshot({ path: artifactPath('seed-before.png') });
    expect(await visible(page, '#signup-modal')).toBe(true);
    const t0 = Date.now();
    const popup = await cleanThroughPopup(tabId);
    await waitForCleanState(page, 'clean');
    timings.cleanViaPopup = Date.now() - t0;
    expect(await popup.textContent('#status')).toMatch(/cleaned/i);
    expect(await popup.textContent('body')).toContain('Belarus Seeks to Ease Isolation');
    // The page was read off its main thread: its copy went by message to the offscreen document.
    expect(await askBackground<{ route?: string }>(popup, { type: 'get-state', tabId })).toMatchObject({ route: 'copy' });
    await popup.close();

    for (const selector of [
      '.main-menu',
      '.menu-toggle',
      'form.search',
      '#category-nav',
      '#market-widget',
      '#signup-modal',
      '#signup-backdrop',
      '#site-footer',
      '.breadcrumbs',
      '.share',
      '.related',
    ]) {
      expect(await visible(page, selector), `${selector} should be hidden`).toBe(false);
    }
    for (const selector of ['h1.headline', '.byline', 'figure.lead img', 'figure.lead figcaption']) {
      expect(await visible(page, selector), `${selector} should stay`).toBe(true);
    }
    expect(await page.textContent('figure.lead figcaption')).toContain('Source: UNCTAD, CC BY-SA 2.0, via Wikimedia Commons');

    // Every paragraph is visible and is what a reader hits at its centre (nothing covers it).
    const ids = await page.$$eval('.article-body p', (ps) => ps.map((p) => p.id));
    expect(ids).toHaveLength(5);
    for (const id of ids) {
      const hit = await page.evaluate((pid) => {
        const p = document.getElementById(pid)!;
        p.scrollIntoView({ block: 'center' });
        const r = p.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return { visible: p.checkVisibility(), covered: !(top && (top === p || p.contains(top))) };
      }, id);
      expect(hit, id).toEqual({ visible: true, covered: false });
    }

    // The body scroll lock is released: the page scrolls.
    await page.evaluate(() => window.scrollTo(0, 0));
    const scrolled = await page.evaluate(() => {
      window.scrollBy(0, 200);
      return window.scrollY;
    });
    expect(scrolled).toBeGreaterThan(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: artifactPath('seed-after.png') });
    await page.close();
  });

  it('keeps a newsletter overlay that arrives later hidden, without runaway work', async () => {
    const { page, tabId } = await loadOriginal();
    await (await cleanThroughPopup(tabId)).close();
    await waitForCleanState(page, 'clean');
    // A page script: 1 s after cleanup, insert a newsletter overlay; re-insert it whenever it is removed.
    await page.evaluate(() => {
      const w = window as unknown as { overlayInserts: number; hideMarks: number };
      w.overlayInserts = 0;
      w.hideMarks = 0;
      const insert = () => {
        const overlay = document.createElement('div');
        overlay.className = 'newsletter-overlay';
        overlay.style.cssText = 'position:fixed;inset:0;z-index:9999;background:rgba(0,0,0,.8);color:#fff;font-size:30px';
        overlay.textContent = 'Subscribe to our newsletter!';
        document.body.append(overlay);
        w.overlayInserts++;
      };
      new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'attributes' && (r.target as Element).classList.contains('newsletter-overlay')) w.hideMarks++;
          for (const n of Array.from(r.removedNodes)) if ((n as Element).classList?.contains('newsletter-overlay')) setTimeout(insert, 10);
        }
      }).observe(document.body, { childList: true, attributes: true, subtree: true, attributeFilter: ['data-quiet-reader-hide'] });
      setTimeout(insert, 1000);
    });
    await page.waitForFunction(() => (window as unknown as { overlayInserts: number }).overlayInserts === 1);
    await page.waitForFunction(() => document.querySelector('.newsletter-overlay')?.hasAttribute('data-quiet-reader-hide'));
    expect(await visible(page, '.newsletter-overlay')).toBe(false);
    // The reader (or the page) removes it five times; each re-insertion is hidden too.
    for (let i = 0; i < 5; i++) {
      await page.evaluate(() => document.querySelector('.newsletter-overlay')?.remove());
      await page.waitForFunction((n) => (window as unknown as { overlayInserts: number }).overlayInserts === n, i + 2);
      await page.waitForFunction(() => document.querySelector('.newsletter-overlay')?.hasAttribute('data-quiet-reader-hide'));
      expect(await visible(page, '.newsletter-overlay')).toBe(false);
    }
    // Bounded work: one marker per insertion, and nothing more while the page is quiet.
    const marksNow = await page.evaluate(() => (window as unknown as { hideMarks: number }).hideMarks);
    expect(marksNow).toBe(6);
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { hideMarks: number }).hideMarks)).toBe(6);
    // The first paragraph is still what a reader sees.
    const covered = await page.evaluate(() => {
      const p = document.getElementById('p1')!;
      p.scrollIntoView({ block: 'center' });
      const r = p.getBoundingClientRect();
      return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) !== p;
    });
    expect(covered).toBe(false);
    await page.close();
  });

  it('restores the original DOM and scroll position exactly', async () => {
    const { page, tabId } = await loadOriginal();
    await page.evaluate(() => window.scrollTo(0, 300));
    const before = await page.evaluate(() => ({ html: document.documentElement.outerHTML, y: window.scrollY }));
    expect(before.y).toBeGreaterThan(0);
    const popup = await cleanThroughPopup(tabId);
    await waitForCleanState(page, 'clean');
    expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toBe(before.html);
    const t0 = Date.now();
    await popup.click('#toggle');
    await waitForCleanState(page, null);
    timings.restore = Date.now() - t0;
    await popup.waitForFunction(() => document.body.dataset.status === 'original');
    const after = await page.evaluate(() => ({ html: document.documentElement.outerHTML, y: window.scrollY }));
    expect(after.html).toBe(before.html);
    expect(after.y).toBe(before.y);
    expect(await visible(page, '#signup-modal')).toBe(true);
    // And the toggle cleans again.
    await popup.click('#toggle');
    await waitForCleanState(page, 'clean');
    await popup.close();
    await page.close();
  });

  it('cleans from the real toolbar popup (chrome.action.openPopup)', async () => {
    const { page, tabId } = await loadOriginal();
    expect(tabId).toBeGreaterThan(0);
    const t0 = Date.now();
    await browser.sw.evaluate(() => chrome.action.openPopup());
    await waitForCleanState(page, 'clean');
    timings.cleanViaToolbarPopup = Date.now() - t0;
    expect(await visible(page, '#signup-modal')).toBe(false);
    expect(await visible(page, '#p3')).toBe(true);
    await page.close();
  });

  it('toggles with the keyboard command path and says so plainly for a page with no article', async () => {
    const { page, tabId } = await loadOriginal('/no-article.html');
    const popup = await openPopupPage(browser, tabId);
    await popup.waitForFunction(() => document.body.dataset.status === 'no-article');
    expect(await popup.textContent('#status')).toMatch(/no article|not an article/i);
    expect(await page.getAttribute('html', 'data-quiet-reader')).toBeNull();
    // The page still says where it comes from: its headline, to cite it, and no toggle.
    expect((await popup.textContent('[itemprop="headline"]'))?.trim()).toBe('Sign in');
    expect(await popup.isVisible('#copy-citation')).toBe(true);
    expect(await popup.isVisible('#toggle')).toBe(false);
    await popup.screenshot({ path: artifactPath('popup-no-article.png'), fullPage: true });
    await popup.close();
    await page.close();
  });
});

describe('never reporting clean with the article unseen (issue 19)', () => {
  it('shows the text a page keeps invisible until its scripts run, and hides the furniture', async () => {
    const { page, tabId } = await loadOriginal('/unseen-article.html');
    // As served, the body's paragraphs are invisible and its last part undisplayed.
    expect(await visible(page, '#p1')).toBe(false);
    expect(await visible(page, '#more')).toBe(false);
    const popup = await cleanThroughPopup(tabId);
    await popup.close();
    for (const sel of ['#p1', '#p6', '#more', 'h1.headline', '.byline']) expect(await visible(page, sel), sel).toBe(true);
    // The opening laid out again for narrow screens is not shown a second time.
    for (const sel of ['#menu', '#sidebar', '#site-footer', '#narrow']) expect(await visible(page, sel), sel).toBe(false);
    await page.close();
  });

  it('keeps the byline inside the body of an Arabic (right-to-left) article', async () => {
    const { page, tabId } = await loadOriginal('/arabic-article.html');
    const popup = await cleanThroughPopup(tabId);
    await popup.close();
    for (const sel of ['#byline', '#p1', '#p6', 'h1.headline']) expect(await visible(page, sel), sel).toBe(true);
    for (const sel of ['#share', '#related', '#menu', '#sidebar']) expect(await visible(page, sel), sel).toBe(false);
    await page.close();
  });
});
