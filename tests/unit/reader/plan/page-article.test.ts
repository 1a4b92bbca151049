import { describe, expect, it } from 'vitest';
import { planHiding } from '../../../../src/reader/plan/hide-plan';
import { continuations, widerRoot } from '../../../../src/reader/plan/page-article';
import { routeExtractor } from '../../../../src/page/extractor-route';
import { PageCleaner } from '../../helpers/cleaner-in-place';
import { domFrom, isHidden } from '../../helpers/page-fixture';
import { readingOf, withDescendants } from '../../helpers/reading-of';

const PROSE = 'The letter argues that the free exchange of information and ideas, the lifeblood of a liberal society, is becoming more constricted every day. ';
const letter = (n: number) => Array.from({ length: n }, (_, i) => `<p id="letter-${i}">${PROSE}</p>`).join('');
const signatories = (n: number) =>
  `<div id="signed">${Array.from({ length: n }, (_, i) => `<p>Signatory ${i}, Professor of History, University of Somewhere, author, editor, critic</p>`).join('')}</div>`;

describe('widerRoot: the page’s one article when Readability read only a part of it', () => {
  const doc = domFrom(`<body><nav>Menu</nav><article id="a"><h1>A letter on justice</h1>${letter(4)}${signatories(30)}</article><aside>More stories</aside></body>`);
  const article = doc.getElementById('a')!;
  const part = doc.getElementById('signed')!;

  it('widens to the article when the reading holds less than half of its text', () => {
    expect(widerRoot(doc, part, 800)).toBe(article);
  });

  it('keeps Readability’s root when its reading is most of the article, or is the article', () => {
    expect(widerRoot(doc, part, (article.textContent ?? '').length)).toBe(part);
    expect(widerRoot(doc, article, 100)).toBe(article);
  });

  it('keeps Readability’s root when the page has several articles, or the root is outside the article', () => {
    const two = domFrom(`<body><article id="x">${letter(6)}<div id="in">${letter(1)}</div></article><article>${letter(6)}</article></body>`);
    expect(widerRoot(two, two.getElementById('in')!, 100)).toBe(two.getElementById('in'));
    const outside = domFrom(`<body><main id="m">${letter(6)}</main><article>${letter(6)}</article></body>`);
    expect(widerRoot(outside, outside.getElementById('m')!, 100)).toBe(outside.getElementById('m'));
  });

  it('keeps Readability’s root when the page’s article is a stub', () => {
    const stub = domFrom(`<body><article id="s"><p>Short.</p><div id="d">Tiny text here.</div></article></body>`);
    expect(widerRoot(stub, stub.getElementById('d')!, 5)).toBe(stub.getElementById('d'));
  });

  it('a page whose reading is one part of its article keeps the rest of the article visible, and still hides the page around it', async () => {
    const page = domFrom(
      `<body><nav id="menu">Menu</nav><article id="a"><h1>A letter on justice</h1><div id="intro">${letter(6)}</div><div class="share-bar" id="share"><a href="/s">Share</a></div><div id="more">${letter(2)}</div></article><aside id="rail">More stories</aside></body>`,
    );
    // A reading of only #more (Readability took a part for the whole), as the extractor answers it.
    const more = page.getElementById('more')!;
    const reading = readingOf(page, { kept: withDescendants(more), top: more, title: 'A letter on justice' });
    const extractor = routeExtractor(async () => reading);
    const state = await new PageCleaner(page, { extractor }).clean('toolbar');
    expect(state).toMatchObject({ status: 'clean', route: 'copy-reading' });
    for (let i = 0; i < 6; i++) expect(isHidden(page.getElementById(`letter-${i}`)), `letter-${i}`).toBe(false);
    expect(isHidden(page.getElementById('more'))).toBe(false);
    expect(isHidden(page.getElementById('share'))).toBe(true);
    expect(isHidden(page.getElementById('menu'))).toBe(true);
    expect(isHidden(page.getElementById('rail'))).toBe(true);
  });
});

describe('continuations: an article split over blocks of one kind', () => {
  const SHORT = 'The end of the emergency was long overdue because the health system is no longer at risk of being overwhelmed now that most people are vaccinated, as the minister said on Tuesday';
  const item = (id: string, text: string) => `<div id="${id}" class="field__item"><div class="paragraph"><p>${text}</p></div></div>`;

  it('keeps the like siblings holding prose beside Readability’s pick (a CMS that stores each part as an item)', () => {
    const doc = domFrom(`<html><head><title>The end of the emergency</title></head><body><nav><a href="/">Home</a></nav>
      <main><h1>The end of the emergency</h1><div class="field field--name-body">
        ${item('part-1', SHORT)}${item('part-2', SHORT)}${item('part-3', PROSE.repeat(5))}
        <div id="links" class="field__item"><a href="/paper">The paper</a> <a href="/pdf">as PDF</a></div>
        <div id="short" class="field__item"><p>Find it here:</p></div>
      </div></main><aside class="sidebar"><p>${PROSE}</p></aside></body></html>`);
    // Readability took the third item alone (as it does when the items differ in kind and score).
    const root = doc.getElementById('part-3')!;
    const kept = new Set([root, ...Array.from(root.querySelectorAll('*'))]);
    const plan = (extras: Element[]) => new Set(planHiding({ root, kept, extras }));
    const without = plan([]);
    expect(without.has(doc.getElementById('part-1')!)).toBe(true);
    const withThem = plan(continuations(root));
    for (const id of ['part-1', 'part-2']) expect(withThem.has(doc.getElementById(id)!), id).toBe(false);
    for (const id of ['links', 'short']) expect(withThem.has(doc.getElementById(id)!), id).toBe(true);
    expect(withThem.has(doc.querySelector('aside')!)).toBe(true);
  });

  it('names like siblings with prose, up to a few levels above the pick, and leaves out furniture, links and short lines', () => {
    const doc = domFrom(`<body><div id="wrap">
      <section id="s1" class="post-section"><div class="inner"><div id="pick" class="text"><p>${PROSE.repeat(3)}</p></div></div></section>
      <section id="s2" class="post-section"><p>${PROSE.repeat(2)}</p></section>
      <section id="s3" class="post-section related-posts"><p>${PROSE.repeat(2)}</p></section>
      <section id="s4" class="post-section"><a href="/a">${PROSE.repeat(2)}</a></section>
      <section id="s5" class="post-section"><p>Short.</p></section>
      <section id="s6" class="other"><p>${PROSE}</p></section></div></body>`);
    const found = continuations(doc.getElementById('pick')!);
    expect(found.map((e) => e.id)).toEqual(['s2']);
  });

  it('does not take grid rows and columns for blocks of one kind, nor count the comments in a like block', () => {
    const doc = domFrom(`<body><div id="grid">
      <div class="row"><div class="col-md-8" id="pick"><p>${PROSE.repeat(3)}</p></div></div>
      <div class="row" id="next-row"><p>${PROSE.repeat(2)}</p></div></div>
      <div id="posts"><div class="post-part" id="part"><p>${PROSE.repeat(3)}</p></div><div class="post-part" id="talk"><div id="comments"><p>${PROSE.repeat(3)}</p></div></div></div></body>`);
    expect(continuations(doc.getElementById('pick')!)).toEqual([]);
    expect(continuations(doc.getElementById('part')!)).toEqual([]);
  });

  it('does not take a group of teaser cards for a part, though block themes give it the article’s classes', () => {
    const card = (i: number) => `<div class="post-list__item"><a href="/blog/${i}"><img src="/${i}.jpg" alt=""></a><h3><a href="/blog/${i}">Another post ${i}</a></h3><p>${PROSE}</p></div>`;
    const doc = domFrom(`<body><div id="cols">
      <div class="wp-block-group is-layout-constrained" id="story"><div id="pick"><p>${PROSE.repeat(4)}</p><p>${PROSE.repeat(3)}</p></div></div>
      <div class="wp-block-group is-layout-constrained" id="more-text"><p>${PROSE.repeat(3)}</p></div>
      <div class="wp-block-group is-layout-constrained" id="group-3"><h2>More to read</h2><div class="post-list__items">${[1, 2, 3].map(card).join('')}</div></div></div></body>`);
    expect(continuations(doc.getElementById('pick')!).map((e) => e.id)).toEqual(['more-text']);
  });

  it('keeps only the like blocks in one run with the pick: one after a block of another kind is the page’s next component (a table or an ad label between parts ends no run)', () => {
    const doc = domFrom(`<body><div id="page">
      <div class="rtc-component gap" id="lead"><p>${PROSE.repeat(2)}</p></div>
      <div class="rtc-component gap" id="story"><div id="pick"><p>${PROSE.repeat(4)}</p></div></div>
      <div class="ad-slot">Anzeige</div><div class="near-table"><table><tr><th>Stoff</th><th>Dichte bei null Grad und Normaldruck</th></tr><tr><td>Propan</td><td>0,51 Kilogramm je Liter</td></tr></table></div>
      <div class="rtc-component gap" id="part-2"><p>${PROSE.repeat(2)}</p></div>
      <section class="related-topics"><h2>Weitere Themen</h2><ul>${['Der Haushalt', 'Die Brücke', 'Der Winterdienst', 'Die Bibliothek'].map((t, i) => `<li><a href="/t/${i}">${t} und was der Rat dazu beschlossen hat</a></li>`).join('')}</ul></section>
      <div class="rtc-component gap" id="legal"><p>${PROSE.repeat(2)}</p></div></div></body>`);
    expect(continuations(doc.getElementById('story')!).map((e) => e.id)).toEqual(['lead', 'part-2']);
  });

  it('keeps none when the run is a list (more than twenty like blocks)', () => {
    const cards = Array.from({ length: 25 }, (_, i) => `<div class="card" id="c${i}"><p>${PROSE}</p></div>`).join('');
    const doc = domFrom(`<body><div id="list">${cards}</div></body>`);
    expect(continuations(doc.getElementById('c3')!)).toEqual([]);
  });
});
