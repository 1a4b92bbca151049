import { describe, expect, it, vi } from 'vitest';
import { commonAncestor } from '../../../src/reader/read/pairing';
import { pathTo, planHiding } from '../../../src/reader/plan/hide-plan';
import { PageCleaner } from '../helpers/cleaner-in-place';
import { domFrom, isHidden, loadFixture, paragraphs } from '../helpers/page-fixture';

const byId = (doc: Document, id: string) => doc.getElementById(id);

describe('PageCleaner on the seed-like page', () => {
  it('hides menus, search, nav, widget, modal, backdrop, footer; keeps headline, byline, figure, credit and paragraphs', async () => {
    const doc = loadFixture('news-article.html');
    const state = await new PageCleaner(doc).clean('toolbar');
    expect(state.status).toBe('clean');
    expect(doc.documentElement.getAttribute('data-quiet-reader')).toBe('clean');
    for (const sel of ['.main-menu', 'form.search', '#category-nav', '#market-widget', '#signup-modal', '#signup-backdrop', '#site-footer', '.breadcrumbs', '.share', '.related']) {
      expect(isHidden(doc.querySelector(sel)), sel).toBe(true);
    }
    for (const sel of ['h1.headline', '.byline', 'figure.lead', 'figure.lead figcaption', '.credit', '#p1', '#p2', '#p3', '#p4', '#p5']) {
      expect(isHidden(doc.querySelector(sel)), sel).toBe(false);
    }
  });

  it('releases the scroll lock (lock class and overflow) and restores it', async () => {
    const doc = loadFixture('news-article.html');
    const cleaner = new PageCleaner(doc);
    await cleaner.clean('toolbar');
    expect(doc.body.classList.contains('modal-open')).toBe(false);
    cleaner.restore();
    expect(doc.body.classList.contains('modal-open')).toBe(true);
  });

  it('restores the page exactly: same serialization, no marker left, observer stopped', async () => {
    const doc = loadFixture('news-article.html');
    const before = doc.documentElement.outerHTML;
    const cleaner = new PageCleaner(doc);
    await cleaner.clean('toolbar');
    expect(doc.documentElement.outerHTML).not.toBe(before);
    const state = cleaner.restore();
    expect(state.status).toBe('original');
    expect(doc.documentElement.outerHTML).toBe(before);
    // After restore, a new popup is left alone: nothing is observing any more.
    const late = doc.createElement('div');
    late.className = 'newsletter-popup';
    doc.body.append(late);
    await new Promise((r) => setTimeout(r, 200));
    expect(late.hasAttribute('data-quiet-reader-hide')).toBe(false);
  });

  it('keeps the page clean: late popups outside the article are hidden, late article content is not', async () => {
    const doc = loadFixture('news-article.html');
    await new PageCleaner(doc).clean('toolbar');
    const popup = doc.createElement('div');
    popup.className = 'newsletter-popup';
    popup.textContent = 'Subscribe!';
    doc.body.append(popup);
    const more = doc.createElement('p');
    more.textContent = 'A late paragraph of the article, loaded as the reader scrolls down the page.';
    doc.getElementById('p5')!.after(more);
    await vi.waitFor(() => expect(popup.hasAttribute('data-quiet-reader-hide')).toBe(true));
    expect(isHidden(more)).toBe(false);
  });

  it('puts back markers the page strips, then gives up (breaker) if the page keeps fighting', async () => {
    const doc = loadFixture('news-article.html');
    const cleaner = new PageCleaner(doc);
    await cleaner.clean('toolbar');
    const modal = byId(doc, 'signup-modal')!;
    modal.removeAttribute('data-quiet-reader-hide');
    await vi.waitFor(() => expect(modal.hasAttribute('data-quiet-reader-hide')).toBe(true));
    for (let i = 0; i < 20 && !cleaner.keeperStats()?.tripped; i++) {
      modal.removeAttribute('data-quiet-reader-hide');
      await new Promise((r) => setTimeout(r, 120));
    }
    expect(cleaner.keeperStats()?.tripped).toMatch(/keeps removing/);
    // The article is still there and the page still restores exactly.
    expect(isHidden(byId(doc, 'p1'))).toBe(false);
    cleaner.restore();
    expect(doc.querySelector('[data-quiet-reader-hide]')).toBeNull();
    expect(doc.documentElement.hasAttribute('data-quiet-reader')).toBe(false);
  });

  it('cleaning twice at the same address changes nothing more', async () => {
    const doc = loadFixture('news-article.html');
    const cleaner = new PageCleaner(doc);
    await cleaner.clean('toolbar');
    const once = doc.documentElement.outerHTML;
    expect((await cleaner.clean('toolbar')).status).toBe('clean');
    expect(doc.documentElement.outerHTML).toBe(once);
  });
});

describe('PageCleaner on other pages', () => {
  it('leaves a page with no article untouched and says so', async () => {
    const doc = loadFixture('no-article.html');
    const before = doc.documentElement.outerHTML;
    const state = await new PageCleaner(doc).clean('toolbar');
    expect(state.status).toBe('no-article');
    expect(state.message).toMatch(/no article|not an article/i);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('releases a fixed-body lock and returns to the reader’s place', async () => {
    const doc = domFrom(`<html><body style="position: fixed; top: -420px; width: 100%"><nav>Home News</nav><article><h1>Council passes budget</h1>${paragraphs(6)}</article></body></html>`);
    const scrollTo = vi.fn();
    doc.defaultView!.scrollTo = scrollTo as typeof window.scrollTo;
    const cleaner = new PageCleaner(doc);
    await cleaner.clean('toolbar');
    expect(doc.body.getAttribute('data-quiet-reader-unlock')).toContain('fixed');
    expect(scrollTo).toHaveBeenLastCalledWith(0, 420);
    cleaner.restore();
    expect(doc.body.hasAttribute('data-quiet-reader-unlock')).toBe(false);
    expect(doc.body.getAttribute('style')).toBe('position: fixed; top: -420px; width: 100%');
  });

  it('reveals an article the page keeps invisible until its scripts run (anti-flicker), and undoes it', async () => {
    const doc = domFrom(
      `<html><head><style>body.loading { visibility: hidden } .fade { opacity: 0 }</style></head><body class="loading"><nav>Home</nav><div class="fade"><article><h1>Council passes budget</h1>${paragraphs(6)}</article></div></body></html>`,
    );
    const before = doc.documentElement.outerHTML;
    const cleaner = new PageCleaner(doc);
    await cleaner.clean('toolbar');
    expect(doc.body.hasAttribute('data-quiet-reader-reveal')).toBe(true);
    expect(doc.querySelector('.fade')!.hasAttribute('data-quiet-reader-reveal')).toBe(true);
    expect(doc.querySelector('article')!.hasAttribute('data-quiet-reader-reveal')).toBe(false);
    cleaner.restore();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('shows a page that is not displayed until its scripts run (html display none), only along the article’s path', async () => {
    const doc = domFrom(
      `<html><head><style>html.js-pending { display: none } .mobile-only { display: none }</style></head><body><nav>Home</nav><main><article><h1>Council passes budget</h1>${paragraphs(6)}<p class="mobile-only">Open in the app for more stories like this one, with offline reading.</p></article></main></body></html>`,
    );
    doc.documentElement.className = 'js-pending';
    const before = doc.documentElement.outerHTML;
    const cleaner = new PageCleaner(doc);
    await cleaner.clean('toolbar');
    expect(doc.documentElement.getAttribute('data-quiet-reader-reveal')).toBe('display');
    expect(doc.body.hasAttribute('data-quiet-reader-reveal')).toBe(false);
    expect(doc.querySelector('article')!.hasAttribute('data-quiet-reader-reveal')).toBe(false);
    // Not on the path to the article: the page's own choice stands.
    expect(doc.querySelector('.mobile-only')!.hasAttribute('data-quiet-reader-reveal')).toBe(false);
    cleaner.restore();
    expect(doc.documentElement.getAttribute('class')).toBe('js-pending');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('removes inert and aria-hidden a modal put on the article’s containers, and puts them back', async () => {
    const doc = domFrom(
      `<body><div id="page" inert aria-hidden="true"><article><h1>Council passes budget</h1>${paragraphs(6)}</article></div><div role="dialog" class="modal">Sign up now</div></body>`,
    );
    const cleaner = new PageCleaner(doc);
    await cleaner.clean('toolbar');
    const page = doc.getElementById('page')!;
    expect(page.hasAttribute('inert')).toBe(false);
    expect(page.hasAttribute('aria-hidden')).toBe(false);
    expect(isHidden(doc.querySelector('.modal'))).toBe(true);
    cleaner.restore();
    expect(page.hasAttribute('inert')).toBe(true);
    expect(page.getAttribute('aria-hidden')).toBe('true');
  });

  it('never hides the article when it sits inside an aside, a dialog or a fixed box', async () => {
    for (const wrap of ['aside', 'dialog open', 'div style="position:fixed;inset:0"']) {
      const tag = wrap.split(' ')[0];
      const doc = domFrom(`<body><header><nav><a href="/">Home</a></nav></header><${wrap} id="box"><h1>Council passes budget</h1>${paragraphs(6)}</${tag}><footer>About us</footer></body>`);
      const state = await new PageCleaner(doc).clean('toolbar');
      expect(state.status, wrap).toBe('clean');
      for (let i = 0; i < 6; i++) expect(isHidden(doc.getElementById(`para-${i}`)), `${wrap} para-${i}`).toBe(false);
      expect(isHidden(doc.querySelector('header')), wrap).toBe(true);
    }
  });

  // jsdom itself takes minutes to build 10,000 levels; the end-to-end suite checks that depth in
  // Chromium. Here 1,500 levels guard against recursion and quadratic walks in our own code.
  it('walks a deeply nested tree without recursion (hide plan, paths, ancestors)', { timeout: 30_000 }, async () => {
    const doc = domFrom('<body><nav>Menu</nav><div id="deep"></div></body>');
    let el = doc.getElementById('deep')!;
    for (let i = 0; i < 1_500; i++) {
      const child = doc.createElement('div');
      el.append(child);
      el = child;
    }
    const kept = new Set<Element>();
    for (let e: Element | null = el; e && e !== doc.body; e = e.parentElement) kept.add(e);
    const hide = planHiding({ root: doc.getElementById('deep')!, kept, extras: [] });
    expect(hide.map((e) => e.tagName)).toEqual(['NAV']);
    expect(pathTo([el]).size).toBe(1_503);
    expect(commonAncestor([el, doc.querySelector('nav')!])).toBe(doc.body);
  });
});

describe('hide plan details', () => {
  it('never hides a link inside a kept paragraph, even one Readability turned into text', async () => {
    const doc = domFrom(
      `<body><nav>Menu</nav><article><h1>Council passes budget</h1>${paragraphs(5)}<p id="js">Read the <a id="jslink" href="javascript:void(0)">full budget</a> before the vote on Tuesday, the council said in a statement to reporters.</p></article></body>`,
    );
    await new PageCleaner(doc).clean('toolbar');
    expect(isHidden(doc.getElementById('jslink'))).toBe(false);
    expect(isHidden(doc.querySelector('nav'))).toBe(true);
  });
});

describe('reader choices', () => {
  const page = () =>
    domFrom(
      `<body><nav>Menu</nav><main><article id="story"><h1>Council passes budget</h1><figure id="fig"><img src="a.jpg" width="800" height="400"><figcaption>Photo: Jane Roe</figcaption></figure>${paragraphs(6)}</article><section id="comments"><h2>Comments</h2><p>I disagree with the council on this one, for reasons of long standing.</p></section></main><footer>About</footer></body>`,
    );

  it('hides the comments by default and keeps them on request', async () => {
    const byDefault = page();
    await new PageCleaner(byDefault).clean('toolbar');
    expect(isHidden(byDefault.getElementById('comments'))).toBe(true);
    const kept = page();
    await new PageCleaner(kept).clean('toolbar', { keepComments: true, keepImages: true });
    expect(isHidden(kept.getElementById('comments'))).toBe(false);
    expect(isHidden(kept.querySelector('nav'))).toBe(true);
    expect(isHidden(kept.querySelector('footer'))).toBe(true);
  });

  it('keeps images by default and hides them on request, text untouched, restore exact', async () => {
    const doc = page();
    const before = doc.documentElement.outerHTML;
    const cleaner = new PageCleaner(doc);
    await cleaner.clean('toolbar', { keepComments: false, keepImages: false });
    expect(isHidden(doc.getElementById('fig'))).toBe(true);
    expect(isHidden(doc.getElementById('para-0'))).toBe(false);
    cleaner.restore();
    expect(doc.documentElement.outerHTML).toBe(before);
    const withImages = page();
    await new PageCleaner(withImages).clean('toolbar');
    expect(isHidden(withImages.getElementById('fig'))).toBe(false);
  });
});

describe('PageCleaner and the address automatic cleanup judged', () => {
  it('refuses a page that is no longer at the judged address, and cleans one that is (the fragment aside)', async () => {
    const moved = loadFixture('news-article.html');
    const refused = await new PageCleaner(moved).clean('auto', undefined, 'https://judged.example/story');
    expect(refused.status).toBe('error');
    expect(moved.documentElement.hasAttribute('data-quiet-reader')).toBe(false);
    expect(moved.querySelector('[data-quiet-reader-hide]')).toBeNull();

    const here = loadFixture('news-article.html');
    const state = await new PageCleaner(here).clean('auto', undefined, `${here.location.href}#comments`);
    expect(state.status).toBe('clean');
  });
});

describe('the picker, loaded on first use', () => {
  const KEY = '__quietReaderPicker';
  const scope = globalThis as unknown as Record<string, unknown>;

  it('asks for picker.js once, then starts the corrections it makes', async () => {
    const doc = loadFixture('news-article.html');
    const started: string[] = [];
    const loadPicker = vi.fn(async () => {
      scope[KEY] = () => ({ start: (mode: string) => started.push(mode), stop: () => undefined, hiddenByReader: () => [], shownByReader: () => false });
    });
    try {
      const cleaner = new PageCleaner(doc, { loadPicker });
      await cleaner.clean('toolbar');
      expect((await cleaner.pick('hide')).status).toBe('clean');
      expect((await cleaner.pick('article')).status).toBe('clean');
      expect(loadPicker).toHaveBeenCalledTimes(1);
      expect(started).toEqual(['hide', 'article']);
    } finally {
      delete scope[KEY];
    }
  });

  it('says why when the picker cannot be loaded, and leaves the cleaned page as it was', async () => {
    const doc = loadFixture('news-article.html');
    const cleaner = new PageCleaner(doc, { loadPicker: async () => Promise.reject(new Error('Cannot access contents of the page')) });
    await cleaner.clean('toolbar');
    const state = await cleaner.pick('hide');
    expect(state.status).toBe('clean');
    expect(state.message).toContain('picker.js');
    expect(doc.documentElement.getAttribute('data-quiet-reader')).toBe('clean');
    expect(cleaner.restore().status).toBe('original');
  });
});
