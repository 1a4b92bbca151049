import { describe, expect, it, vi } from 'vitest';
import type { Extractor, RoutedExtractor } from '../../../src/page/ask-extractor';
import { routeExtractor } from '../../../src/page/extractor-route';
import { PageCleaner } from '../helpers/cleaner-in-place';
import { PageCleaner as Cleaner } from '../../../src/page/cleaner';
import { IN_PLACE_KEY, inPlaceLoader, type InPlaceReader } from '../../../src/page/in-place-loader';
import { inPlaceReader } from '../../../src/in-place/reader';
import { extractPage } from '../../../src/reader';
import { isExtractReply, isExtractRequest, type ExtractReply, type PlannedCleanup } from '../../../src/shared/protocol';
import { domFrom, isHidden, loadFixture, paragraphs } from '../helpers/page-fixture';
import { installI18n } from '../helpers/i18n-stub';

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

/** The cleaner's way to an extractor: by message, the only route. */
const byMessage = (extractor: Extractor): RoutedExtractor => routeExtractor(extractor);

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
    const state = await new PageCleaner(there, { extractor: byMessage(extractor) }).clean('toolbar');
    expect(extractor.calls).toBe(1);
    expect(state.status).toBe('clean');
    expect(state.route).toBe('copy');
    expect(stateHere.route).toBe('in-place');
    expect(hiddenIds(there)).toEqual(hiddenIds(here));
    expect(hiddenIds(there).length).toBeGreaterThan(5);
    expect(isHidden(there.getElementById('p3'))).toBe(false);
    expect(state.attribution?.credits.map((c) => c.text).join(' ')).toContain('UNCTAD');
    expect(state.attribution?.headline?.value).toBe(stateHere.attribution?.headline?.value);
  });

  /** A menu and an article, being cleaned by an extractor that takes 30 ms to answer. */
  const cleaningSlowly = () => {
    const doc = domFrom(`<body><nav class="menu"><a href="/">Home</a></nav><main id="m">${paragraphs(6)}</main></body>`);
    const pending = new PageCleaner(doc, { extractor: byMessage(jsdomExtractor(doc, 30)) }).clean('toolbar');
    return { doc, pending };
  };

  it('maps onto the elements the page had when it was copied, even if the page changes meanwhile', async () => {
    const { doc, pending } = cleaningSlowly();
    const banner = doc.createElement('div');
    banner.textContent = 'A banner inserted at the top while the copy is read';
    doc.body.prepend(banner);
    const state = await pending;
    expect(state.route).toBe('copy');
    for (let i = 0; i < 6; i++) expect(isHidden(doc.getElementById(`para-${i}`))).toBe(false);
    expect(isHidden(doc.querySelector('nav.menu'))).toBe(true);
    // Not in the copy, so not in its plan: hidden as a block beside the article all the same, by
    // the keeper, from the changes recorded while the copy was read.
    await new Promise((r) => setTimeout(r, 150));
    expect(isHidden(banner)).toBe(true);
  });

  it('hides furniture the page put into the article while the copy was read, once the keeper has looked', async () => {
    const { doc, pending } = cleaningSlowly();
    const offer = doc.createElement('div');
    offer.className = 'newsletter-signup';
    offer.textContent = 'Get the morning briefing in your inbox: sign up for our newsletter today, it is free.';
    doc.getElementById('para-2')!.after(offer);
    const late = doc.createElement('p');
    late.textContent = 'A paragraph the page loaded late, which reads as prose and belongs to the article text.';
    doc.getElementById('para-5')!.after(late);
    const state = await pending;
    expect(state.route).toBe('copy');
    await new Promise((r) => setTimeout(r, 150));
    expect(isHidden(offer)).toBe(true);
    expect(isHidden(late)).toBe(false);
    for (let i = 0; i < 6; i++) expect(isHidden(doc.getElementById(`para-${i}`))).toBe(false);
  });

  it('reads the page itself when the copy does not pair with it', async () => {
    const doc = domFrom(`<body><nav class="menu"><a href="/">Home</a></nav><main id="m">${paragraphs(6)}</main></body>`);
    doc.getElementById('para-2')!.append(doc.createElement('div')); // rebuilt differently by a parser
    const extractor = jsdomExtractor(doc);
    const state = await new PageCleaner(doc, { extractor: byMessage(extractor) }).clean('toolbar');
    expect(extractor.calls).toBe(1);
    expect(state.status).toBe('clean');
    expect(state.route).toBe('in-place');
    expect(isHidden(doc.getElementById('para-2'))).toBe(false);
  });

  it.each([
    [
      'throws',
      (async () => {
        throw new Error('Receiving end does not exist');
      }) as Extractor,
    ],
    ['answers nothing', (async () => undefined) as Extractor],
    ['answers nonsense', (async () => ({ kind: 'article', kept: 'all of it' })) as Extractor],
  ])('reads the page itself when the extractor %s', async (_, extractor) => {
    const doc = loadFixture('news-article.html');
    const state = await new PageCleaner(doc, { extractor: byMessage(extractor) }).clean('toolbar');
    expect(state.status).toBe('clean');
    expect(state.route).toBe('in-place');
    expect(isHidden(doc.getElementById('signup-modal'))).toBe(true);
  });

  it('a restore while the copy is being read wins: nothing is hidden afterwards', async () => {
    const doc = loadFixture('news-article.html');
    const before = doc.documentElement.outerHTML;
    const cleaner = new PageCleaner(doc, { extractor: byMessage(jsdomExtractor(doc, 30)) });
    const pending = cleaner.clean('toolbar');
    cleaner.restore();
    const state = await pending;
    expect(state.status).toBe('original');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('a second click while reading gets the first one’s answer, with one reading', async () => {
    const doc = loadFixture('news-article.html');
    const extractor = jsdomExtractor(doc, 30);
    const cleaner = new PageCleaner(doc, { extractor: byMessage(extractor) });
    const [a, b] = await Promise.all([cleaner.clean('toolbar'), cleaner.clean('toolbar')]);
    expect(a).toEqual(b);
    expect(a.status).toBe('clean');
    expect(extractor.calls).toBe(1);
  });
});

/** The extractor's answer, passed through `change` on its way to the page. */
function alteredExtractor(doc: Document, change: (reply: ExtractReply) => ExtractReply): Extractor {
  const real = jsdomExtractor(doc);
  return async (request) => change((await real(request)) as ExtractReply);
}

const numberIn = (doc: Document, el: Element | null) => Array.prototype.indexOf.call(doc.getElementsByTagName('*'), el);

describe('the cleanup planned in the extractor', () => {
  // Readability leaves out the two divs named "extra" (one of its unlikely names), which our
  // furniture names do not know: blocks it dropped that the plan judges on their own.
  const PAGE = `<body><nav class="menu"><a href="/">Home</a> <a href="/world">World</a></nav>
    <main id="m"><h1 id="h">A headline over the story of the day</h1>${paragraphs(6)}
    <div id="floater" class="extra" style="position: fixed; bottom: 0">A note that floats over the article and reads like a sentence of prose, long enough.</div>
    <div id="aside-prose" class="extra">A paragraph Readability left out that reads like prose and stays visible as article text.</div></main>
    <footer id="foot">Footer links</footer></body>`;

  it('is sent with the reading and applied by the page as it is', async () => {
    let plan: PlannedCleanup | undefined;
    const doc = domFrom(PAGE);
    const extractor = alteredExtractor(doc, (reply) => {
      if (reply.kind !== 'article' || !reply.plan) return reply;
      plan = reply.plan;
      // A plan that hides one more block, to show that the page applies what it is sent.
      const n = numberIn(doc, doc.getElementById('aside-prose'));
      return { ...reply, plan: { ...reply.plan, hide: [...reply.plan.hide, n] } };
    });
    const state = await new Cleaner(doc, { extractor: byMessage(extractor) }).clean('toolbar');
    expect(state.status).toBe('clean');
    expect(state.route).toBe('copy');
    expect(plan?.root).toBe(numberIn(doc, doc.getElementById('m')));
    expect(isHidden(doc.getElementById('aside-prose'))).toBe(true);
    expect(isHidden(doc.querySelector('nav.menu'))).toBe(true);
    expect(isHidden(doc.getElementById('foot'))).toBe(true);
    for (let i = 0; i < 6; i++) expect(isHidden(doc.getElementById(`para-${i}`))).toBe(false);
  });

  it('shows the article again when a plan would hide most of it (a misplaced pick), and says clean', async () => {
    const doc = domFrom(PAGE);
    const extractor = alteredExtractor(doc, (reply) => {
      if (reply.kind !== 'article' || !reply.plan) return reply;
      const wrong = [0, 1, 2, 3].map((i) => numberIn(doc, doc.getElementById(`para-${i}`)));
      const parent = numberIn(doc, doc.getElementById('m'));
      const pairs = wrong.map((n): [number, string, number] => [n, 'p', parent]);
      return { ...reply, plan: { ...reply.plan, hide: [...reply.plan.hide, ...wrong], pairs: [...reply.plan.pairs, ...pairs] } };
    });
    const state = await new Cleaner(doc, { extractor: byMessage(extractor) }).clean('toolbar');
    expect(state.status).toBe('clean');
    expect(state.route).toBe('copy');
    for (let i = 0; i < 6; i++) expect(isHidden(doc.getElementById(`para-${i}`))).toBe(false);
    expect(isHidden(doc.querySelector('nav.menu'))).toBe(true);
    expect(isHidden(doc.getElementById('foot'))).toBe(true);
  });

  it('leaves a block that only a fixed position makes furniture to the page, which has the styles', async () => {
    let positioned: number[] = [];
    const doc = domFrom(PAGE);
    const extractor = alteredExtractor(doc, (reply) => {
      if (reply.kind === 'article' && reply.plan) positioned = reply.plan.positioned;
      return reply;
    });
    await new Cleaner(doc, { extractor: byMessage(extractor) }).clean('toolbar');
    expect(positioned).toContain(numberIn(doc, doc.getElementById('floater')));
    expect(positioned).toContain(numberIn(doc, doc.getElementById('aside-prose')));
    expect(isHidden(doc.getElementById('floater'))).toBe(true);
    expect(isHidden(doc.getElementById('aside-prose'))).toBe(false);
  });

  it('is made by the page itself when an element it names does not pair', async () => {
    const doc = domFrom(PAGE);
    const extractor = alteredExtractor(doc, (reply) => {
      if (reply.kind !== 'article' || !reply.plan) return reply;
      // The plan claims the kept paragraph is a <nav>: the page must not trust it.
      const n = numberIn(doc, doc.getElementById('para-1'));
      const parent = numberIn(doc, doc.getElementById('m'));
      return { ...reply, plan: { ...reply.plan, hide: [...reply.plan.hide, n], pairs: [...reply.plan.pairs, [n, 'nav', parent]] } };
    });
    const state = await new Cleaner(doc, { extractor: byMessage(extractor) }).clean('toolbar');
    expect(state.route).toBe('copy-reading');
    expect(isHidden(doc.getElementById('para-1'))).toBe(false);
    expect(isHidden(doc.querySelector('nav.menu'))).toBe(true);
  });

  it('counts the reading time with the plan, as the page would count it on itself', async () => {
    const here = loadFixture('news-article.html');
    const cleanerHere = new PageCleaner(here);
    await cleanerHere.clean('toolbar');
    const there = loadFixture('news-article.html');
    let counted: PlannedCleanup['reading'];
    const extractor = alteredExtractor(there, (reply) => {
      if (reply.kind === 'article') counted = reply.plan?.reading;
      return reply;
    });
    const cleaner = new Cleaner(there, { extractor: byMessage(extractor) });
    expect((await cleaner.clean('toolbar')).route).toBe('copy');
    expect(counted?.words).toBeGreaterThan(100);
    expect(cleaner.state(true).reading).toEqual(counted);
    expect(cleanerHere.state(true).reading).toEqual(counted);
  });

  /** An extractor whose plan says the article takes 42 minutes to read. */
  const sayingFortyTwo = (doc: Document, alter: (plan: PlannedCleanup) => PlannedCleanup = (p) => p) =>
    alteredExtractor(doc, (reply) => (reply.kind === 'article' && reply.plan ? { ...reply, plan: { ...alter(reply.plan), reading: { minutes: 42, words: 9660, cjkChars: 0 } } } : reply));

  it('answers the plan’s reading time when the page hides what was planned, and counts its own otherwise', async () => {
    const plain = domFrom(`<body><nav class="menu"><a href="/">Home</a></nav><main id="m"><h1>A headline over the story</h1>${paragraphs(6)}</main><footer>Links</footer></body>`);
    const asPlanned = new Cleaner(plain, { extractor: byMessage(sayingFortyTwo(plain)) });
    expect((await asPlanned.clean('toolbar')).route).toBe('copy');
    expect(asPlanned.state(true).reading?.minutes).toBe(42);
    // A fixed block inside the article, hidden by the page's styles, which the copy did not see.
    const floating = domFrom(PAGE);
    const withFloater = new Cleaner(floating, { extractor: byMessage(sayingFortyTwo(floating)) });
    expect((await withFloater.clean('toolbar')).route).toBe('copy');
    expect(isHidden(floating.getElementById('floater'))).toBe(true);
    expect(withFloater.state(true).reading?.minutes).not.toBe(42);
    expect(withFloater.state(true).reading?.words).toBeGreaterThan(50);
    // A plan the page had to mend (it would hide most of the article).
    const mended = domFrom(PAGE.replace(/<div id="floater"[\s\S]*?<\/div>/, ''));
    const misplaced = sayingFortyTwo(mended, (plan) => {
      const wrong = [0, 1, 2, 3].map((i) => numberIn(mended, mended.getElementById(`para-${i}`)));
      const parent = numberIn(mended, mended.getElementById('m'));
      return { ...plan, hide: [...plan.hide, ...wrong], pairs: [...plan.pairs, ...wrong.map((n): [number, string, number] => [n, 'p', parent])] };
    });
    const mending = new Cleaner(mended, { extractor: byMessage(misplaced) });
    expect((await mending.clean('toolbar')).status).toBe('clean');
    expect(isHidden(mended.getElementById('para-0'))).toBe(false);
    expect(mending.state(true).reading?.minutes).not.toBe(42);
  });

  it('hides the same blocks as the page planning for itself, on the seed-like page', async () => {
    const here = loadFixture('news-article.html');
    await new PageCleaner(here).clean('toolbar');
    let planned = false;
    const there = loadFixture('news-article.html');
    const extractor = alteredExtractor(there, (reply) => {
      planned = reply.kind === 'article' && reply.plan !== undefined;
      return reply;
    });
    await new Cleaner(there, { extractor: byMessage(extractor) }).clean('toolbar');
    expect(planned).toBe(true);
    expect(hiddenIds(there)).toEqual(hiddenIds(here));
  });
});

describe('the in-place reader, loaded only when the copy cannot be read elsewhere', () => {
  const counting = (reader: InPlaceReader | undefined) => {
    const load = vi.fn(async () => reader);
    return load;
  };

  it('answers what the extractor answers: element numbers, a plan that pairs, the attribution; and changes nothing', () => {
    const doc = loadFixture('news-article.html');
    const before = doc.documentElement.outerHTML;
    const reply = inPlaceReader.read(doc, { url: doc.URL, maxElements: 60_000, plan: { keepComments: false, keepImages: true } });
    expect(isExtractReply(reply)).toBe(true);
    if (reply.kind !== 'article' || !reply.plan) throw new Error(`expected an article with a plan, got ${reply.kind}`);
    // Planned with the page's own styles: no block is left for the cleaner to look at.
    expect(reply.plan.positioned).toEqual([]);
    const live = doc.querySelectorAll('*');
    expect(live[reply.plan.root]?.contains(doc.getElementById('p3'))).toBe(true);
    expect(reply.plan.hide.map((n) => live[n]).some((el) => el?.id === 'signup-modal' || el?.contains(doc.getElementById('signup-modal')))).toBe(true);
    expect(reply.attribution?.credits.map((c) => c.text).join(' ')).toContain('UNCTAD');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('is not loaded when the extractor reads the page', async () => {
    const doc = loadFixture('news-article.html');
    const load = counting(inPlaceReader);
    const state = await new Cleaner(doc, { extractor: byMessage(jsdomExtractor(doc)), inPlace: load }).clean('toolbar');
    expect(state).toMatchObject({ status: 'clean', route: 'copy' });
    expect(load).not.toHaveBeenCalled();
  });

  it('is not loaded for a page the extractor found no article on', async () => {
    const doc = domFrom(`<body><nav><a href="/">Home</a></nav><p>Short.</p></body>`);
    const load = counting(inPlaceReader);
    const state = await new Cleaner(doc, { extractor: byMessage(jsdomExtractor(doc)), inPlace: load }).clean('toolbar');
    expect(state.status).toBe('no-article');
    expect(load).not.toHaveBeenCalled();
  });

  it('says why there is no article in the reader’s language (the reader’s own reason is English)', async () => {
    installI18n('de');
    const doc = domFrom(`<body><nav><a href="/">Home</a></nav><p>Short.</p></body>`);
    const replies: unknown[] = [];
    const inner = jsdomExtractor(doc);
    const extractor: Extractor = async (request) => {
      const reply = await inner(request);
      replies.push(reply);
      return reply;
    };
    const state = await new Cleaner(doc, { extractor: byMessage(extractor), inPlace: counting(inPlaceReader) }).clean('toolbar');
    expect(replies).toEqual([expect.objectContaining({ kind: 'no-article', why: expect.any(String) })]);
    expect(isExtractReply(replies[0])).toBe(true);
    expect(state.message).toBe('Auf dieser Seite wurde kein Artikel gefunden, daher bleibt sie, wie sie ist.');
    expect(['Nichts auf der Seite liest sich wie ein Artikel.', 'Die Seite hat zu wenig Artikeltext.']).toContain(state.detail);
  });

  it('is loaded once the copy fails, and reads the page', async () => {
    const doc = loadFixture('news-article.html');
    const load = counting(inPlaceReader);
    const state = await new Cleaner(doc, { extractor: byMessage(async () => undefined), inPlace: load }).clean('toolbar');
    expect(state).toMatchObject({ status: 'clean', route: 'in-place' });
    expect(state.attribution?.credits.map((c) => c.text).join(' ')).toContain('UNCTAD');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('when it cannot be had either, the page is left exactly as it was and the popup says so', async () => {
    const doc = loadFixture('news-article.html');
    const before = doc.documentElement.outerHTML;
    const state = await new Cleaner(doc, { extractor: byMessage(async () => undefined), inPlace: counting(undefined) }).clean('toolbar');
    expect(state.status).toBe('error');
    expect(state.message).toMatch(/could not read this page/);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('inPlaceLoader injects in-place.js once, then takes the reader it registered; a refused injection gives none', async () => {
    const key = IN_PLACE_KEY as keyof typeof globalThis;
    const scope = globalThis as unknown as Record<string, unknown>;
    delete scope[key];
    try {
      const inject = vi.fn(async () => {
        scope[key] = inPlaceReader;
      });
      const load = inPlaceLoader(inject);
      expect(await load()).toBe(inPlaceReader);
      expect(await load()).toBe(inPlaceReader);
      expect(inject).toHaveBeenCalledTimes(1);
      delete scope[key];
      expect(await inPlaceLoader(async () => Promise.reject(new Error('no access')))()).toBeUndefined();
      expect(await inPlaceLoader(async () => undefined)()).toBeUndefined();
    } finally {
      delete scope[key];
    }
  });
});

describe('the background’s word that the page moved to another address', () => {
  it('leaves a cleanup the reader asked for at the new address, being made or made', async () => {
    const doc = loadFixture('news-article.html');
    const cleaner = new PageCleaner(doc, { extractor: byMessage(jsdomExtractor(doc, 30)) });
    // A click while the copy is read: the stale word must not cancel it.
    const pending = cleaner.clean('toolbar');
    expect(cleaner.restoreStale().status).not.toBe('clean');
    expect((await pending).status).toBe('clean');
    // Made at this address: it stays.
    expect(cleaner.restoreStale().status).toBe('clean');
    expect(doc.documentElement.getAttribute('data-quiet-reader')).toBe('clean');
  });

  it('puts back a cleanup made at another address', async () => {
    const doc = loadFixture('news-article.html');
    const before = doc.documentElement.outerHTML;
    const cleaner = new PageCleaner(doc, { extractor: byMessage(jsdomExtractor(doc)) });
    expect((await cleaner.clean('toolbar')).status).toBe('clean');
    doc.defaultView!.history.pushState({}, '', '/politics/another-story');
    expect(cleaner.restoreStale().status).toBe('original');
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
