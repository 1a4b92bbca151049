/**
 * Reading comfort in real Chromium (issue 21): each control of the popup's "Aa" section changes
 * what a reader sees on the cleaned page, survives a reload of the popup, is applied on the next
 * automatic cleanup of the same site, and is gone after restore; every theme keeps body text,
 * headline, links and captions at 4.5:1 or more, measured from the page's computed colours; the
 * progress bar follows the scroll and is hidden from screen readers; a cleaned page prints as it
 * shows. Screenshots of each theme land in artifacts/ (the README's come from there).
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifactPath, openPopupPage, startToolbarSession, tabIdOf, waitForCleanState, type Browser, type FixtureServer } from './harness';
import { pdfText } from './pdf-text';
import { contrastOf, parseColor } from '../../src/reader/comfort/contrast';
import { PALETTES } from '../../src/reader/comfort/palettes';

let server: FixtureServer;
let browser: Browser;
const PAGE = '/news-article.html';
const figures: Record<string, unknown> = {};

beforeAll(async () => {
  ({ server, browser } = await startToolbarSession());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  writeFileSync(artifactPath('comfort-figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
  console.log('comfort e2e figures:', JSON.stringify(figures));
});

/** Every element's attributes, and the nodes under <html>: the page as a snapshot. */
const snapshot = (page: Page) =>
  page.evaluate(() => Array.from(document.getElementsByTagName('*'), (el) => `${el.localName}[${Array.from(el.attributes, (a) => `${a.name}=${a.value}`).join(',')}]`).join('\n'));

async function openClean(origin = server.origin): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await browser.ctx.newPage();
  await page.goto(origin + PAGE);
  const tabId = await tabIdOf(browser, page);
  const popup = await openPopupPage(browser, tabId);
  await popup.waitForFunction(() => document.body.dataset.status === 'clean', undefined, { timeout: 15_000 });
  await waitForCleanState(page, 'clean');
  await popup.locator('#comfort-theme').waitFor();
  return { page, popup, tabId };
}

/** Picks `value` in the popup's control named `label` and waits until the page has it. */
async function choose(popup: Page, page: Page, label: string, value: string, attr: string, expected: string | null): Promise<void> {
  await popup.getByLabel(label, { exact: true }).selectOption(value);
  await page.waitForFunction(([a, v]) => document.documentElement.getAttribute(a as string) === v, [attr, expected], { timeout: 5_000 });
  await popup.waitForFunction(() => document.getElementById('comfort-feedback')?.textContent !== '', undefined, { timeout: 5_000 });
}

/** Computed text colour and the colour behind it (first opaque background up the tree, else white), per selector. */
function colours(page: Page, selectors: string[]): Promise<Record<string, { fg: string; bg: string }>> {
  return page.evaluate((sels) => {
    const out: Record<string, { fg: string; bg: string }> = {};
    const opaque = (c: string) => c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c);
    for (const sel of sels) {
      const el = document.querySelector(sel);
      if (!el) continue;
      let bg = 'rgb(255, 255, 255)';
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor;
        if (opaque(c)) {
          bg = c;
          break;
        }
      }
      out[sel] = { fg: getComputedStyle(el).color, bg };
    }
    return out;
  }, selectors);
}

const TEXTS = { body: '#p1', headline: 'h1.headline', byline: '.byline', link: '.byline a', caption: 'figure.lead figcaption', licence: 'figcaption a[rel="license"]' };

describe('reading comfort from the popup', () => {
  it('changes size, line height, line length, font and theme on the page, with AA contrast in every theme', async () => {
    const { page, popup } = await openClean();
    const before = await page.evaluate(() => {
      const p = document.getElementById('p1')!;
      const root = document.querySelector('[data-quiet-reader-comfort="root"]')!;
      return {
        height: p.getBoundingClientRect().height,
        zoom: (p as unknown as { currentCSSZoom: number }).currentCSSZoom,
        lineHeight: getComputedStyle(p).lineHeight,
        font: getComputedStyle(p).fontFamily,
        rootWidth: root.getBoundingClientRect().width,
        bg: getComputedStyle(document.documentElement).backgroundColor,
      };
    });
    expect(before.zoom).toBe(1);

    await choose(popup, page, 'Line length', 'narrow', 'data-qr-measure', 'narrow');
    const narrow = await page.$eval('[data-quiet-reader-comfort="root"]', (r) => r.getBoundingClientRect().width);
    await choose(popup, page, 'Line length', 'medium', 'data-qr-measure', 'medium');
    const medium = await page.$eval('[data-quiet-reader-comfort="root"]', (r) => r.getBoundingClientRect().width);
    await choose(popup, page, 'Line length', 'wide', 'data-qr-measure', 'wide');
    const wide = await page.$eval('[data-quiet-reader-comfort="root"]', (r) => r.getBoundingClientRect().width);
    // 32em and 40em of the root's font; "wide" (50em) is bounded by the column the page gives the article.
    const em = await page.$eval('[data-quiet-reader-comfort="root"]', (r) => Number.parseFloat(getComputedStyle(r).fontSize));
    expect(narrow).toBeCloseTo(32 * em, 0);
    expect(medium).toBeCloseTo(40 * em, 0);
    expect(wide).toBeGreaterThanOrEqual(medium);
    figures.measure = { narrow, medium, wide, site: before.rootWidth };

    await choose(popup, page, 'Text size', '150', 'data-qr-size', '150');
    const sized = await page.evaluate(() => {
      const p = document.getElementById('p1')!;
      const h1 = document.querySelector('h1.headline')!;
      return {
        height: p.getBoundingClientRect().height,
        zoom: (p as unknown as { currentCSSZoom: number }).currentCSSZoom,
        h1Zoom: (h1 as unknown as { currentCSSZoom: number }).currentCSSZoom,
        bylineZoom: (document.querySelector('.byline') as unknown as { currentCSSZoom: number }).currentCSSZoom,
        imgZoom: (document.querySelector('figure.lead img') as unknown as { currentCSSZoom: number }).currentCSSZoom,
      };
    });
    expect(sized.zoom).toBeCloseTo(1.5, 5);
    expect(sized.h1Zoom).toBeCloseTo(1.5, 5);
    // The byline is text in a <div> of its own: it grows with the rest.
    expect(sized.bylineZoom).toBeCloseTo(1.5, 5);
    expect(sized.imgZoom).toBe(1); // images keep their size
    expect(sized.height).toBeGreaterThan(before.height * 1.3);

    await choose(popup, page, 'Line height', '2', 'data-qr-leading', '2');
    const leading = await page.$eval('#p1', (p) => Number.parseFloat(getComputedStyle(p).lineHeight) / Number.parseFloat(getComputedStyle(p).fontSize));
    expect(leading).toBeCloseTo(2, 1);

    await choose(popup, page, 'Font', 'serif', 'data-qr-font', 'serif');
    expect(await page.$eval('#p1', (p) => getComputedStyle(p).fontFamily)).toMatch(/^Charter/);
    await choose(popup, page, 'Font', 'legible', 'data-qr-font', 'legible');
    expect(await page.$eval('#p1', (p) => getComputedStyle(p).fontFamily)).toMatch(/Atkinson Hyperlegible/);

    // With the text at 150 %, the line length keeps its characters per line: 32em × 1.5, within the column.
    await choose(popup, page, 'Line length', 'narrow', 'data-qr-measure', 'narrow');
    expect(await page.$eval('[data-quiet-reader-comfort="root"]', (r) => r.getBoundingClientRect().width)).toBeCloseTo(Math.min(wide, 32 * em * 1.5), 0);

    // Back to the site's own size and measure for the theme screenshots (the README's).
    await choose(popup, page, 'Text size', '100', 'data-qr-size', null);
    await choose(popup, page, 'Line length', 'site', 'data-qr-measure', null);
    await choose(popup, page, 'Line height', 'site', 'data-qr-leading', null);
    await choose(popup, page, 'Font', 'site', 'data-qr-font', null);
    const contrast: Record<string, Record<string, number>> = {};
    for (const theme of ['light', 'sepia', 'dark'] as const) {
      await choose(popup, page, 'Theme', theme, 'data-qr-theme', theme);
      const measured = await colours(page, Object.values(TEXTS));
      contrast[theme] = {};
      for (const [role, sel] of Object.entries(TEXTS)) {
        const { fg, bg } = measured[sel]!;
        const ratio = contrastOf(fg, bg);
        contrast[theme][role] = Number(ratio.toFixed(2));
        expect(ratio, `${theme} ${role}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
      // The page background around the article is the theme's, not the site's.
      expect(parseColor(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor))).toEqual(parseColor(PALETTES[theme].bg));
      expect(measured[TEXTS.link]!.fg).not.toBe(measured[TEXTS.body]!.fg); // links stand apart (and are underlined)
      expect(await page.$eval(TEXTS.link, (a) => getComputedStyle(a).textDecorationLine)).toContain('underline');
      // Images are never filtered or inverted.
      expect(await page.$eval('figure.lead img', (img) => [getComputedStyle(img).filter, getComputedStyle(img).mixBlendMode])).toEqual(['none', 'normal']);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: artifactPath(`comfort-${theme}.png`) });
    }
    figures.contrast = contrast;
    expect(before.bg).not.toBe(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor));
    await popup.close();
    await page.close();
  });

  it('survives a reload of the popup, shows the reading time, and is applied on the next automatic cleanup of the site', async () => {
    const { page, popup } = await openClean();
    await choose(popup, page, 'Theme', 'dark', 'data-qr-theme', 'dark');
    await choose(popup, page, 'Text size', '120', 'data-qr-size', '120');
    await popup.reload();
    await popup.waitForFunction(() => document.body.dataset.status === 'clean');
    await popup.locator('#comfort-theme').waitFor();
    expect(await popup.getByLabel('Theme', { exact: true }).inputValue()).toBe('dark');
    expect(await popup.getByLabel('Text size', { exact: true }).inputValue()).toBe('120');
    const reading = (await popup.locator('#reading-time').textContent()) ?? '';
    expect(reading).toMatch(/About \d+ min read/);
    expect(reading).toMatch(/Counted: [\d,]+ words at 230 a minute/);
    figures.readingTime = reading;
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.screenshot({ path: artifactPath('comfort-popup.png'), fullPage: true });
    await popup.close();

    await browser.sw.evaluate(() => chrome.storage.sync.set({ autoClean: true }));
    try {
      await page.reload();
      await waitForCleanState(page, 'clean', 15_000);
      await page.waitForFunction(() => document.documentElement.getAttribute('data-qr-theme') === 'dark', undefined, { timeout: 5_000 });
      expect(await page.evaluate(() => document.documentElement.getAttribute('data-qr-size'))).toBe('120');
      expect(parseColor(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor))).toEqual(parseColor(PALETTES.dark.bg));
    } finally {
      await browser.sw.evaluate(() => chrome.storage.sync.set({ autoClean: false }));
    }
    await page.close();
  });

  it('keeps "only on this site" to its site, and leaves the page exactly as it was on restore', async () => {
    // Global: dark (from the test before). 127.0.0.1 gets sepia of its own; localhost keeps dark.
    const fresh = await browser.ctx.newPage();
    await fresh.goto(server.origin + PAGE);
    const original = await snapshot(fresh);
    const originalBg = await fresh.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await fresh.close();

    const { page, popup } = await openClean();
    await popup.getByLabel(/^Only on /).check();
    await choose(popup, page, 'Theme', 'sepia', 'data-qr-theme', 'sepia');
    await popup.close();
    const other = await openClean(server.origin.replace('127.0.0.1', 'localhost'));
    expect(await other.page.evaluate(() => document.documentElement.getAttribute('data-qr-theme'))).toBe('dark');
    expect(await other.popup.getByLabel(/^Only on /).isChecked()).toBe(false);
    await other.popup.close();
    await other.page.close();

    // Restore from the popup's toggle: no attribute, marker or node of ours is left.
    const again = await openPopupPage(browser, await tabIdOf(browser, page));
    await again.waitForFunction(() => document.body.dataset.status === 'clean');
    expect(await again.getByLabel('Theme', { exact: true }).inputValue()).toBe('sepia');
    await again.getByRole('button', { name: 'Show original page' }).click();
    await waitForCleanState(page, null);
    expect(await page.locator('[data-quiet-reader-progress], [data-quiet-reader-comfort]').count()).toBe(0);
    expect(await snapshot(page)).toBe(original);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(originalBg);
    expect(await again.locator('#reading-time').isHidden()).toBe(true);
    await again.close();
    await page.close();
  });
});

describe('reading progress and print', () => {
  it('shows a progress bar hidden from screen readers that follows the scroll', async () => {
    const { page, popup } = await openClean();
    await popup.close();
    await page.setViewportSize({ width: 800, height: 400 });
    const bar = page.locator('[data-quiet-reader-progress]');
    expect(await bar.getAttribute('aria-hidden')).toBe('true');
    const scale = () => page.$eval('[data-quiet-reader-progress]', (el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(100);
    const top = await scale();
    await page.evaluate(() => document.getElementById('p3')!.scrollIntoView({ block: 'center' }));
    await page.waitForFunction(() => new DOMMatrixReadOnly(getComputedStyle(document.querySelector('[data-quiet-reader-progress]')!).transform).a > 0.1);
    const middle = await scale();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction(() => new DOMMatrixReadOnly(getComputedStyle(document.querySelector('[data-quiet-reader-progress]')!).transform).a > 0.99);
    expect(top).toBeLessThan(middle);
    expect(await bar.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    // Not in the accessibility tree as content.
    const snap = await page.locator('body').ariaSnapshot();
    expect(snap).not.toMatch(/progress/i);
    await page.close();
  });

  it('prints as it shows: no menu, popup or progress bar; a dark theme prints in light colours', async () => {
    const { page, popup } = await openClean();
    await choose(popup, page, 'Theme', 'dark', 'data-qr-theme', 'dark');
    await popup.close();
    await page.emulateMedia({ media: 'print' });
    // biome-ignore lint/performance/useDomNodeTextContent: innerText leaves out what is not rendered, which is what prints
    const printed = await page.evaluate(() => document.body.innerText);
    expect(printed).toContain('Belarus is attempting to rebuild its diplomatic ties');
    for (const furniture of ['Markets', 'Subscribe', 'Lithuania closes border crossings again', 'Privacy']) expect(printed).not.toContain(furniture);
    expect(await page.locator('#signup-modal').isVisible()).toBe(false);
    expect(await page.$eval('[data-quiet-reader-progress]', (el) => getComputedStyle(el).display)).toBe('none');
    const ink = await colours(page, ['#p1']);
    expect(contrastOf(ink['#p1']!.fg, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    const cleanedPdf = await page.pdf({ format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    expect(cleanedPdf.subarray(0, 5).toString()).toBe('%PDF-');
    // What the PDF holds: the article, and none of the menus, rails, footer or sign-up popup.
    const printedPdf = (await pdfText(cleanedPdf)).join(' ');
    expect(printedPdf).toContain('Belarus is attempting to rebuild its diplomatic ties');
    for (const furniture of ['Markets', 'Subscribe', 'Lithuania closes border crossings again', 'Privacy']) expect(printedPdf).not.toContain(furniture);

    // The same page printed as the site made it has more pages (menus, related, popup).
    const raw = await browser.ctx.newPage();
    await raw.goto(server.origin + PAGE);
    const rawPdf = await raw.pdf({ format: 'A4' });
    const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    figures.printPages = { cleaned: pages(cleanedPdf), original: pages(rawPdf) };
    expect(pages(cleanedPdf)).toBeGreaterThanOrEqual(1);
    // The same words in the page as the site printed it: the check above can tell them apart.
    const rawText = (await pdfText(rawPdf)).join(' ');
    for (const furniture of ['Markets', 'Lithuania closes border crossings again', 'Privacy']) expect(rawText).toContain(furniture);
    expect(cleanedPdf.length).toBeLessThan(rawPdf.length);
    writeFileSync(artifactPath('comfort-print.pdf'), cleanedPdf);
    await raw.close();
    await page.close();
  });

  it('"auto" is light, or dark when the system prefers dark', async () => {
    const { page, popup } = await openClean();
    await choose(popup, page, 'Theme', 'auto', 'data-qr-theme', 'auto');
    await popup.close();
    const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(parseColor(await bg())).toEqual(parseColor(PALETTES.dark.bg));
    const dark = await colours(page, ['#p1']);
    expect(contrastOf(dark['#p1']!.fg, dark['#p1']!.bg)).toBeGreaterThanOrEqual(4.5);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(parseColor(await bg())).toEqual(parseColor(PALETTES.light.bg));
    await page.close();
  });
});
