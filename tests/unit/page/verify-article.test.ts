import { describe, expect, it } from 'vitest';
import { PageCleaner } from '../helpers/cleaner-in-place';
import { routeExtractor } from '../../../src/page/extractor-route';
import { letterCount, planSight } from '../../../src/page/verify-article';
import { domFrom, isHidden, loadFixture, paragraphs } from '../helpers/page-fixture';
import { readingOf } from '../helpers/reading-of';

const REVEAL = 'data-quiet-reader-reveal';

/** Every element inside `root` (root included), as Readability's `kept` would hold them. */
const allIn = (root: Element) => new Set([root, ...Array.from(root.querySelectorAll('*'))]);

describe('letters of the article', () => {
  it('counts letters and digits in any script, not spaces or punctuation', () => {
    expect(letterCount('Hello, world 42!')).toBe(12);
    expect(letterCount('قال مسؤولون')).toBe(10);
    expect(letterCount('東京都は火曜日')).toBe(7);
  });
});

const ids = (els: readonly Element[]) => els.map((e) => e.id).sort();
const revealOf = (plan: ReturnType<typeof planSight>, id: string) => plan.reveal.find((r) => r.element.id === id)?.reveal;

describe('what a reader would see of the article, checked before anything is written', () => {
  it('leaves visible the blocks of the plan that would hide most of the article, and only those', () => {
    const doc = domFrom(`<main id="r"><div id="body">${paragraphs(5)}</div><div id="promo">Subscribe now</div></main>`);
    const root = doc.getElementById('r')!;
    const hide = [doc.getElementById('body')!, doc.getElementById('promo')!];
    const kept = new Set([root, ...Array.from(doc.querySelectorAll('#body, #body *'))]);
    const plan = planSight(kept, root, hide, []);
    expect(ids(plan.unhidden)).toEqual(['body']);
    expect(ids(plan.hide)).toEqual(['promo']);
    expect(plan.ok).toBe(true);
  });

  it('leaves a small hidden part alone when nearly all of the article is seen', () => {
    const doc = domFrom(`<main id="r">${paragraphs(12)}<p id="note">A short note.</p></main>`);
    const root = doc.getElementById('r')!;
    const plan = planSight(allIn(root), root, [doc.getElementById('note')!], []);
    expect(ids(plan.hide)).toEqual(['note']);
    expect(plan.unhidden).toEqual([]);
  });

  it('reveals what the page’s own CSS hides inside the article: an undisplayed <div> of text, invisible paragraphs', () => {
    const text = 'The council met on Tuesday to discuss the budget and voted late in the evening.<br>'.repeat(8);
    const doc = domFrom(`<style>.story { display: none } .fade { visibility: hidden }</style>
      <main id="r"><div class="story" id="story">${text}</div><div class="fade" id="fade">${paragraphs(3)}</div><p>A short line.</p></main>`);
    const root = doc.getElementById('r')!;
    const plan = planSight(allIn(root), root, [], [{ element: root, reveal: 'visible' }]);
    expect(revealOf(plan, 'story')).toBe('display');
    // Only where visibility starts: the paragraphs inherit it, and the fix.
    expect(revealOf(plan, 'fade')).toBe('visible');
    expect(revealOf(plan, 'para-0')).toBeUndefined();
    // What reveal.ts found is kept.
    expect(revealOf(plan, 'r')).toBe('visible');
    expect(plan.ok).toBe(true);
  });

  it('counts a copy of shown text laid out for another screen size as seen: the copy stays undisplayed', () => {
    // A site builder's body, once per breakpoint: the page displays one variant.
    const body = (v: string) => paragraphs(6).replace(/id="para-/g, `id="${v}-`);
    const doc = domFrom(`<style>.narrow, .mid { display: none }</style>
      <main id="r"><div class="wide" id="wide">${body('w')}</div><div class="mid" id="mid">${body('m')}</div><div class="narrow" id="narrow">${body('n')}</div></main>`);
    const root = doc.getElementById('r')!;
    const plan = planSight(allIn(root), root, [], []);
    expect(plan.reveal).toEqual([]);
    expect(plan.ok).toBe(true);
    // Text not shown anywhere else is still revealed.
    doc.getElementById('n-0')!.textContent = 'Only the narrow layout has this paragraph, which the reader would otherwise miss entirely.'.repeat(9);
    expect(revealOf(planSight(allIn(root), root, [], []), 'narrow')).toBe('display');
  });

  it('reveals one copy of the text the page shows nowhere, not every copy', () => {
    const body = (v: string) => paragraphs(6).replace(/id="para-/g, `id="${v}-`);
    const doc = domFrom(`<style>.a, .b { display: none }</style><main id="r"><p>A short line.</p><div class="a" id="a">${body('a')}</div><div class="b" id="b">${body('b')}</div></main>`);
    const root = doc.getElementById('r')!;
    const plan = planSight(allIn(root), root, [], []);
    expect(revealOf(plan, 'a')).toBe('display');
    expect(revealOf(plan, 'b')).toBeUndefined();
    expect(plan.ok).toBe(true);
  });

  it('leaves a closed <details> folded when the rest of the article is nearly all of it', () => {
    const doc = domFrom(`<main id="r">${paragraphs(12)}<details id="d"><summary>Data</summary><p>${'2013 +13.1% '.repeat(4)}</p></details></main>`);
    const root = doc.getElementById('r')!;
    const plan = planSight(allIn(root), root, [], []);
    expect(plan.reveal).toEqual([]);
    expect(plan.ok).toBe(true);
  });

  it('opens the closed <details> inside the article that fold away more than a tenth of it', () => {
    const doc = domFrom(
      `<main id="r">${paragraphs(1)}<details id="d"><summary>Data</summary><table><tr><td>${'2013 +13.1% '.repeat(40)}</td></tr></table></details><details id="small"><summary>More</summary><p>One line.</p></details></main>`,
    );
    const root = doc.getElementById('r')!;
    const plan = planSight(allIn(root), root, [], []);
    expect(revealOf(plan, 'd')).toBe('open');
    expect(revealOf(plan, 'small')).toBe('open');
    expect(plan.ok).toBe(true);
  });

  it('counts a closed <details> around the whole article as seen: the page’s choice, one click away', () => {
    const doc = domFrom(`<details id="d"><summary>Story</summary><main id="r">${paragraphs(4)}</main></details>`);
    const root = doc.getElementById('r')!;
    const plan = planSight(allIn(root), root, [], []);
    expect(plan.reveal).toEqual([]);
    expect(plan.ok).toBe(true);
  });

  it('says so when most of the article would stay unseen whatever is shown again', () => {
    const doc = domFrom(`<main id="r">${paragraphs(4)}</main>`);
    const root = doc.getElementById('r')!;
    expect(planSight(allIn(root), root, [], []).ok).toBe(true);
    // Hidden above the root, where this check does not reach (reveal.ts does, for display none).
    const outside = domFrom(`<div style="visibility: hidden"><main id="r">${paragraphs(4)}</main></div>`);
    const hidden = outside.getElementById('r')!;
    expect(planSight(allIn(hidden), hidden, [], []).ok).toBe(false);
  });
});

describe('the cleaner never reports clean with the article unseen', () => {
  it('keeps the article whose text the page shows only to its scripts', async () => {
    const doc = domFrom(`<!doctype html><html><head><title>The budget vote</title><style>.js-reveal { visibility: hidden }</style></head><body>
      <nav class="menu"><a href="/">Home</a> <a href="/world">World</a></nav>
      <main id="m"><h1>The budget vote</h1><div class="js-reveal" id="body">${paragraphs(6)}</div></main>
      <footer id="foot">Footer links</footer></body></html>`);
    const state = await new PageCleaner(doc).clean('toolbar');
    expect(state.status).toBe('clean');
    expect(doc.getElementById('body')!.getAttribute(REVEAL)).toBe('visible');
    expect(isHidden(doc.getElementById('foot'))).toBe(true);
  });
});

describe('an article folded into closed <details> by the page (guides, data appendices)', () => {
  it('is cleaned with its sections opened, and closed again on restore', async () => {
    const section = (i: number) => `<details id="s${i}"><summary>Step ${i}</summary><div class="details-wrapper">${paragraphs(2, `Step ${i}`)}</div></details>`;
    const doc = domFrom(`<!doctype html><html><head><title>Teaching online</title></head><body>
      <nav class="menu"><a href="/">Home</a> <a href="/topics">Topics</a></nav>
      <main id="m"><h1>Teaching online</h1>${paragraphs(1, 'Intro')}${[1, 2, 3].map(section).join('')}</main>
      <footer id="foot">Footer links</footer></body></html>`);
    const cleaner = new PageCleaner(doc);
    const state = await cleaner.clean('toolbar');
    expect(state.status).toBe('clean');
    for (const i of [1, 2, 3]) expect(doc.getElementById(`s${i}`)!.hasAttribute('open'), `s${i}`).toBe(true);
    expect(isHidden(doc.getElementById('foot'))).toBe(true);
    cleaner.restore();
    for (const i of [1, 2, 3]) expect(doc.getElementById(`s${i}`)!.hasAttribute('open'), `s${i}`).toBe(false);
  });
});

describe('the fixture page whose own CSS keeps its text unseen until a script runs', () => {
  it('is cleaned with its paragraphs made visible and its undisplayed last part shown', async () => {
    const doc = loadFixture('unseen-article.html', 'https://herald.example/2025/11/04/council-budget');
    const state = await new PageCleaner(doc).clean('toolbar');
    expect(state.status).toBe('clean');
    expect(doc.getElementById('body')!.getAttribute(REVEAL)).toBe('visible');
    expect(doc.getElementById('more')!.getAttribute(REVEAL)).toContain('display');
    // The opening laid out again for narrow screens: seen once already, left undisplayed.
    expect(doc.getElementById('narrow')!.hasAttribute(REVEAL)).toBe(false);
    for (const id of ['menu', 'sidebar', 'site-footer']) expect(isHidden(doc.getElementById(id)), id).toBe(true);
  });
});

describe('a pick inside a small block the page keeps undisplayed (a toolbar’s “about” panel)', () => {
  const page = () =>
    domFrom(`<!doctype html><html><head><title>Do we work too little?</title><style>#toolbar { display: none }</style></head><body>
      <div id="toolbar"><div id="panel"><p id="about">Collected by a crawler that has been donating its data to the archive every day since 1996, added after an embargo period of some months.</p></div></div>
      <table id="layout"><tr><td><h1>Do we work too little?</h1><div id="story">${paragraphs(8)}</div></td></tr></table></body></html>`);

  /** The reading the browser's copy gave: the panel, not the story. */
  const panelReading = (doc: Document) => {
    const panel = doc.getElementById('panel')!;
    return readingOf(doc, { kept: [panel, doc.getElementById('about')!], top: panel, title: 'Do we work too little?' });
  };

  it('is not revealed in place of the article: the page is left as it is, its story in sight', async () => {
    const doc = page();
    const reading = panelReading(doc);
    const state = await new PageCleaner(doc, { extractor: routeExtractor(async () => reading) }).clean('toolbar');
    expect(state.status).not.toBe('clean');
    expect(doc.querySelector(`[${REVEAL}]`)).toBeNull();
    expect(isHidden(doc.getElementById('story'))).toBe(false);
    expect(isHidden(doc.getElementById('para-0'))).toBe(false);
  });

  it('a wrapper of most of the page kept undisplayed until a script runs is still revealed', async () => {
    const doc = domFrom(`<!doctype html><html><head><title>The budget vote</title><style>#app { display: none }</style></head><body>
      <div id="app"><nav class="menu"><a href="/">Home</a></nav><main id="m"><h1>The budget vote</h1>${paragraphs(6)}</main></div></body></html>`);
    const state = await new PageCleaner(doc).clean('toolbar');
    expect(state.status).toBe('clean');
    expect(doc.getElementById('app')!.getAttribute(REVEAL)).toContain('display');
  });
});
