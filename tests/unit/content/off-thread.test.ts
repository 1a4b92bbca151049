import { describe, expect, it } from 'vitest';
import type { Extractor } from '../../../src/content/ask-extractor';
import { PageCleaner } from '../../../src/content/page-cleaner';
import { extractPage } from '../../../src/extract/extract-page';
import { isExtractRequest } from '../../../src/shared/extraction';
import { domFrom, isHidden, loadFixture, paragraphs } from './page-fixture';

/** The extractor as the offscreen document runs it, here with jsdom's parser; counts its calls. */
function jsdomExtractor(doc: Document, delay = 0): Extractor & { calls: number } {
  const fn = (async (request) => {
    fn.calls++;
    if (!isExtractRequest(request)) throw new Error('bad request');
    if (delay) await new Promise((r) => setTimeout(r, delay));
    return extractPage(request, new doc.defaultView!.DOMParser());
  }) as Extractor & { calls: number };
  fn.calls = 0;
  return fn;
}

const hiddenIds = (doc: Document) =>
  Array.from(doc.querySelectorAll('[data-quiet-reader-hide]'))
    .map((el) => el.id || el.className || el.localName)
    .sort();

describe('PageCleaner reading the page off its main thread', () => {
  it('cleans the seed-like page from the extractor’s reading exactly as from its own, credit included', async () => {
    const here = loadFixture('news-article.html');
    const stateHere = await new PageCleaner(here).clean('toolbar');
    const there = loadFixture('news-article.html');
    const extractor = jsdomExtractor(there);
    const state = await new PageCleaner(there, { extractor }).clean('toolbar');
    expect(extractor.calls).toBe(1);
    expect(state.status).toBe('clean');
    expect(state.engine).toBe('extractor');
    expect(stateHere.engine).toBe('page');
    expect(hiddenIds(there)).toEqual(hiddenIds(here));
    expect(hiddenIds(there).length).toBeGreaterThan(5);
    expect(isHidden(there.getElementById('p3'))).toBe(false);
    expect(state.attribution?.credits.map((c) => c.text).join(' ')).toContain('UNCTAD');
    expect(state.attribution?.headline?.value).toBe(stateHere.attribution?.headline?.value);
  });

  it('maps onto the elements the page had when it was copied, even if the page changes meanwhile', async () => {
    const doc = domFrom(`<body><nav class="menu"><a href="/">Home</a></nav><main id="m">${paragraphs(6)}</main></body>`);
    const cleaner = new PageCleaner(doc, { extractor: jsdomExtractor(doc, 30) });
    const pending = cleaner.clean('toolbar');
    const banner = doc.createElement('div');
    banner.textContent = 'A banner inserted at the top while the copy is read';
    doc.body.prepend(banner);
    const state = await pending;
    expect(state.engine).toBe('extractor');
    for (let i = 0; i < 6; i++) expect(isHidden(doc.getElementById(`para-${i}`))).toBe(false);
    expect(isHidden(doc.querySelector('nav.menu'))).toBe(true);
  });

  it('reads the page itself when the copy does not pair with it', async () => {
    const doc = domFrom(`<body><nav class="menu"><a href="/">Home</a></nav><main id="m">${paragraphs(6)}</main></body>`);
    doc.getElementById('para-2')!.append(doc.createElement('div')); // rebuilt differently by a parser
    const extractor = jsdomExtractor(doc);
    const state = await new PageCleaner(doc, { extractor }).clean('toolbar');
    expect(extractor.calls).toBe(1);
    expect(state.status).toBe('clean');
    expect(state.engine).toBe('page');
    expect(isHidden(doc.getElementById('para-2'))).toBe(false);
  });

  it.each([
    ['throws', (async () => { throw new Error('Receiving end does not exist'); }) as Extractor],
    ['answers nothing', (async () => undefined) as Extractor],
    ['answers nonsense', (async () => ({ kind: 'article', kept: 'all of it' })) as Extractor],
  ])('reads the page itself when the extractor %s', async (_, extractor) => {
    const doc = loadFixture('news-article.html');
    const state = await new PageCleaner(doc, { extractor }).clean('toolbar');
    expect(state.status).toBe('clean');
    expect(state.engine).toBe('page');
    expect(isHidden(doc.getElementById('signup-modal'))).toBe(true);
  });

  it('a restore while the copy is being read wins: nothing is hidden afterwards', async () => {
    const doc = loadFixture('news-article.html');
    const before = doc.documentElement.outerHTML;
    const cleaner = new PageCleaner(doc, { extractor: jsdomExtractor(doc, 30) });
    const pending = cleaner.clean('toolbar');
    cleaner.restore();
    const state = await pending;
    expect(state.status).toBe('original');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('a second click while reading gets the first one’s answer, with one reading', async () => {
    const doc = loadFixture('news-article.html');
    const extractor = jsdomExtractor(doc, 30);
    const cleaner = new PageCleaner(doc, { extractor });
    const [a, b] = await Promise.all([cleaner.clean('toolbar'), cleaner.clean('toolbar')]);
    expect(a).toEqual(b);
    expect(a.status).toBe('clean');
    expect(extractor.calls).toBe(1);
  });
});

describe('how much text makes an article', () => {
  const SHORT_POST = `<html><head><title>Monstergespräche #1</title><meta property="og:type" content="article"></head><body>
    <nav class="menu"><a href="/">Home</a> <a href="/about">About</a> <a href="/archive">Archive</a></nav>
    <article class="post"><h1>Monstergespräche #1</h1><div class="entry-content"><p>Der kleine Drache fragte das Monster unter dem Bett, ob es auch manchmal Angst im Dunkeln habe. „Nur dienstags“, sagte das Monster.</p></div></article>
    <div class="sharedaddy"><h3>Teilen Sie dies mit:</h3><a href="/share">Twitter</a></div>
    <footer><p>Die Inhalte dieser Website sind urheberrechtlich geschützt.</p></footer></body></html>`;

  it('a short post is cleaned when the reader asks, not automatically', async () => {
    const auto = domFrom(SHORT_POST, 'https://blog.example/2019/04/09/monstergesprache-1/');
    expect((await new PageCleaner(auto, { extractor: jsdomExtractor(auto) }).clean('auto')).status).toBe('no-article');
    const asked = domFrom(SHORT_POST, 'https://blog.example/2019/04/09/monstergesprache-1/');
    const state = await new PageCleaner(asked, { extractor: jsdomExtractor(asked) }).clean('toolbar');
    expect(state.status).toBe('clean');
    expect(isHidden(asked.querySelector('.entry-content p'))).toBe(false);
    expect(isHidden(asked.querySelector('nav.menu'))).toBe(true);
    expect(isHidden(asked.querySelector('footer'))).toBe(true);
    // The same without the extractor (read in place).
    const inPlace = domFrom(SHORT_POST, 'https://blog.example/2019/04/09/monstergesprache-1/');
    expect((await new PageCleaner(inPlace).clean('toolbar')).status).toBe('clean');
  });
});
