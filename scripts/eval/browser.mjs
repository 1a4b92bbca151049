/**
 * One headless Chromium for the eval: each page is opened at its real address, answered from
 * memory by the tab's router (every other request cut off), with the built extension plus the
 * bare-Readability extension loaded side by side (their main-thread time is told apart by script URL).
 */
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { timeByScript } from './profile.mjs';
import { routeDecision } from './route.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const BLANK_PATH = '/__qr_eval_blank';
const BLANK_HTML = '<!doctype html><title>blank</title>';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export class Timeout extends Error {}

/** Resolves like `promise`, or rejects with Timeout(label) after `ms`. */
export function withTimeout(promise, ms, label) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Timeout(label)), ms);
    }),
  ]);
}

/**
 * Launches Chromium with the given unpacked extensions (none for the baseline run). The context's
 * router cuts every request off; each tab gets its own router in observePage (a tab's routes come
 * before the context's), so two pages run at once never see each other's answers. Extension
 * requests (chrome-extension://) are not routed by Playwright at all.
 */
export async function launch({ extensions = [] }) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'qr-eval-profile-'));
  const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  if (extensions.length) args.unshift(`--disable-extensions-except=${extensions.join(',')}`, `--load-extension=${extensions.join(',')}`);
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args,
  });
  await ctx.route('**/*', (route) => {
    if (route.request().url().startsWith('chrome-extension:')) return route.continue();
    return route.abort('blockedbyclient');
  });
  // Windows a page opens itself (window.open, target=_blank clicks by its scripts) are closed.
  ctx.on('page', (p) => {
    void p
      .opener()
      .then((o) => (o ? p.close({ runBeforeUnload: false }) : undefined))
      .catch(() => undefined);
  });
  let sw;
  let extensionId;
  if (extensions.length) {
    sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(sw.url()).host;
  }
  return {
    ctx,
    sw,
    extensionId,
    async close() {
      await withTimeout(ctx.close(), 20_000, 'close').catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Routes the tab as routeDecision says; counts what it answered in `seen`. */
async function routeTab(tab, page, blankUrl, seen) {
  const body = page.load();
  const contentType = page.contentType;
  await tab.route('**/*', (route) => {
    const req = route.request();
    let top = false;
    try {
      top = req.isNavigationRequest() && req.frame() === tab.mainFrame();
    } catch {
      top = false;
    }
    const what = routeDecision({ url: req.url(), topNavigation: top }, page.url, blankUrl);
    seen[what] = (seen[what] ?? 0) + 1;
    if (what === 'continue') return route.continue();
    if (what === 'blank') return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: BLANK_HTML, headers: { 'cache-control': 'no-store' } });
    if (what === 'page') return route.fulfill({ status: 200, contentType, body, headers: { 'cache-control': 'no-store' } });
    if (what === 'no-content') return route.fulfill({ status: 204, body: '' });
    return route.abort('blockedbyclient');
  });
}

/**
 * Installs (once per service-worker life) a listener in our background that records the
 * detector's verdicts and the cleaner's state changes per tab. It only reads messages.
 */
export async function instrumentBackground(sw) {
  await sw.evaluate((blankPath) => {
    if (globalThis.__qrEval) return;
    const log = { detected: {}, states: {} };
    globalThis.__qrEval = log;
    chrome.runtime.onMessage.addListener((m, sender) => {
      const tab = sender.tab?.id;
      if (tab === undefined || !m || typeof m !== 'object') return undefined;
      // The blank page each tab opens first (for the profiler) runs the detector too; its verdict
      // (score 0, no signals) can arrive after the real page's and must not replace it.
      if (m.type === 'detected' && typeof m.url === 'string' && m.url.includes(blankPath)) return undefined;
      if (m.type === 'detected') {
        // `signals` (name -> weight) is optional: older detectors do not send it.
        const signals =
          m.signals && typeof m.signals === 'object'
            ? Object.fromEntries(
                Object.entries(m.signals)
                  .filter(([, v]) => typeof v === 'number')
                  .slice(0, 50),
              )
            : undefined;
        log.detected[tab] = { article: m.article, score: m.score, signals, url: typeof m.url === 'string' ? m.url : undefined, at: Date.now() };
      }
      if (m.type === 'state-changed') {
        log.states[tab] ??= [];
        log.states[tab].push(m.status);
      }
      return undefined;
    });
  }, BLANK_PATH);
}

export async function tabEvents(sw, tabId) {
  return sw.evaluate((id) => {
    const log = globalThis.__qrEval;
    return log ? { installed: true, detected: log.detected[id], states: log.states[id] ?? [] } : { installed: false };
  }, tabId);
}

export async function tabIdByUrl(sw, url) {
  const ids = await sw.evaluate(async (u) => (await chrome.tabs.query({})).filter((t) => t.url === u).map((t) => t.id), url);
  return ids[0];
}

/**
 * What the page looks like to a reader, measured in the page (main world). `served`: only its
 * text and the extension's marks left on it, for the page after a restore.
 */
function inspectPage(mode) {
  if (mode === 'served') {
    return {
      state: document.documentElement.getAttribute('data-quiet-reader'),
      marksLeft: document.querySelectorAll('[data-quiet-reader-hide], [data-quiet-reader-unlock], [data-quiet-reader-widen], [data-quiet-reader-reveal]').length,
      blank: !document.body?.checkVisibility({ opacityProperty: true }),
      visibleText: readingText(),
    };
  }
  const se = document.scrollingElement ?? document.documentElement;
  const needsScroll = se.scrollHeight > innerHeight + 8;
  const y0 = scrollY;
  scrollBy({ top: 300, behavior: 'instant' });
  const scrolled = scrollY !== y0;
  scrollTo({ top: y0, behavior: 'instant' });

  // The largest visible paragraphs: is their centre reachable, or does something cover it?
  const visible = (el) => el.getClientRects().length > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  /** @type {HTMLElement[]} */
  let blocks = [...document.querySelectorAll('p')].filter((el) => (el.textContent ?? '').trim().length > 40);
  if (blocks.length < 3)
    blocks = blocks.concat(
      [...document.querySelectorAll(/** @type {'div'} */ ('li, pre, blockquote, td, div'))].filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim().length > 80)),
    );
  const largest = blocks
    .filter(visible)
    .map((el) => ({ el, len: (el.innerText ?? '').length }))
    .sort((a, b) => b.len - a.len)
    .slice(0, 3);
  const describe = (el) => {
    if (!el) return null;
    const cs = getComputedStyle(el);
    return `${el.localName}${el.id ? '#' + el.id : ''}${typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).slice(0, 2).join('.') : ''} (${cs.position}, z ${cs.zIndex})`;
  };
  const probes = [];
  for (const { el } of largest) {
    el.scrollIntoView({ block: 'center', behavior: 'instant' });
    const r = el.getBoundingClientRect();
    const x = Math.min(Math.max(r.left + r.width / 2, 1), innerWidth - 1);
    const y = Math.min(Math.max(r.top + r.height / 2, 1), innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    const clear = hit !== null && (hit === el || el.contains(hit) || hit.contains(el));
    probes.push({ clear, by: clear ? undefined : describe(hit), text: (el.innerText ?? '').slice(0, 60) });
  }
  scrollTo({ top: y0, behavior: 'instant' });
  // The text on the reading line: ruby annotations (furigana set above the characters) are left
  // out, as the labels leave them out; innerText would run them into the words they annotate.
  function readingText() {
    if (!document.body) return '';
    if (!document.querySelector('rt, rp')) return document.body.innerText;
    const style = document.createElement('style');
    style.textContent = 'rt, rp { display: none !important; }';
    document.documentElement.append(style);
    const text = document.body.innerText;
    style.remove();
    return text;
  }
  return {
    url: location.href,
    state: document.documentElement.getAttribute('data-quiet-reader'),
    hiddenElements: document.querySelectorAll('[data-quiet-reader-hide]').length,
    // Roughly the size of the copy the cleaner sends (the page as it is now, head code included).
    markupChars: document.documentElement.outerHTML.length,
    // Nothing rendered at all: html or body not displayed, or transparent (innerText then falls
    // back to the text content, so the visible-text scores alone would not show it).
    blank: !document.body?.checkVisibility({ opacityProperty: true }),
    visibleText: readingText(),
    needsScroll,
    scrolled,
    bodyOverflow: document.body ? getComputedStyle(document.body).overflowY : '',
    htmlOverflow: getComputedStyle(document.documentElement).overflowY,
    probes,
    visibility: document.visibilityState,
  };
}

/**
 * Loads one page at its address (`page.url`) and lets it be cleaned. `env`: { browser, control
 * (extension page for askBackground), bareName, timeouts }. Returns the raw observations of the page.
 */
export async function observePage(env, page, { withExtension = true } = {}) {
  const { browser } = env;
  const t = env.timeouts;
  const started = Date.now();
  /** @type {Record<string, any>} */
  const row = { hung: null, errors: [], extensionErrors: [], extensionConsole: [], routed: {} };
  const tab = await browser.ctx.newPage();
  let cdp;
  try {
    const blankUrl = `${new URL(page.url).origin}${BLANK_PATH}?${Math.random().toString(36).slice(2)}`;
    await routeTab(tab, page, blankUrl, row.routed);
    // Same origin first, so the navigation stays in one renderer and the profiler sees it all.
    await withTimeout(tab.goto(blankUrl), t.load, 'blank');
    const tabId = withExtension ? await tabIdByUrl(browser.sw, blankUrl) : undefined;
    cdp = await browser.ctx.newCDPSession(tab);
    const contexts = new Map();
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.set(context.id, context));
    const kindOf = (contextId) => {
      const c = contexts.get(contextId);
      if (!c || c.auxData?.isDefault) return 'page';
      if (browser.extensionId && c.origin === `chrome-extension://${browser.extensionId}`) return 'ours';
      if (c.name === env.bareName) return 'bare';
      return 'other';
    };
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
      const text = (d.exception?.description ?? d.text ?? '').split('\n')[0].slice(0, 300);
      const where = kindOf(d.executionContextId);
      const stackUrls = (d.stackTrace?.callFrames ?? []).map((f) => f.url).join(' ');
      if (where === 'ours' || (browser.extensionId && stackUrls.includes(browser.extensionId))) row.extensionErrors.push(text);
      else if (where === 'page') row.errors.push(text);
    });
    cdp.on('Runtime.consoleAPICalled', (e) => {
      if ((e.type === 'error' || e.type === 'warning') && kindOf(e.executionContextId) === 'ours') {
        row.extensionConsole.push(
          e.args
            .map((a) => a.value ?? a.description ?? '')
            .join(' ')
            .slice(0, 300),
        );
      }
    });
    await cdp.send('Runtime.enable');
    if (withExtension) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const url = page.url;
    const loadStart = Date.now();
    try {
      // The extension runs at document_idle, which comes at the latest shortly after
      // DOMContentLoaded; a page whose load event never fires (a request that never ends, a
      // script that never yields) is still a page to clean, so only a missing DOMContentLoaded
      // counts as hung.
      await withTimeout(tab.goto(url, { waitUntil: 'domcontentloaded', timeout: t.domContentLoaded }), t.domContentLoaded + 2000, 'load');
      try {
        await withTimeout(tab.waitForLoadState('load', { timeout: t.load }), t.load + 2000, 'load event');
      } catch {
        row.loadEventMissing = true;
      }
    } catch (error) {
      row.hung = 'load';
      row.loadError = String(/** @type {any} */ (error)?.message ?? error).split('\n')[0];
    }
    row.loadMs = Date.now() - loadStart;

    if (!withExtension) {
      await sleep(t.settle * 2);
      return row;
    }
    if (row.hung) return row;

    // Automatic path: wait for the detector's verdict, then (if yes) for the cleaned page.
    const isClean = () =>
      withTimeout(
        tab.evaluate(() => document.documentElement.getAttribute('data-quiet-reader') === 'clean'),
        t.evaluate,
        'evaluate',
      );
    let verdict;
    const verdictDeadline = Date.now() + t.detect;
    while (Date.now() < verdictDeadline) {
      const ev = await tabEvents(browser.sw, tabId);
      if (!ev.installed) await instrumentBackground(browser.sw);
      verdict = ev.detected;
      if (verdict || (await isClean())) break;
      await sleep(50);
    }
    row.detected = verdict ? verdict.article : undefined;
    row.detectScore = verdict?.score;
    if (verdict?.signals) row.detectSignals = verdict.signals;
    row.how = 'none';
    if (await isClean()) row.how = 'auto';
    else if (verdict?.article) {
      const deadline = Date.now() + t.autoClean;
      while (Date.now() < deadline) {
        if (await isClean()) {
          row.how = 'auto';
          break;
        }
        const ev = await tabEvents(browser.sw, tabId);
        if (ev.states?.some((s) => s !== 'clean' && s !== 'original')) break;
        await sleep(50);
      }
    }
    row.autoMs = Date.now() - loadStart;
    if (row.how === 'none') {
      // Toolbar path: what the popup sends when the reader clicks the button.
      const reply = await withTimeout(
        env.control.evaluate((m) => chrome.runtime.sendMessage(m), { type: 'clean', tabId }),
        t.evaluate * 2,
        'toolbar clean',
      ).catch((e) => ({ status: 'error', message: `eval: ${e.message}` }));
      row.toolbarReply = { status: reply?.status, message: reply?.message };
      // The reply comes once the cleaner is done; only a 'clean' answer is worth waiting for.
      if (reply?.status === 'clean') {
        const deadline = Date.now() + t.autoClean;
        while (Date.now() < deadline && !(await isClean())) await sleep(50);
      }
      if (await isClean()) row.how = 'toolbar';
    }
    await sleep(t.settle);
    const profile = (await withTimeout(cdp.send('Profiler.stop'), t.evaluate, 'profiler')).profile;
    // QR_EVAL_PROFILES=<dir>: keep each page's CPU profile (open it in DevTools, or sum positionTicks).
    if (process.env.QR_EVAL_PROFILES) {
      const { mkdirSync, writeFileSync } = await import('node:fs');
      mkdirSync(process.env.QR_EVAL_PROFILES, { recursive: true });
      writeFileSync(
        path.join(
          process.env.QR_EVAL_PROFILES,
          `${String(page.name ?? 'page')
            .replace(/[^\w.-]+/g, '_')
            .slice(0, 80)}.cpuprofile`,
        ),
        JSON.stringify(profile),
      );
    }
    const times = timeByScript(profile, (u) => {
      if (!u.startsWith('chrome-extension://')) return undefined;
      const host = new URL(u).host;
      if (host === browser.extensionId) return `ours:${u.split('/').pop()}`;
      // The bare extension's isProbablyReaderable probe is timed apart from its parse.
      return u.endsWith('/readerable-probe.js') ? 'probe' : 'bare';
    });
    row.oursMs = Object.entries(times)
      .filter(([k]) => k.startsWith('ours:'))
      .reduce((a, [, v]) => a + v, 0);
    row.oursByScript = Object.fromEntries(
      Object.entries(times)
        .filter(([k]) => k.startsWith('ours:'))
        .map(([k, v]) => [k.slice(5), round(v)]),
    );
    row.bareProfiledMs = times.bare ?? 0;
    row.probeProfiledMs = times.probe ?? 0;
    // Where our time goes: the hottest functions (readable names with --dev builds).
    const fns = timeByScript(profile, (u, f) =>
      u.startsWith(`chrome-extension://${browser.extensionId}/`) ? `${u.split('/').pop()} ${f.functionName || '(anonymous)'}:${Number(f.lineNumber) + 1}` : undefined,
    );
    row.oursHot = Object.entries(fns)
      .sort((a, b) => b[1] - a[1])
      .slice(0, Number(process.env.QR_EVAL_HOT ?? 12))
      .map(([k, v]) => `${k} ${round(v)}`);

    const state = await withTimeout(
      env.control.evaluate((m) => chrome.runtime.sendMessage(m), { type: 'get-state', tabId }),
      t.evaluate,
      'get-state',
    ).catch((e) => ({ status: 'error', message: `eval: ${e.message}` }));
    row.status = state?.status;
    row.statusMessage = state?.message;
    row.trigger = state?.trigger;
    // How the page was read: 'copy', 'copy-reading' (planned on the page) or 'in-place'.
    row.route = state?.route;
    row.attribution = state?.attribution;

    Object.assign(row, await withTimeout(tab.evaluate(inspectPage), t.evaluate, 'inspect'));

    const bareCtx = [...contexts.values()].filter((c) => c.name === env.bareName).pop();
    if (bareCtx) {
      const r = await withTimeout(cdp.send('Runtime.evaluate', { expression: 'globalThis.__qrBare?.result()', contextId: bareCtx.id, returnByValue: true }), t.evaluate, 'bare').catch(() => undefined);
      row.bare = r?.result?.value;
    }
    // The page as served: restored (as the popup's toggle does), what the reader sees without our
    // cleanup. It tells text we hid from text the page never showed (a body its scripts would
    // render, the eval having cut their requests off), and checks the restore on a real page.
    if (row.state === 'clean') {
      const reply = await withTimeout(
        env.control.evaluate((m) => chrome.runtime.sendMessage(m), { type: 'restore', tabId }),
        t.evaluate,
        'restore',
      ).catch((e) => ({ status: 'error', message: `eval: ${e.message}` }));
      row.served = await withTimeout(tab.evaluate(inspectPage, 'served'), t.evaluate, 'served').catch(() => undefined);
      if (row.served) row.served.status = reply?.status;
    }
    row.totalMs = Date.now() - started;
    return row;
  } catch (error) {
    if (error instanceof Timeout) row.hung = error.message;
    else
      row.failure = String(/** @type {any} */ (error)?.stack ?? error)
        .split('\n')
        .slice(0, 3)
        .join(' | ');
    return row;
  } finally {
    await cdp?.detach().catch(() => undefined);
    await withTimeout(tab.close({ runBeforeUnload: false }), 10_000, 'close tab').catch(() => {
      row.closeHung = true;
    });
  }
}

function round(x) {
  return Math.round(x * 100) / 100;
}
