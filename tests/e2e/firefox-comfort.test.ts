/**
 * Reading comfort in Firefox (issue 21): a theme stored in the settings is applied with the
 * automatic cleanup, keeps body text, links and captions at 4.5:1 or more (computed colours),
 * leaves images unfiltered; the keyboard shortcut's restore takes every attribute and node of
 * ours away. The settings are written from the browser's chrome scope (the popup is not
 * reachable over BiDi; Chromium's tests drive the popup's controls).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type FixtureServer } from './harness';
import { hasFirefox, launchFirefox, type FirefoxSession } from './firefox-harness';
import { contrastOf, parseColor } from '../../src/reader/comfort/contrast';
import { PALETTES } from '../../src/reader/comfort/palettes';

const SEED = '/news-article.html';
const LAUNCH_TIMEOUT_MS = 150_000;

const isClean = (): boolean => document.documentElement.getAttribute('data-quiet-reader') === 'clean';
const isOriginal = (): boolean => !document.documentElement.hasAttribute('data-quiet-reader');
const snapshot = (): string => Array.from(document.getElementsByTagName('*'), (el) => `${el.localName}[${Array.from(el.attributes, (a) => `${a.name}=${a.value}`).join(',')}]`).join('\n');

/** Computed text colour and the first opaque background behind it (else white), per selector. */
function colours(selectors: string[]): Record<string, { fg: string; bg: string }> {
  const out: Record<string, { fg: string; bg: string }> = {};
  for (const sel of selectors) {
    const el = document.querySelector(sel);
    if (!el) continue;
    let bg = 'rgb(255, 255, 255)';
    for (let e: Element | null = el; e; e = e.parentElement) {
      const c = getComputedStyle(e).backgroundColor;
      if (c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c)) {
        bg = c;
        break;
      }
    }
    out[sel] = { fg: getComputedStyle(el).color, bg };
  }
  return out;
}

describe.skipIf(!hasFirefox)('Firefox: reading comfort applied with automatic cleanup, gone on restore', () => {
  let server: FixtureServer;
  let ff: FirefoxSession;

  /** Writes settings into the extension's storage.sync from the chrome scope. */
  const setSync = (items: Record<string, unknown>) =>
    ff.inChrome(`
      const { extensionStorageSync } = ChromeUtils.importESModule('resource://gre/modules/ExtensionStorageSync.sys.mjs');
      const policy = WebExtensionPolicy.getByID(${JSON.stringify(ff.extensionId)});
      await extensionStorageSync.set(policy.extension, ${JSON.stringify(items)}, { extension: policy.extension });
      return true;`);

  beforeAll(async () => {
    server = await startServer();
    ff = await launchFirefox({ grantHostAccess: true, viewport: { width: 1280, height: 720 } });
  }, LAUNCH_TIMEOUT_MS);

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it.each(['dark', 'sepia'] as const)('%s: applied on automatic cleanup with AA contrast, and restore leaves the page as it was', async (theme) => {
    await setSync({ version: 2, autoClean: false });
    await ff.navigate(server.origin + SEED);
    const original = await ff.evaluate(snapshot);
    expect(original).not.toContain('data-quiet-reader');
    const originalBg = await ff.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

    await setSync({ version: 2, autoClean: true, comfort: { size: 120, lineHeight: '1.8', measure: 'medium', font: 'serif', theme } });
    await ff.reload();
    await ff.waitFor(isClean, [], 15_000, '<html data-quiet-reader="clean">');
    await ff.waitFor((t: string) => document.documentElement.getAttribute('data-qr-theme') === t, [theme], 5_000, `data-qr-theme=${theme}`);
    const before = await ff.evaluate(snapshot);
    expect(before).not.toBe(original);

    const measured = await ff.evaluate(colours, ['#p1', 'h1.headline', '.byline a', 'figure.lead figcaption']);
    console.log(`Firefox ${theme} contrast:`, JSON.stringify(Object.fromEntries(Object.entries(measured).map(([sel, { fg, bg }]) => [sel, Number(contrastOf(fg, bg).toFixed(2))]))));
    for (const [sel, { fg, bg }] of Object.entries(measured)) expect(contrastOf(fg, bg), `${theme} ${sel}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    expect(parseColor(await ff.evaluate(() => getComputedStyle(document.documentElement).backgroundColor))).toEqual(parseColor(PALETTES[theme].bg));
    const seen = await ff.evaluate(() => {
      const p = document.getElementById('p1') as HTMLElement & { currentCSSZoom?: number };
      const img = document.querySelector('figure.lead img') as Element;
      return {
        zoom: p.currentCSSZoom ?? null,
        font: getComputedStyle(p).fontFamily,
        imgFilter: getComputedStyle(img).filter,
        bar: document.querySelector('[data-quiet-reader-progress]')?.getAttribute('aria-hidden') ?? null,
      };
    });
    expect(seen.zoom).toBeCloseTo(1.2, 5);
    expect(seen.font).toMatch(/^Charter/);
    expect(seen.imgFilter).toBe('none');
    expect(seen.bar).toBe('true');

    await ff.pressShortcut('R');
    await ff.waitFor(isOriginal, [], 10_000, 'the page restored');
    expect(await ff.evaluate(snapshot)).toBe(original);
    expect(await ff.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(originalBg);
    expect(await ff.evaluate(() => document.querySelectorAll('[data-quiet-reader-progress], [data-quiet-reader-comfort]').length)).toBe(0);
  });
});
