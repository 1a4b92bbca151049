import { describe, expect, it } from 'vitest';
import { ChangeLog } from '../../../src/page/change-log';
import { PageCleaner } from '../helpers/cleaner-in-place';
import { keepsArticle, keptText, letterCount, measureSight, verifyArticle } from '../../../src/page/verify-article';
import { domFrom, isHidden, loadFixture, paragraphs } from '../helpers/page-fixture';

const HIDE = 'data-quiet-reader-hide';
const REVEAL = 'data-quiet-reader-reveal';

/** Every element inside `root` (root included), as Readability's `kept` would hold them. */
const allIn = (root: Element) => new Set([root, ...Array.from(root.querySelectorAll('*'))]);

describe('letters of the article', () => {
  it('counts letters and digits in any script, not spaces or punctuation', () => {
    expect(letterCount('Hello, world 42!')).toBe(12);
    expect(letterCount('قال مسؤولون')).toBe(10);
    expect(letterCount('東京都は火曜日')).toBe(7);
  });

  it('counts the text each kept element holds directly, once', () => {
    const doc = domFrom('<div id="r"><p id="a">One <em>two</em> three</p><p id="b">   </p></div>');
    const text = keptText(allIn(doc.getElementById('r')!));
    expect(text.get(doc.getElementById('a')!)).toBe(8);
    expect(text.get(doc.querySelector('em')!)).toBe(3);
    expect(text.has(doc.getElementById('b')!)).toBe(false);
  });
});

describe('what a reader sees of the article', () => {
  it('tells text hidden by us from text the page hides', () => {
    const doc = domFrom(`<style>.gone { display: none }</style><div id="r"><p id="a">Seen text here</p>
      <div ${HIDE}><p id="b">Hidden by us</p></div><div class="gone"><p id="c">Hidden by the page</p></div></div>`);
    const sight = measureSight(keptText(allIn(doc.getElementById('r')!)));
    expect(sight.total).toBe(letterCount('Seen text here Hidden by us Hidden by the page'));
    expect(sight.seen).toBe(letterCount('Seen text here'));
    expect(sight.ours.map((e) => e.id)).toEqual(['b']);
    expect(sight.page.map((e) => e.id)).toEqual(['c']);
  });

  it('shows again the blocks of ours that hide most of the article, and only those', () => {
    const doc = domFrom(`<main id="r"><div id="body" ${HIDE}>${paragraphs(5)}</div><div id="promo" ${HIDE}>Subscribe now</div></main>`);
    const root = doc.getElementById('r')!;
    const kept = new Set([root, doc.getElementById('body')!, ...Array.from(doc.querySelectorAll('p'))]);
    const log = new ChangeLog();
    const check = verifyArticle(kept, root, log);
    expect(check.unhidden.map((e) => e.id)).toEqual(['body']);
    expect(check.sight.seen).toBe(check.sight.total);
    expect(doc.getElementById('promo')!.hasAttribute(HIDE)).toBe(true);
    log.undoAll();
    expect(doc.getElementById('body')!.hasAttribute(HIDE)).toBe(true);
  });

  it('leaves a small hidden part alone when nearly all of the article is seen', () => {
    const doc = domFrom(`<main id="r">${paragraphs(12)}<p id="note" ${HIDE}>A short note.</p></main>`);
    const root = doc.getElementById('r')!;
    const check = verifyArticle(allIn(root), root, new ChangeLog());
    expect(check.unhidden).toEqual([]);
    expect(doc.getElementById('note')!.hasAttribute(HIDE)).toBe(true);
  });

  it('reveals what the page’s own CSS hides inside the article: an undisplayed <div> of text, invisible paragraphs', () => {
    const text = 'The council met on Tuesday to discuss the budget and voted late in the evening.<br>'.repeat(8);
    const doc = domFrom(`<style>.story { display: none } .fade { visibility: hidden }</style>
      <main id="r"><div class="story" id="story">${text}</div><div class="fade" id="fade">${paragraphs(3)}</div><p>A short line.</p></main>`);
    const root = doc.getElementById('r')!;
    const check = verifyArticle(allIn(root), root, new ChangeLog());
    expect(doc.getElementById('story')!.getAttribute(REVEAL)).toBe('display');
    expect(doc.getElementById('fade')!.getAttribute(REVEAL)).toBe('visible');
    // Only where visibility starts: the paragraphs inherit it, and the fix.
    expect(doc.getElementById('para-0')!.hasAttribute(REVEAL)).toBe(false);
    expect(check.revealed.map((e) => e.id).sort()).toEqual(['fade', 'story']);
  });

  it('counts text folded in a closed <details> as seen (one click away), and leaves it folded', () => {
    const doc = domFrom(
      `<style>details > table { display: none }</style><main id="r">${paragraphs(1)}<details id="d"><summary>Data</summary><table><tr><td>${'2013 +13.1% '.repeat(40)}</td></tr></table></details></main>`,
    );
    const root = doc.getElementById('r')!;
    const check = verifyArticle(allIn(root), root, new ChangeLog());
    expect(check.sight.seen).toBe(check.sight.total);
    expect(check.revealed).toEqual([]);
  });

  it('says so when most of the article stays unseen whatever is shown again', () => {
    const doc = domFrom(`<main id="r">${paragraphs(4)}</main>`);
    const root = doc.getElementById('r')!;
    expect(keepsArticle(allIn(root), root, new ChangeLog())).toBe(true);
    // Hidden above the root, where this check does not reach (reveal.ts does, for display none).
    const outside = domFrom(`<div style="visibility: hidden"><main id="r">${paragraphs(4)}</main></div>`);
    const hidden = outside.getElementById('r')!;
    const log = new ChangeLog();
    expect(keepsArticle(allIn(hidden), hidden, log)).toBe(false);
    expect(log.size).toBe(0);
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

describe('the fixture page whose own CSS keeps its text unseen until a script runs', () => {
  it('is cleaned with its paragraphs made visible and its undisplayed last part shown', async () => {
    const doc = loadFixture('unseen-article.html', 'https://herald.example/2025/11/04/council-budget');
    const state = await new PageCleaner(doc).clean('toolbar');
    expect(state.status).toBe('clean');
    expect(doc.getElementById('body')!.getAttribute(REVEAL)).toBe('visible');
    expect(doc.getElementById('more')!.getAttribute(REVEAL)).toContain('display');
    for (const id of ['menu', 'sidebar', 'site-footer']) expect(isHidden(doc.getElementById(id)), id).toBe(true);
  });
});
