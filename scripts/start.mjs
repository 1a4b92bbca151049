// npm start: build, serve the demo news page on localhost, and show Quiet Reader cleaning it.
// With a display: opens Chromium with the extension on the demo page (Ctrl-C to stop).
// Without one: writes before/after screenshots of the page and of the popup, and prints where.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTarget } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const demoPage = path.join(root, 'tests/fixtures/pages/news-article.html');
const outDir = path.join(root, 'artifacts/start');

const extension = await buildTarget('chrome');
await buildTarget('firefox');
console.log(`Built ${path.relative(root, extension)} and dist/firefox.`);

const server = createServer((req, res) => {
  if (req.url === '/' || req.url?.startsWith('/news-article')) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(demoPage));
  } else res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => resolve(undefined)));
const url = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/news-article.html`;
console.log(`Demo news page: ${url}`);

if (!existsSync(CHROMIUM)) {
  console.log(`\nNo Chromium at ${CHROMIUM} (set CHROMIUM_PATH). Load ${extension} by hand: chrome://extensions → Developer mode → Load unpacked, then open ${url}. Ctrl-C to stop.`);
} else {
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const profile = mkdtempSync(path.join(os.tmpdir(), 'quiet-reader-start-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: !headed,
    viewport: headed ? null : { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;
  if (headed) {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    await page.goto(url);
    console.log('Chromium is open with Quiet Reader on the demo page: it cleans the article automatically; click the toolbar button for the popup. Close the window or press Ctrl-C to stop.');
    await new Promise((resolve) => ctx.on('close', resolve));
  } else {
    mkdirSync(outDir, { recursive: true });
    // "Before": the page as the site made it, with automatic cleanup held back.
    const setup = await ctx.newPage();
    await setup.goto(`chrome-extension://${extensionId}/options.html`);
    const page = await ctx.newPage();
    await page.goto(url);
    await page.waitForTimeout(500);
    await page.bringToFront();
    const tabId = await sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    if ((await page.getAttribute('html', 'data-quiet-reader')) === 'clean') {
      await setup.evaluate((id) => chrome.runtime.sendMessage({ type: 'restore', tabId: id }), tabId);
      await page.waitForFunction(() => !document.documentElement.hasAttribute('data-quiet-reader'));
    }
    const shots = { before: path.join(outDir, 'before.png'), after: path.join(outDir, 'after.png'), popup: path.join(outDir, 'popup.png') };
    await page.screenshot({ path: shots.before });
    // "After": cleaned through the popup, as a click on the toolbar button does.
    const popup = await ctx.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await page.waitForFunction(() => document.documentElement.getAttribute('data-quiet-reader') === 'clean', undefined, { timeout: 10_000 });
    await popup.waitForTimeout(300);
    await popup.screenshot({ path: shots.popup, fullPage: true });
    await page.bringToFront();
    await page.screenshot({ path: shots.after });
    const hidden = await page.evaluate(() => document.querySelectorAll('[data-quiet-reader-hide]').length);
    console.log(`\nNo display here, so Quiet Reader ran headless. It cleaned the demo page (${hidden} page parts hidden).`);
    for (const [name, file] of Object.entries(shots)) console.log(`  ${name.padEnd(6)} ${path.relative(root, file)}`);
    await ctx.close();
  }
  rmSync(profile, { recursive: true, force: true });
}
server.close();
