/**
 * Firefox end to end: the built dist/firefox in firefox-esr (headless, installed temporarily over
 * WebDriver BiDi). Automatic cleanup of the seed-like page with host access, and the host-access
 * path Firefox adds: MV3 host permissions are opt-in there, so without them nothing may run on
 * its own, and access granted later (about:addons → Permissions) takes effect on the next load.
 *
 * Without host access the user's own actions still work through activeTab: the toolbar button
 * and the keyboard shortcut are driven from BiDi's chrome scope (the browser's own widgets).
 * The popup's content is not inspected here: BiDi refuses moz-extension:// pages (Chromium's
 * tests cover the popup).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, FIXTURE_PAGES, pagesRoute, startServer, type FixtureServer } from './harness';
import { FIREFOX, hasFirefox, launchFirefox, type FirefoxSession } from './firefox-harness';
import { MESSAGE_LIMIT_CHARS } from '../../src/page/extractor-route';

const SEED = '/news-article.html';
/** The seed page with a long comment in it: its copy is over MESSAGE_LIMIT_CHARS, and still goes by message. */
const BIG_SEED = '/big-news-article.html';
const bigSeed = () => readFileSync(path.join(FIXTURE_PAGES, 'news-article.html'), 'utf8').replace('</body>', `<!-- ${'padding '.repeat(Math.ceil(MESSAGE_LIMIT_CHARS / 8) + 1000)} --></body>`);
/** The seed page with markup a script built (a div inside a paragraph): its copy does not pair, so the page is read in place. */
const REBUILT_SEED = '/rebuilt-news-article.html';
const rebuiltSeed = () =>
  readFileSync(path.join(FIXTURE_PAGES, 'news-article.html'), 'utf8').replace('</body>', `<script>document.getElementById('p3').append(document.createElement('div'));</script></body>`);
const VIEWPORT = { width: 1280, height: 720 };
/** How long a page with no host access is watched for cleanup that must not come. */
const QUIET_MS = 2_500;
/** A Firefox launch took 7 s on a quiet machine and 35 s on a loaded one: above the default hook timeout's comfort. */
const LAUNCH_TIMEOUT_MS = 150_000;

if (!hasFirefox) {
  const why = `${FIREFOX} is not installed (apt-get install -y firefox-esr, or set FIREFOX_PATH)`;
  if (process.env.CI === 'true' || process.env.CI === '1') {
    // On CI a missing browser is a broken setup, not a reason to pass quietly.
    describe('Firefox end to end', () => {
      it('needs firefox-esr', () => {
        throw new Error(why);
      });
    });
  } else {
    console.warn(`\n*** SKIPPING the Firefox end-to-end tests: ${why} ***\n`);
  }
}

/** What the seed-like page looks like to a reader, measured in the page. */
interface SeedView {
  state: string | null;
  hiddenByUs: number;
  visible: Record<string, boolean>;
  markedOrInsideMarked: Record<string, boolean>;
  bodyOverflowY: string;
  scrollable: boolean;
  scrolledTo: number;
}

function readSeedView(): SeedView {
  const shown = (selector: string): boolean => {
    const el = document.querySelector(selector);
    return el?.checkVisibility({ visibilityProperty: true, opacityProperty: true }) === true;
  };
  const marked = (selector: string): boolean => document.querySelector(selector)?.closest('[data-quiet-reader-hide]') != null;
  const selectors = ['h1.headline', '.byline', 'figure.lead', '.credit', '#p1', '#p3', '#p5', '.main-menu', '#site-header', '#category-nav', '#market-widget', '#signup-modal', '#signup-backdrop'];
  const scroller = document.scrollingElement ?? document.documentElement;
  const scrollable = scroller.scrollHeight > window.innerHeight + 100;
  window.scrollTo(0, 400);
  const scrolledTo = window.scrollY;
  window.scrollTo(0, 0);
  return {
    state: document.documentElement.getAttribute('data-quiet-reader'),
    hiddenByUs: document.querySelectorAll('[data-quiet-reader-hide]').length,
    visible: Object.fromEntries(selectors.map((s) => [s, shown(s)])),
    markedOrInsideMarked: Object.fromEntries(selectors.map((s) => [s, marked(s)])),
    bodyOverflowY: getComputedStyle(document.body).overflowY,
    scrollable,
    scrolledTo,
  };
}

const isClean = (): boolean => document.documentElement.getAttribute('data-quiet-reader') === 'clean';

async function screenshot(ff: FirefoxSession, name: string): Promise<void> {
  const { data } = await ff.bidi.send<{ data: string }>('browsingContext.captureScreenshot', { context: ff.context });
  mkdirSync(artifactPath(''), { recursive: true });
  writeFileSync(artifactPath(name), Buffer.from(data, 'base64'));
}

/** Asserts the seed page as the user left it: nothing of ours, the modal up, the body locked. */
function expectUntouched(view: SeedView): void {
  expect(view.state).toBeNull();
  expect(view.hiddenByUs).toBe(0);
  expect(view.visible['#signup-modal']).toBe(true);
  expect(view.visible['.main-menu']).toBe(true);
  expect(view.bodyOverflowY).toBe('hidden');
}

const timings: Record<string, number> = {};

describe.skipIf(!hasFirefox)('Firefox, host access granted at install', () => {
  let server: FixtureServer;
  let ff: FirefoxSession;

  beforeAll(async () => {
    server = await startServer();
    const t0 = Date.now();
    ff = await launchFirefox({ grantHostAccess: true, viewport: VIEWPORT });
    timings.launchGranted = Date.now() - t0;
  }, LAUNCH_TIMEOUT_MS);

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('holds the manifest host permissions after install', async () => {
    expect((await ff.grantedOrigins()).sort()).toEqual(['http://*/*', 'https://*/*']);
  });

  it('cleans the seed-like page automatically: article visible, menu and sign-up modal hidden, page scrolls', async () => {
    const t0 = Date.now();
    await ff.navigate(server.origin + SEED);
    timings.load = Date.now() - t0;
    await ff.waitFor(isClean, [], 15_000, '<html data-quiet-reader="clean">');
    timings.loadToClean = Date.now() - t0;
    await screenshot(ff, 'firefox-seed-clean.png');
    const view = await ff.evaluate(readSeedView);

    for (const kept of ['h1.headline', '.byline', 'figure.lead', '.credit', '#p1', '#p3', '#p5']) {
      expect(view.visible[kept], `${kept} stays visible`).toBe(true);
      expect(view.markedOrInsideMarked[kept], `${kept} is not marked hidden`).toBe(false);
    }
    for (const hidden of ['.main-menu', '#category-nav', '#market-widget', '#signup-modal', '#signup-backdrop']) {
      expect(view.visible[hidden], `${hidden} is hidden`).toBe(false);
      // Hidden by the cleaner's marker (clean.css), not by chance.
      expect(view.markedOrInsideMarked[hidden], `${hidden} is marked hidden`).toBe(true);
    }
    // The sign-up modal's scroll lock (body.modal-open { overflow: hidden }) is released.
    expect(view.bodyOverflowY).not.toBe('hidden');
    expect(view.scrollable).toBe(true);
    expect(view.scrolledTo).toBeGreaterThan(0);
  });

  it('shows an article the page’s own CSS keeps unseen until its scripts run (issue 19)', async () => {
    await ff.navigate(`${server.origin}/unseen-article.html`);
    await ff.waitFor(isClean, [], 15_000, '<html data-quiet-reader="clean"> on the unseen article');
    const seen = await ff.evaluate(() =>
      Object.fromEntries(['#p1', '#p6', '#more', '#menu', '#sidebar', '#narrow'].map((s) => [s, document.querySelector(s)?.checkVisibility({ visibilityProperty: true }) === true])),
    );
    expect(seen).toEqual({ '#p1': true, '#p6': true, '#more': true, '#menu': false, '#sidebar': false, '#narrow': false });
    await ff.navigate(server.origin + SEED);
    await ff.waitFor(isClean, [], 15_000, '<html data-quiet-reader="clean"> on the seed page again');
  });

  it('cleans again after a reload (a fresh page gets a fresh cleanup)', async () => {
    await ff.reload();
    await ff.waitFor(isClean, [], 15_000, '<html data-quiet-reader="clean"> after reload');
    const view = await ff.evaluate(readSeedView);
    expect(view.visible['#signup-modal']).toBe(false);
    expect(view.visible['#p1']).toBe(true);
  });

  it('hides a block picked from the shortcut Alt+Shift+H, and hides it again on the next load (issue 22)', async () => {
    // A tab of its own: automatic cleanup allows a few cleanups per tab in 20 s, and the tests
    // above used them in the session's tab.
    const { context } = await ff.bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    const evaluate = async <T>(fn: () => T): Promise<T> => {
      const reply = await ff.bidi.send<{ type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } }>('script.callFunction', {
        functionDeclaration: `async () => JSON.stringify(await (${fn.toString()})() ?? null)`,
        target: { context },
        awaitPromise: true,
      });
      if (reply.type === 'exception') throw new Error(`page script threw: ${reply.exceptionDetails?.text}`);
      return JSON.parse(String(reply.result?.value)) as T;
    };
    const waitFor = async (fn: () => boolean, what: string) => {
      const deadline = Date.now() + 15_000;
      while (!(await evaluate(fn))) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    await ff.bidi.send('browsingContext.navigate', { context, url: `${server.origin}/site/story-one.html`, wait: 'complete' });
    await waitFor(isClean, '<html data-quiet-reader="clean">');
    const supportShown = () => document.querySelector('.support-box')?.checkVisibility() === true;
    expect(await evaluate(supportShown)).toBe(true);
    await ff.pressShortcut('H');
    await waitFor(() => document.querySelector('quiet-reader-picker') !== null, 'the picker in the page');
    const at = await evaluate(() => {
      const p = document.querySelector('.support-box p') as Element;
      p.scrollIntoView({ block: 'center' });
      const r = p.getBoundingClientRect();
      return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
    });
    // The pointer on the appeal's paragraph, ↑ to the appeal, a click; then Esc.
    const pointer = { type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' } };
    const key = (value: string) => ({
      type: 'key',
      id: 'keyboard',
      actions: [
        { type: 'keyDown', value },
        { type: 'keyUp', value },
      ],
    });
    const act = (actions: unknown[]) => ff.bidi.send('input.performActions', { context, actions });
    await act([{ ...pointer, actions: [{ type: 'pointerMove', x: at.x, y: at.y }] }]);
    await act([key('\uE013')]);
    await act([
      {
        ...pointer,
        actions: [
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ]);
    await waitFor(() => document.querySelector('.support-box')?.hasAttribute('data-quiet-reader-hide') === true, 'the appeal hidden');
    await act([key('\uE00C')]);
    await waitFor(() => document.querySelector('quiet-reader-picker') === null, 'the picker gone');
    // The page's own handlers saw none of it.
    expect(await evaluate(() => [(window as unknown as { pageClicks: number }).pageClicks, (window as unknown as { pageKeys: number }).pageKeys])).toEqual([0, 0]);
    // The next load is cleaned automatically, with the rule.
    await ff.bidi.send('browsingContext.reload', { context, wait: 'complete' });
    await waitFor(isClean, '<html data-quiet-reader="clean"> after reload');
    await waitFor(() => document.querySelector('.support-box')?.hasAttribute('data-quiet-reader-hide') === true, 'the appeal hidden after reload');
    expect(await evaluate(supportShown)).toBe(false);
    expect(await evaluate(() => document.getElementById('p0')?.checkVisibility() === true)).toBe(true);
    await ff.bidi.send('browsingContext.close', { context });
  });
});

describe.skipIf(!hasFirefox)('Firefox, host access not granted (the default for a temporary MV3 install)', () => {
  let server: FixtureServer;
  let ff: FirefoxSession;

  beforeAll(async () => {
    server = await startServer([pagesRoute({ [BIG_SEED]: bigSeed(), [REBUILT_SEED]: rebuiltSeed() })]);
    const t0 = Date.now();
    ff = await launchFirefox({ grantHostAccess: false, viewport: VIEWPORT });
    timings.launchNotGranted = Date.now() - t0;
  }, LAUNCH_TIMEOUT_MS);

  afterAll(async () => {
    await ff?.close();
    await server?.close();
    console.log('Firefox e2e timings (ms):', JSON.stringify(timings));
  });

  it('holds no host permission', async () => {
    expect(await ff.grantedOrigins()).toEqual([]);
  });

  it('leaves the page alone: no automatic cleanup without host access', async () => {
    await ff.navigate(server.origin + SEED);
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    expectUntouched(await ff.evaluate(readSeedView));
  });

  /** Records, in the page, any frame added to it (watched from the page, as any page could): moz-extension:// addresses would identify the install. */
  const watchExtractorFrames = () =>
    ff.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { extractorFrames: string[] }).extractorFrames = seen;
      new MutationObserver((records) => {
        for (const r of records) for (const n of Array.from(r.addedNodes)) if (n instanceof HTMLIFrameElement) seen.push(n.src);
      }).observe(document.documentElement, { childList: true, subtree: true });
      return true;
    });
  const extractorFrames = () => ff.evaluate(() => ({ seen: (window as unknown as { extractorFrames: string[] }).extractorFrames, left: document.querySelectorAll('iframe').length }));

  it('cleans the page from the toolbar button (activeTab), and only that page load', async () => {
    await ff.navigate(server.origin + SEED);
    expect(await ff.evaluate(isClean)).toBe(false);
    await watchExtractorFrames();
    const t0 = Date.now();
    await ff.clickToolbarButton();
    await ff.waitFor(isClean, [], 15_000, '<html data-quiet-reader="clean"> after the toolbar button');
    timings.toolbarToClean = Date.now() - t0;
    // A small page's copy goes by message to the event page, which reads it: no frame.
    expect(await extractorFrames()).toEqual({ seen: [], left: 0 });
    const view = await ff.evaluate(readSeedView);
    expect(view.visible['#signup-modal']).toBe(false);
    expect(view.visible['#p1']).toBe(true);
    expect(view.bodyOverflowY).not.toBe('hidden');
    await ff.closePopups();
    // A click grants nothing lasting: the next load of the page is left alone again.
    await ff.reload();
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    expectUntouched(await ff.evaluate(readSeedView));
  });

  it('reads a large page by message too, and never shows the page a moz-extension:// frame', async () => {
    await ff.navigate(server.origin + BIG_SEED);
    await watchExtractorFrames();
    await ff.clickToolbarButton();
    await ff.waitFor(isClean, [], 15_000, '<html data-quiet-reader="clean"> after the toolbar button');
    expect(await extractorFrames()).toEqual({ seen: [], left: 0 });
    const html = await ff.evaluate(() => document.documentElement.outerHTML);
    expect(html).not.toMatch(/moz-extension:/);
    const view = await ff.evaluate(readSeedView);
    expect(view.visible['#signup-modal']).toBe(false);
    expect(view.visible['#p1']).toBe(true);
    await ff.closePopups();
  });

  it('reads a page whose copy does not pair in place, the reader injected on the toolbar button’s grant (activeTab)', async () => {
    await ff.navigate(server.origin + REBUILT_SEED);
    expect(await ff.evaluate(isClean)).toBe(false);
    await ff.clickToolbarButton();
    await ff.waitFor(isClean, [], 15_000, '<html data-quiet-reader="clean"> after the toolbar button');
    const view = await ff.evaluate(readSeedView);
    for (const kept of ['h1.headline', '.credit', '#p1', '#p3', '#p5']) expect(view.visible[kept], `${kept} stays visible`).toBe(true);
    for (const hidden of ['.main-menu', '#signup-modal']) expect(view.visible[hidden], `${hidden} is hidden`).toBe(false);
    await ff.closePopups();
  });

  it('cleans the page from the keyboard shortcut Alt+Shift+R (activeTab)', async () => {
    await ff.navigate(server.origin + SEED);
    expect(await ff.evaluate(isClean)).toBe(false);
    await ff.pressShortcut('R');
    await ff.waitFor(isClean, [], 15_000, '<html data-quiet-reader="clean"> after the shortcut');
    expect((await ff.evaluate(readSeedView)).visible['#signup-modal']).toBe(false);
  });

  it('starts reading aloud from the shortcut Alt+Shift+L, cleaning the page first (activeTab)', async () => {
    await ff.navigate(server.origin + SEED);
    expect(await ff.evaluate(isClean)).toBe(false);
    // The real speechSynthesis: a voice where the browser has a speech service (speech-dispatcher
    // on Linux), none on a machine without one. The first connection lists the voices late.
    const voices = await ff.evaluate(
      () =>
        new Promise<number>((resolve) => {
          if (speechSynthesis.getVoices().length) return resolve(speechSynthesis.getVoices().length);
          speechSynthesis.addEventListener('voiceschanged', () => resolve(speechSynthesis.getVoices().length), { once: true });
          setTimeout(() => resolve(speechSynthesis.getVoices().length), 8000);
        }),
    );
    // Every block the player marks, in order (a block may be read in a tenth of a second where the
    // speech service has no sound device to wait for).
    await ff.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __marks: string[] }).__marks = seen;
      new MutationObserver((records) => {
        for (const r of records) {
          const el = r.target as Element;
          if (r.attributeName === 'data-quiet-reader-speaking' && el.hasAttribute('data-quiet-reader-speaking')) seen.push(el.id || el.localName);
        }
      }).observe(document.body, { attributes: true, attributeFilter: ['data-quiet-reader-speaking'], subtree: true });
    });
    await ff.pressShortcut('L');
    await ff.waitFor(isClean, [], 15_000, '<html data-quiet-reader="clean"> after the read-aloud shortcut');
    const marks = () => (window as unknown as { __marks: string[] }).__marks;
    if (voices === 0) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      // No voice here (still none: a speech service that answered late is read below): the page
      // is cleaned and nothing is marked as read.
      if ((await ff.evaluate(() => speechSynthesis.getVoices().length)) === 0) {
        expect(await ff.evaluate(marks)).toEqual([]);
        return;
      }
    }
    // The real engine reads the headline first, then the article's paragraphs in order.
    await ff.waitFor(() => (window as unknown as { __marks: string[] }).__marks.includes('p2'), [], 20_000, 'the second paragraph read aloud');
    const read = await ff.evaluate(marks);
    expect(read[0]).toBe('h1');
    expect(read.indexOf('p1')).toBeGreaterThan(0);
    expect(read.indexOf('p2')).toBeGreaterThan(read.indexOf('p1'));
    // Leaving the page stops the reading: nothing speaks, nothing is marked.
    await ff.navigate(server.origin + SEED);
    await ff.waitFor(() => !speechSynthesis.speaking && !document.querySelector('[data-quiet-reader-speaking]'), [], 5_000, 'speech stopped after navigation');
  });

  it('cleans automatically from the next load once access is granted later, and stops when it is revoked', async () => {
    await ff.setHostAccess(true);
    expect((await ff.grantedOrigins()).sort()).toEqual(['http://*/*', 'https://*/*']);
    const t0 = Date.now();
    await ff.reload();
    await ff.waitFor(isClean, [], 15_000, '<html data-quiet-reader="clean"> after the grant');
    timings.grantedLaterReloadToClean = Date.now() - t0;
    const view = await ff.evaluate(readSeedView);
    expect(view.visible['#signup-modal']).toBe(false);
    expect(view.visible['#p1']).toBe(true);

    await ff.setHostAccess(false);
    expect(await ff.grantedOrigins()).toEqual([]);
    await ff.reload();
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    expectUntouched(await ff.evaluate(readSeedView));
  });
});
