/**
 * The popup's attribution in real Chromium, for the seed-like page: through popup.html?tab=<id>
 * and through the real toolbar popup (chrome.action.openPopup). Build first: npm run build.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifactPath, hasChromium, launchWithExtension, openPopupPage, startServer, tabIdOf, type Browser, type FixtureServer } from './harness';

const CC_BY_SA_2 = 'https://creativecommons.org/licenses/by-sa/2.0/';
const HEADLINE = 'Belarus Seeks to Ease Isolation with Renewed Diplomatic Outreach to Europe';

let server: FixtureServer;
let browser: Browser;

/** What the popup shows, read inside the popup's document (so it works for both ways of opening it). */
interface PopupView {
  status: string | undefined;
  headline: string | undefined;
  site: string | undefined;
  itemtype: string | null | undefined;
  itemprops: Record<string, string[]>;
  times: { prop: string | null; datetime: string | null }[];
  credit: string | undefined;
  creditLicenseHref: string | null | undefined;
  authorHref: string | null | undefined;
  links: string[];
}

/** Runs in the popup document: serialisable summary of the attribution and its microdata. */
function readView(doc: Document): PopupView {
  const root = doc.querySelector('#attribution [itemscope][itemtype]');
  const itemprops: Record<string, string[]> = {};
  for (const el of Array.from(doc.querySelectorAll('#attribution [itemprop]'))) {
    for (const prop of (el.getAttribute('itemprop') ?? '').split(/\s+/)) {
      (itemprops[prop] ??= []).push((el.textContent ?? '').trim());
    }
  }
  const credit = doc.querySelector('[itemprop="creditText"]');
  return {
    status: doc.body.dataset.status,
    headline: doc.querySelector('#attribution h1')?.textContent ?? undefined,
    site: doc.querySelector('#attribution .site-name')?.textContent ?? undefined,
    itemtype: root?.getAttribute('itemtype'),
    itemprops,
    times: Array.from(doc.querySelectorAll('#attribution time')).map((t) => ({ prop: t.getAttribute('itemprop'), datetime: t.getAttribute('datetime') })),
    credit: credit?.textContent ?? undefined,
    creditLicenseHref: credit?.querySelector('a[itemprop="license"]')?.getAttribute('href'),
    authorHref: doc.querySelector('[itemprop~="author"] a')?.getAttribute('href'),
    links: Array.from(doc.querySelectorAll('#attribution a')).map((a) => a.getAttribute('href') ?? ''),
  };
}

function expectSeedAttribution(view: PopupView): void {
  expect(view.status).toBe('clean');
  expect(view.headline).toBe(HEADLINE);
  expect(view.site).toBe('EconoTimes');
  expect(view.itemtype).toBe('https://schema.org/NewsArticle');
  expect(view.itemprops.headline).toEqual([HEADLINE]);
  expect(view.itemprops.publisher).toEqual(['EconoTimes']);
  expect(view.itemprops.author).toEqual(['Rajendra Lamichhane']);
  expect(view.times).toEqual([
    { prop: 'datePublished', datetime: '2025-10-20T09:15:00+05:30' },
    { prop: 'dateModified', datetime: '2025-10-20T11:40:00+05:30' },
  ]);
  expect(view.credit).toBe('Source: UNCTAD, CC BY-SA 2.0, via Wikimedia Commons');
  expect(view.itemprops.creditText).toEqual(['Source: UNCTAD, CC BY-SA 2.0, via Wikimedia Commons']);
  expect(view.itemprops.license).toEqual(['CC BY-SA 2.0']);
  expect(view.creditLicenseHref).toBe(CC_BY_SA_2);
  // The byline's rel=author link, resolved against the page.
  expect(view.authorHref).toBe(`${server.origin}/authors/rajendra-lamichhane`);
  for (const href of view.links) expect(href).toMatch(/^https?:\/\//);
}

async function openArticle(): Promise<{ page: Page; tabId: number }> {
  const page = await browser.ctx.newPage();
  await page.goto(`${server.origin}/news-article.html`);
  const tabId = await tabIdOf(browser, page);
  return { page, tabId };
}

describe.skipIf(!hasChromium)('popup attribution in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(artifactPath(''), { recursive: true });
    server = await startServer();
    browser = await launchWithExtension();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('popup.html?tab=<id> shows headline, site, author, dates and the UNCTAD credit with its CC BY-SA 2.0 link', async () => {
    const { page, tabId } = await openArticle();
    const popup = await openPopupPage(browser, tabId);
    await popup.setViewportSize({ width: 400, height: 640 });
    await popup.waitForFunction(() => document.body.dataset.status === 'clean', undefined, { timeout: 15_000 });
    expectSeedAttribution((await popup.evaluate(`(${readView.toString()})(document)`)) as PopupView);
    // Keyboard: the controls are reachable with Tab and labelled.
    expect(await popup.$eval('#citation-format', (s) => (s as HTMLSelectElement).labels?.[0]?.textContent)).toBe('Citation style');
    expect(await popup.isVisible('#copy-citation')).toBe(true);
    expect(await popup.isVisible('#copy-credit')).toBe(true);
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.screenshot({ path: artifactPath('popup.png'), fullPage: true });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: artifactPath('popup-dark.png'), fullPage: true });
    await popup.close();
    await page.close();
  });

  it('a wire report that names no person shows its dateline’s agency as the author, marked as an organisation', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(`${server.origin}/agency-report.html`);
    const tabId = await tabIdOf(browser, page);
    const popup = await openPopupPage(browser, tabId);
    await popup.waitForFunction(() => document.body.dataset.status === 'clean', undefined, { timeout: 15_000 });
    const authors = await popup.$$eval('#attribution [itemprop~="author"]', (els) =>
      els.map((el) => ({ type: el.getAttribute('itemtype'), name: el.querySelector('[itemprop="name"]')?.textContent ?? '' })),
    );
    expect(authors).toEqual([{ type: 'https://schema.org/Organization', name: 'dpa/lno' }]);
    await popup.close();
    await page.close();
  });

  it('the real toolbar popup (chrome.action.openPopup) shows the same', async () => {
    // An extension page opened beforehand reads the popup: opening or focusing a page closes it.
    const reader = await browser.ctx.newPage();
    await reader.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const { page } = await openArticle();
    await browser.sw.evaluate(() => chrome.action.openPopup());
    const view = await reader.waitForFunction(
      () => {
        const [popup] = chrome.extension.getViews({ type: 'popup' });
        return popup && popup.document.body.dataset.status === 'clean';
      },
      undefined,
      { timeout: 15_000 },
    );
    await view.dispose();
    const seen = await reader.evaluate(`(${readView.toString()})(chrome.extension.getViews({ type: 'popup' })[0].document)`);
    expectSeedAttribution(seen as PopupView);
    await page.close();
    await reader.close();
  });
});
