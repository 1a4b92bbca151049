/**
 * Shared end-to-end harness: a loopback server for fixture pages and a real Chromium
 * with the built extension (dist/chrome) loaded through playwright-core.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CHROME_DIST = path.join(ROOT, 'dist/chrome');
export const FIXTURE_PAGES = path.join(ROOT, 'tests/fixtures/pages');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = path.join(ROOT, 'artifacts');

export const hasChromium = existsSync(CHROMIUM);

export type Route = (req: IncomingMessage, res: ServerResponse) => boolean;

/** A route answering the in-memory pages of a test by path (`html`, optional extra headers). */
export function pagesRoute(pages: Record<string, string | { html: string; headers?: Record<string, string> }>, rewrite: (html: string) => string = (html) => html): Route {
  return (req, res) => {
    const entry = pages[req.url ?? ''];
    if (entry === undefined) return false;
    const { html, headers } = typeof entry === 'string' ? { html: entry, headers: {} } : entry;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(rewrite(html));
    return true;
  };
}

export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves tests/fixtures/pages on 127.0.0.1. `routes` may answer a request first
 * (return true when handled), e.g. to send CSP headers or SPA pages.
 */
export async function startServer(routes: Route[] = []): Promise<FixtureServer> {
  const server = createServer((req, res) => {
    for (const route of routes) if (route(req, res)) return;
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = path.join(FIXTURE_PAGES, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ''));
    if (!file.startsWith(FIXTURE_PAGES) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = file.endsWith('.html') ? 'text/html; charset=utf-8' : file.endsWith('.css') ? 'text/css' : file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream';
    res.writeHead(200, { 'content-type': type }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface Browser {
  ctx: BrowserContext;
  sw: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Extra switches and environment for one launch (e.g. `--lang=de` for the interface's language). */
export interface LaunchOptions {
  args?: string[];
  env?: Record<string, string>;
  /** Leave the welcome page the extension opens on install (closed by default, so tests start with their own tabs only). */
  keepWelcome?: boolean;
}

/** Closes the welcome tab the extension opens on install (it opens within moments of the worker starting). */
async function closeWelcome(ctx: BrowserContext, extensionId: string): Promise<void> {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  const page = ctx.pages().find((p) => p.url() === url) ?? (await ctx.waitForEvent('page', { predicate: (p) => p.url() === url, timeout: 5_000 }).catch(() => undefined));
  await page?.close();
}

export async function launchWithExtension(extensionDir = CHROME_DIST, options: LaunchOptions = {}): Promise<Browser> {
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`${extensionDir} has no manifest.json: run npm run build first`);
  }
  const profile = mkdtempSync(path.join(os.tmpdir(), 'qr-profile-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    ...(options.env ? { env: { ...process.env, ...options.env } as Record<string, string> } : {}),
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.args ?? []),
    ],
  });
  const [existing] = ctx.serviceWorkers();
  const sw = existing ?? (await ctx.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;
  if (!options.keepWelcome) await closeWelcome(ctx, extensionId);
  return {
    ctx,
    sw,
    extensionId,
    close: async () => {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The browser's tab id of a page (brings it to the front). */
export async function tabIdOf(browser: Browser, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await browser.sw.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (typeof id !== 'number') throw new Error('no active tab id');
  return id;
}

/** Opens popup.html?tab=<tabId> in a normal tab, as the tests' window on the popup. */
export async function openPopupPage(browser: Browser, tabId: number): Promise<Page> {
  const popup = await browser.ctx.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  // The popup cleans its tab on open: wait for that answer, so that a request the test sends next
  // (a restore) is not overtaken by the popup's own clean and undone by it.
  await popup.waitForFunction(() => document.getElementById('status')?.textContent !== chrome.i18n.getMessage('popup_status_cleaning'), undefined, { timeout: 10_000 }).catch(() => undefined);
  return popup;
}

/** Sends a request to the background as the popup would, from an extension page. */
export async function askBackground<T = unknown>(extPage: Page, message: unknown): Promise<T> {
  return extPage.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<T>;
}

/** Waits until <html data-quiet-reader> has the wanted value (null: absent). */
export async function waitForCleanState(page: Page, value: 'clean' | null, timeout = 10_000): Promise<void> {
  await page.waitForFunction((v) => document.documentElement.getAttribute('data-quiet-reader') === v, value, { timeout });
}

export function artifactPath(name: string): string {
  return path.join(ARTIFACTS, name);
}

/**
 * Automatic cleanup off: only the popup (the toolbar path) cleans, so a late automatic cleanup
 * cannot race a test's own steps (it lands later on a loaded machine, e.g. under CI).
 */
export async function turnAutoCleanOff(browser: Browser): Promise<void> {
  await browser.sw.evaluate(() => chrome.storage.sync.set({ version: 2, autoClean: false }));
}

/** The fixture server and Chromium with the extension, automatic cleanup off; artifacts/ made. */
export async function startToolbarSession(options: LaunchOptions = {}): Promise<{ server: FixtureServer; browser: Browser }> {
  mkdirSync(artifactPath(''), { recursive: true });
  const server = await startServer();
  const browser = await launchWithExtension(CHROME_DIST, options);
  await turnAutoCleanOff(browser);
  return { server, browser };
}
