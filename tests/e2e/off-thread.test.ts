/**
 * Reading the page off its main thread, in real Chromium: the copy's serialization survives what
 * real pages hold (head <noscript> pixels, links in <noscript> in links, templates, SVG, raw text
 * that looks like markup), every copy goes by runtime message (no extension page is ever put in the
 * page), and when the copy cannot pair with the page, the page is read in place and cleaned all the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MESSAGE_LIMIT_CHARS } from '../../src/page/extractor-route';
import { askBackground, launchWithExtension, openPopupPage, pagesRoute, startServer, tabIdOf, type Browser, type FixtureServer, type Route } from './harness';

const PROSE = 'The council met on Tuesday to discuss the budget, and members debated the proposal at length before a narrow vote that surprised observers. ';
const article = `<article id="story"><h1>Council passes the budget after a long debate</h1>${Array.from({ length: 6 }, (_, i) => `<p id="p${i}">${PROSE.repeat(4)}</p>`).join('')}</article>`;
const page = (body: string, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council passes the budget</title>${head}</head><body>${body}</body></html>`;
const menu = '<nav id="menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>';
/** A comment long enough to make the page's copy larger than MESSAGE_LIMIT_CHARS: still by message. */
const padding = `<!-- ${'padding '.repeat(Math.ceil(MESSAGE_LIMIT_CHARS / 8) + 1000)} -->`;

const pages: Record<string, string | { html: string; headers: Record<string, string> }> = {
  // Each of these, parsed again with scripting off, would come out shaped differently.
  '/tricky': page(
    `${menu}<ul id="teasers"><li><a href="/a" class="figure"><img src="data:," alt=""><noscript><a href="/a"><img src="/a.jpg" alt=""></a></noscript></a></li></ul>
     <template id="tpl"><div><p>template</p></div></template>
     <svg width="10" height="10"><defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs><foreignObject><div>fo</div></foreignObject></svg>
     <table id="facts"><tr><td>Vote</td><td>7–4</td></tr></table>
     <script>var decoy = "<noscript><img src=x></noscript></head><body>";</script>
     ${article}`,
    `<noscript><img height="1" width="1" src="/pixel.gif"></noscript><meta name="description" content="Budget news">`,
  ),
  // Built with DOM calls: a <div> inside a <p> lives in the page but not in a parse of its HTML.
  '/rebuilt': page(`${menu}${article}<script>document.getElementById('p2').append(document.createElement('div'));</script>`),
  // The same page, just small enough for a message, then too large for one.
  '/large': page(`${menu}${article}<!-- ${'padding '.repeat(Math.floor(MESSAGE_LIMIT_CHARS / 8) - 2000)} -->`),
  '/big': page(`${menu}${article}${padding}`),
  // A large, cross-origin isolated page (COEP require-corp).
  '/coep-big': { html: page(`${menu}${article}${padding}`), headers: { 'cross-origin-embedder-policy': 'require-corp', 'cross-origin-opener-policy': 'same-origin' } },
  // A large page whose load event comes late (a slow image), watching for anything added to it that
  // loads (a frame, image, script, style sheet or embed would hold the load event back; the
  // cleaned page's own progress bar, a plain div, does not).
  '/late-load': page(
    `${menu}${article}${padding}<img id="slow" src="/slow.gif" alt=""><script>
      const root = document.documentElement;
      new MutationObserver((records) => { for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1 && (/^(iframe|frame|img|script|link|object|embed|video|audio)$/i.test(n.localName) || n.querySelector('iframe, frame, img, script, link, object, embed, video, audio'))) root.dataset.addedAt = n.localName; }).observe(root, { childList: true, subtree: true });
      addEventListener('load', () => { root.dataset.loadAt = String(performance.now()); });
    </script>`,
  ),
  // A note inside the article that Readability drops and that reads like prose, but floats over
  // the article: only the page's style sheet says so, which the extractor's copy does not have.
  '/floating': page(
    `${menu}${article.replace('</article>', `<div id="floater" class="remark">We value your privacy and use cookies to improve the experience you have on this site.</div><p id="afterword">${PROSE}</p></article>`)}`,
    '<style>.remark { position: fixed; bottom: 0; left: 0; right: 0; background: #fee; }</style>',
  ),
  // The article in a narrow column beside a wide rail: once the rail is hidden, it gets a reading width.
  '/narrow': page(
    `${menu}<div style="display:flex"><div id="column" style="width:260px;flex:none">${article}</div><aside id="rail" style="width:900px;flex:none">${Array.from({ length: 8 }, (_, i) => `<p><a href="/more/${i}">More news item ${i}</a></p>`).join('')}</aside></div>`,
  ),
};

let server: FixtureServer;
let browser: Browser;

beforeAll(async () => {
  const slowImage: Route = (req, res) => {
    if (req.url !== '/slow.gif') return false;
    setTimeout(() => res.writeHead(200, { 'content-type': 'image/gif' }).end(Buffer.from('R0lGODlhAQABAAAAACw=', 'base64')), 1000);
    return true;
  };
  server = await startServer([pagesRoute(pages), slowImage]);
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type State = { status: string; route?: string };

async function cleanPage(path: string): Promise<{ page: Page; state: State }> {
  const p = await browser.ctx.newPage();
  await p.goto(server.origin + path);
  const tabId = await tabIdOf(browser, p);
  const ext = await openPopupPage(browser, tabId);
  await askBackground(ext, { type: 'clean', tabId });
  const state = await askBackground<State>(ext, { type: 'get-state', tabId });
  await ext.close();
  return { page: p, state };
}

const shown = (p: Page, sel: string) => p.$eval(sel, (el) => el.checkVisibility());

describe('reading the page off its main thread', () => {
  it.each([
    ['a page full of markup that does not survive a naive re-parse, sent by message', '/tricky'],
    ['a page of almost a million characters, still by message', '/large'],
    ['a page of more than a million characters, by message too (no frame any more)', '/big'],
  ])('pairs the copy with %s, and adds no frame', async (_, path) => {
    const { page: p, state } = await cleanPage(path);
    expect(state.status).toBe('clean');
    expect(state.route).toBe('copy');
    for (let i = 0; i < 6; i++) expect(await shown(p, `#p${i}`)).toBe(true);
    expect(await shown(p, '#menu')).toBe(false);
    expect(await p.$$eval('iframe', (frames) => frames.length)).toBe(0);
    await p.close();
  });

  it.each([['the copy does not pair with it (script-built markup)', '/rebuilt']])('reads the page in place when %s', async (_, path) => {
    const { page: p, state } = await cleanPage(path);
    expect(state.status).toBe('clean');
    expect(state.route).toBe('in-place');
    for (let i = 0; i < 6; i++) expect(await shown(p, `#p${i}`)).toBe(true);
    expect(await shown(p, '#menu')).toBe(false);
    await p.close();
  });

  it('plans on the copy, and hides a block there that only the page’s style sheet makes a floating overlay', async () => {
    const { page: p, state } = await cleanPage('/floating');
    expect(state).toMatchObject({ status: 'clean', route: 'copy' });
    expect(await shown(p, '#floater')).toBe(false);
    expect(await shown(p, '#afterword')).toBe(true);
    for (let i = 0; i < 6; i++) expect(await shown(p, `#p${i}`)).toBe(true);
    expect(await shown(p, '#menu')).toBe(false);
    await p.close();
  });

  it('widens an article left in a narrow column, measured after the page is laid out', async () => {
    const { page: p, state } = await cleanPage('/narrow');
    expect(state.status).toBe('clean');
    expect(await shown(p, '#rail')).toBe(false);
    await p.waitForSelector('[data-quiet-reader-widen="root"]', { timeout: 5000 });
    expect(await p.$eval('#story', (el) => el.closest('[data-quiet-reader-widen="root"]') !== null)).toBe(true);
    const width = await p.$eval('#story', (el) => el.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(500);
    for (let i = 0; i < 6; i++) expect(await shown(p, `#p${i}`)).toBe(true);
    await p.close();
  });

  it('reads a large page under a cross-origin embedder policy by message', async () => {
    const { page: p, state } = await cleanPage('/coep-big');
    expect(await p.evaluate(() => crossOriginIsolated)).toBe(true);
    expect(state).toMatchObject({ status: 'clean', route: 'copy' });
    for (let i = 0; i < 6; i++) expect(await shown(p, `#p${i}`)).toBe(true);
    expect(await shown(p, '#menu')).toBe(false);
    expect(await p.$$eval('iframe', (frames) => frames.length)).toBe(0);
    await p.close();
  });

  it('reads a large page before its load event without adding anything to it (nothing holds that event back)', async () => {
    const p = await browser.ctx.newPage();
    await p.goto(server.origin + '/late-load', { waitUntil: 'domcontentloaded' });
    const tabId = await tabIdOf(browser, p);
    const ext = await openPopupPage(browser, tabId);
    const state = await askBackground<State>(ext, { type: 'clean', tabId });
    await ext.close();
    expect(state).toMatchObject({ status: 'clean', route: 'copy' });
    await p.waitForFunction(() => document.documentElement.dataset.loadAt !== undefined, undefined, { timeout: 10_000 });
    const { addedAt, loadAt } = await p.evaluate(() => ({ ...document.documentElement.dataset }));
    expect(Number(loadAt)).toBeGreaterThan(1000); // the slow image held the load event back
    expect(addedAt).toBeUndefined();
    for (let i = 0; i < 6; i++) expect(await shown(p, `#p${i}`)).toBe(true);
    await p.close();
  });
});
