/**
 * The interface in the reader's language, in real Chromium started with --lang: the popup's toggle
 * and status in German and Japanese, its Read aloud and correction sections in German, the popup laid out right to left in Arabic (the page's own
 * strings still dir="auto"), and the welcome page that opens on install. Screenshots of each popup
 * land in artifacts/popup-<lang>.png. Build first: npm run build.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifactPath, hasChromium, launchWithExtension, openPopupPage, startServer, tabIdOf, type Browser, type FixtureServer } from './harness';

const ROOT = path.resolve(import.meta.dirname, '../..');
let server: FixtureServer;

beforeAll(async () => {
  if (hasChromium) server = await startServer();
});

afterAll(async () => {
  await server?.close();
});

/** Chromium takes its UI language from --lang, and on Linux from LANGUAGE too: both are set. */
async function launchIn(lang: string, keepWelcome = false): Promise<Browser> {
  return launchWithExtension(undefined, { args: [`--lang=${lang}`], env: { LANGUAGE: lang }, keepWelcome });
}

/** Cleans the demo article and opens the popup on it, as a reader would see it. */
async function popupOnArticle(browser: Browser, lang: string): Promise<Page> {
  const page = await browser.ctx.newPage();
  await page.goto(`${server.origin}/news-article.html`);
  const tabId = await tabIdOf(browser, page);
  const popup = await openPopupPage(browser, tabId);
  await popup.setViewportSize({ width: 420, height: 760 });
  await popup.waitForSelector('body[data-status="clean"]', { timeout: 20_000 });
  await popup.waitForSelector('#site-switch');
  // The read-aloud section shows once the player answered; corrections show on any cleaned web page.
  await popup.waitForSelector('#read-aloud:not([hidden])', { timeout: 10_000 });
  await popup.waitForSelector('#corrections:not([hidden])');
  mkdirSync(artifactPath(''), { recursive: true });
  await popup.screenshot({ path: artifactPath(`popup-${lang}.png`), fullPage: true });
  return popup;
}

describe.skipIf(!hasChromium)('the interface in German (--lang=de)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchIn('de', true);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the welcome page on install, in German, with the shortcut and where to change it', async () => {
    const url = `chrome-extension://${browser.extensionId}/welcome.html`;
    const welcome = browser.ctx.pages().find((p) => p.url() === url) ?? (await browser.ctx.waitForEvent('page', { predicate: (p) => p.url() === url, timeout: 10_000 }));
    await welcome.waitForLoadState();
    await expect.poll(() => welcome.locator('h1').textContent()).toBe('Willkommen bei Quiet Reader');
    // The key the browser bound (headless Chromium may bind none): the page names it, or says there is none.
    const shortcut = await browser.sw.evaluate(async () => (await chrome.commands.getAll()).find((c) => c.name === 'toggle-cleanup')?.shortcut ?? '');
    const expected = shortcut ? `${shortcut} bereinigt die aktuelle Seite oder stellt sie wieder her.` : 'Derzeit ist keine Taste zum Bereinigen oder Wiederherstellen festgelegt.';
    await expect.poll(() => welcome.locator('#shortcut').textContent()).toBe(expected);
    expect(await welcome.locator('#shortcut-where').textContent()).toContain('chrome://extensions/shortcuts');
    expect(await welcome.getByRole('button', { name: 'Tastenkürzel ändern' }).isVisible()).toBe(true);
    expect(await welcome.getByRole('heading', { name: 'Zurück zur Originalseite' }).isVisible()).toBe(true);
    // Chromium grants host access at install: no request to show.
    expect(await welcome.locator('#access').isHidden()).toBe(true);
    expect(await welcome.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['de', 'ltr']);
    mkdirSync(artifactPath(''), { recursive: true });
    await welcome.screenshot({ path: artifactPath('welcome-de.png'), fullPage: true });
    await welcome.close();
  });

  it('finds the popup’s toggle, status and site switch in German', async () => {
    const popup = await popupOnArticle(browser, 'de');
    expect(await popup.locator('#status').textContent()).toBe('Seite bereinigt.');
    expect(await popup.getByRole('button', { name: 'Originalseite anzeigen' }).isVisible()).toBe(true);
    expect(await popup.getByRole('switch', { name: '127.0.0.1 automatisch bereinigen' }).isChecked()).toBe(true);
    expect(await popup.getByRole('button', { name: 'Zitat kopieren' }).isVisible()).toBe(true);
    expect(await popup.locator('html').getAttribute('lang')).toBe('de');
    // Dates follow the UI language: "20.10.2025, …".
    expect(await popup.locator('time[itemprop="datePublished"]').textContent()).toMatch(/^20\.10\.2025/);
    // The toggle restores the page and says so in German.
    await popup.getByRole('button', { name: 'Originalseite anzeigen' }).click();
    await expect.poll(() => popup.locator('#status').textContent()).toBe('Die Originalseite wird angezeigt.');
    expect(await popup.getByRole('button', { name: 'Diese Seite bereinigen' }).isVisible()).toBe(true);
    await popup.close();
  });

  it('shows the Read aloud and correction sections in German', async () => {
    const popup = await popupOnArticle(browser, 'de');
    expect(await popup.getByRole('heading', { name: 'Vorlesen' }).isVisible()).toBe(true);
    // Headless Chromium may have no voice: Play is then shown but disabled, with a German note.
    expect(await popup.getByRole('button', { name: 'Abspielen' }).isVisible()).toBe(true);
    expect(await popup.getByRole('button', { name: 'Beenden' }).isVisible()).toBe(true);
    expect(await popup.getByRole('slider', { name: 'Tempo' }).isVisible()).toBe(true);
    expect(await popup.locator('#read-aloud-rate-value').textContent()).toBe('1,0×');
    // Whatever the note says here (no voice, no speech, progress…), it starts with a German message of the section.
    const note = (await popup.locator('#read-aloud-note').textContent()) ?? '';
    const german = Object.entries(JSON.parse(readFileSync(path.join(ROOT, 'src/_locales/de/messages.json'), 'utf8')) as Record<string, { message: string }>)
      .filter(([key]) => key.startsWith('read_aloud_'))
      .map(([, m]) => m.message.split('$')[0] as string);
    if (note)
      expect(
        german.some((start) => start && note.startsWith(start)),
        note,
      ).toBe(true);
    expect(await popup.getByRole('heading', { name: 'Bereinigung korrigieren' }).isVisible()).toBe(true);
    for (const name of ['Noch etwas ausblenden', 'Das ist der Artikel', 'Ausgeblendetes zeigen']) expect(await popup.getByRole('button', { name }).isVisible()).toBe(true);
    await popup.close();
  });

  it('shows the reading comfort controls and the reading time in German', async () => {
    const popup = await popupOnArticle(browser, 'de');
    expect(await popup.getByRole('heading', { name: 'Lesekomfort' }).isVisible()).toBe(true);
    const size = popup.getByLabel('Schriftgröße', { exact: true });
    expect(await size.locator('option[value="150"]').textContent()).toBe('150\u00a0%');
    expect(await popup.getByLabel('Zeilenabstand', { exact: true }).locator('option[value="1.4"]').textContent()).toBe('1,4');
    expect(await popup.getByLabel('Zeilenlänge', { exact: true }).locator('option[value="narrow"]').textContent()).toBe('Schmal');
    expect(await popup.getByLabel('Schriftart', { exact: true }).locator('option[value="site"]').textContent()).toBe('Wie auf der Website');
    expect(await popup.getByLabel('Farbschema', { exact: true }).locator('option[value="dark"]').textContent()).toBe('Dunkel');
    expect(await popup.getByLabel('Nur auf 127.0.0.1').isChecked()).toBe(false);
    const reading = await popup.locator('#reading-time').textContent();
    expect(reading).toMatch(/^Etwa \d+ Min\. Lesezeit /);
    expect(reading).toMatch(/Gezählt: [\d.]+ Wörter bei 230 pro Minute\.$/);
    // A choice is saved and its feedback is German too.
    await popup.getByLabel('Farbschema', { exact: true }).selectOption('sepia');
    await expect.poll(() => popup.locator('#comfort-feedback').textContent()).toBe('Auf diese Seite angewendet.');
    await popup.close();
  });
});

describe.skipIf(!hasChromium)('the interface in Arabic (--lang=ar)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchIn('ar', true);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lays the welcome page out right to left too', async () => {
    const url = `chrome-extension://${browser.extensionId}/welcome.html`;
    const welcome = browser.ctx.pages().find((p) => p.url() === url) ?? (await browser.ctx.waitForEvent('page', { predicate: (p) => p.url() === url, timeout: 10_000 }));
    await expect.poll(() => welcome.locator('h1').textContent()).toBe('مرحبًا بك في Quiet Reader');
    expect(await welcome.evaluate(() => [document.documentElement.lang, document.documentElement.dir, getComputedStyle(document.body).direction])).toEqual(['ar', 'rtl', 'rtl']);
    mkdirSync(artifactPath(''), { recursive: true });
    await welcome.screenshot({ path: artifactPath('welcome-ar.png'), fullPage: true });
    await welcome.close();
  });

  it('lays the popup out right to left, with the page’s own strings isolated', async () => {
    const popup = await popupOnArticle(browser, 'ar');
    expect(await popup.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await popup.locator('html').getAttribute('lang')).toBe('ar');
    expect(await popup.evaluate(() => getComputedStyle(document.getElementById('app') as HTMLElement).direction)).toBe('rtl');
    expect(await popup.locator('#status').textContent()).toBe('نُظّفت الصفحة.');
    expect(await popup.getByRole('button', { name: 'عرض الصفحة الأصلية' }).isVisible()).toBe(true);
    // The headline is the page's (English) text: it keeps its own direction.
    expect(await popup.locator('#attribution h1').getAttribute('dir')).toBe('auto');
    expect(await popup.locator('#attribution h1').evaluate((h) => getComputedStyle(h).direction)).toBe('ltr');
    // The toggle sits at the right edge, where a right-to-left reader starts.
    const toggle = await popup.getByRole('button', { name: 'عرض الصفحة الأصلية' }).boundingBox();
    const main = await popup.locator('main').boundingBox();
    expect(toggle && main && main.x + main.width - (toggle.x + toggle.width)).toBeLessThan(main!.width / 2 - toggle!.width / 2);
    await popup.close();
  });
});

describe.skipIf(!hasChromium)('the interface in Japanese (--lang=ja)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchIn('ja');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds the popup’s toggle and status in Japanese', async () => {
    const popup = await popupOnArticle(browser, 'ja');
    expect(await popup.locator('#status').textContent()).toBe('ページを整理しました。');
    expect(await popup.getByRole('button', { name: '元のページを表示' }).isVisible()).toBe(true);
    expect(await popup.locator('html').getAttribute('dir')).toBe('ltr');
    await popup.close();
  });
});
