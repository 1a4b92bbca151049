import { describe, expect, it } from 'vitest';
import { leadsReading, numberElements, readArticle } from '../../../../src/reader/read/read-article';
import { domFrom, loadFixture, paragraphs } from '../../helpers/page-fixture';

describe('numberElements', () => {
  it('numbers a clone in document order, pairing every element with the live one, and records tags and parents', () => {
    const doc = domFrom('<html><head><title>t</title></head><body><div id="a"><p id="b">x</p><svg id="c"><rect/></svg></div><template><p>tpl</p></template></body></html>');
    const before = doc.documentElement.outerHTML;
    const clone = doc.cloneNode(true) as Document;
    const numbered = numberElements(clone);
    const live = Array.from(doc.getElementsByTagName('*'));
    expect(numbered.count).toBe(live.length);
    for (const el of Array.from(clone.getElementsByTagName('*'))) {
      const n = Number(el.getAttribute('data-qr-n'));
      expect(live[n]!.tagName).toBe(el.tagName);
      expect(numbered.tags[n]).toBe(live[n]!.localName);
      const parent = live[n]!.parentElement;
      expect(numbered.parents[n]).toBe(parent ? live.indexOf(parent) : -1);
    }
    expect(numbered.tags).toContain('rect');
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('readArticle', () => {
  it('says where the seed-like article is, as numbers with tags and parents, and reads the metadata', () => {
    const doc = loadFixture('news-article.html');
    const live = Array.from(doc.getElementsByTagName('*'));
    const reading = readArticle(doc.cloneNode(true) as Document, 60_000);
    expect(reading.kind).toBe('article');
    if (reading.kind !== 'article') return;
    expect(reading.elements).toBe(live.length);
    const kept = reading.kept.map((n) => live[n]!);
    for (let i = 1; i <= 5; i++) expect(kept).toContain(doc.getElementById(`p${i}`));
    expect(kept).not.toContain(doc.getElementById('signup-modal'));
    reading.kept.forEach((n, j) => {
      expect(reading.keptTags[j]).toBe(live[n]!.localName);
      const parent = live[n]!.parentElement;
      expect(reading.keptParents[j]).toBe(parent ? live.indexOf(parent) : -1);
    });
    expect(reading.top.every((n) => reading.kept.includes(n))).toBe(true);
    expect(reading.metadata.title).toContain('Belarus Seeks to Ease Isolation');
    expect(reading.textLength).toBeGreaterThan(1000);
  });

  it('is JSON all the way through (it crosses a message channel)', () => {
    const reading = readArticle(loadFixture('news-article.html').cloneNode(true) as Document, 60_000);
    expect(JSON.parse(JSON.stringify(reading))).toEqual(reading);
  });

  it('says "no article" for a login page and "too large" past the cap', () => {
    expect(readArticle(loadFixture('no-article.html').cloneNode(true) as Document, 60_000).kind).toBe('no-article');
    expect(readArticle(loadFixture('news-article.html').cloneNode(true) as Document, 50)).toEqual({ kind: 'too-large', elements: expect.any(Number) });
  });
});

describe('readArticle and wrappers Readability folds into their only child', () => {
  const PROSE = 'The living room mixes old furniture with a great many plants, and the light from the tall windows does the rest for them. ';
  const section = (i: number) =>
    `<div class="intermission"><div class="intermission-text">Room ${i} of the flat</div></div><section class="story"><p>${PROSE.repeat(3)}</p><p>${PROSE.repeat(2)}</p></section>`;

  it('keeps the only child of a kept wrapper, so the page does not hide it as a block Readability dropped', async () => {
    const doc = domFrom(`<html><head><title>A flat full of plants</title></head><body><nav><a href="/">Home</a></nav><main id="m">${[1, 2, 3].map(section).join('')}</main></body></html>`);
    const live = Array.from(doc.getElementsByTagName('*'));
    const reading = readArticle(doc.cloneNode(true) as Document, 60_000);
    expect(reading.kind).toBe('article');
    if (reading.kind !== 'article') return;
    const kept = new Set(reading.kept.map((n) => live[n]));
    for (const label of Array.from(doc.querySelectorAll('.intermission-text'))) {
      if (kept.has(label.parentElement!)) expect(kept.has(label), label.textContent!).toBe(true);
    }
    // And on the page: every label stays visible after cleaning.
    const { PageCleaner } = await import('../../helpers/cleaner-in-place');
    const { isHidden } = await import('../../helpers/page-fixture');
    expect((await new PageCleaner(doc).clean('toolbar')).status).toBe('clean');
    for (const label of Array.from(doc.querySelectorAll('.intermission-text'))) expect(isHidden(label), label.textContent!).toBe(false);
    expect(isHidden(doc.querySelector('nav'))).toBe(true);
  });
});

describe('readArticle and aria-hidden parts of the page', () => {
  const STORY = 'The harbour authority agreed on Monday to dredge the eastern channel, after two years of delays and a long dispute over who would pay for it. ';
  const TEASER = 'Another story from this site, summed up in a sentence or two so that a reader might click through to it and read on. ';
  const teasers = `<div class="collection" aria-hidden="true"><h4>More from us</h4><ul>${[1, 2, 3, 4, 5]
    .map((i) => `<li><a href="/other-${i}"><h5>Other story ${i}</h5><p>${TEASER}</p></a></li>`)
    .join('')}</ul></div>`;

  it('leaves a small aria-hidden block (teasers the site hides from screen readers) unread, as Readability itself does', () => {
    const doc = domFrom(`<html><head><title>Harbour to be dredged</title></head><body><nav><a href="/">Home</a></nav>
      <main><div id="body">${Array.from({ length: 8 }, (_, i) => `<p id="s${i}">${STORY.repeat(3)}</p>`).join('')}${teasers}</div></main>
      <footer>Harbour News</footer></body></html>`);
    const live = Array.from(doc.getElementsByTagName('*'));
    const reading = readArticle(doc.cloneNode(true) as Document, 60_000);
    expect(reading.kind).toBe('article');
    if (reading.kind !== 'article') return;
    const kept = new Set(reading.kept.map((n) => live[n]));
    expect(kept.has(doc.getElementById('s0')!)).toBe(true);
    for (const el of Array.from(doc.querySelectorAll('.collection, .collection p'))) expect(kept.has(el)).toBe(false);
  });

  it('still reads the article behind a modal that marked the page around it aria-hidden and inert', () => {
    const doc = domFrom(`<html><head><title>Harbour to be dredged</title></head><body>
      <div id="page" aria-hidden="true" inert><header aria-hidden="true"><a href="/">Home</a></header><main><div id="body">${Array.from({ length: 8 }, (_, i) => `<p id="s${i}">${STORY.repeat(3)}</p>`).join('')}</div></main></div>
      <div role="dialog" aria-modal="true"><p>Subscribe to read on.</p></div></body></html>`);
    const live = Array.from(doc.getElementsByTagName('*'));
    const reading = readArticle(doc.cloneNode(true) as Document, 60_000);
    expect(reading.kind).toBe('article');
    if (reading.kind !== 'article') return;
    const kept = new Set(reading.kept.map((n) => live[n]));
    for (let i = 0; i < 8; i++) expect(kept.has(doc.getElementById(`s${i}`)!), `s${i}`).toBe(true);
  });
});

describe('a <div> that holds only text, which Readability turns into a new paragraph', () => {
  // A price list made of divs: each row's name and price are divs of text. Readability wraps each
  // one's text in a new <p> that carries no number, so the divs looked dropped.
  const page = () =>
    domFrom(`<!doctype html><html><head><title>Prices</title></head><body><nav><a href="/">Home</a></nav><main id="m"><h1>Prices</h1>
      ${paragraphs(3)}
      <div class="price-table" id="table">${Array.from({ length: 6 }, (_, i) => `<div class="row"><div class="item"><div class="name" id="name-${i}">Replacing a circuit breaker number ${i}</div><div class="price" id="price-${i}">$89 - $249+</div></div><p class="note">(includes permits, breakers, etc.)</p></div>`).join('')}</div>
      </main></body></html>`);

  it('counts the divs as kept when the untouched page is given to trace them by their text', () => {
    const doc = page();
    const live = Array.from(doc.getElementsByTagName('*'));
    const reading = readArticle(doc.cloneNode(true) as Document, 60_000, doc);
    expect(reading.kind).toBe('article');
    if (reading.kind !== 'article') return;
    const kept = new Set(reading.kept.map((n) => live[n]!));
    for (let i = 0; i < 6; i++) {
      expect(kept.has(doc.getElementById(`name-${i}`)!), `name-${i}`).toBe(true);
      expect(kept.has(doc.getElementById(`price-${i}`)!), `price-${i}`).toBe(true);
    }
    // Without the untouched page they cannot be traced: the reading's own numbers only.
    const bare = readArticle(doc.cloneNode(true) as Document, 60_000);
    if (bare.kind !== 'article') return;
    expect(bare.kept.map((n) => live[n]!)).not.toContain(doc.getElementById('price-0'));
  });

  it('leaves a div of text traced alone among paragraphs (a template’s label) to the plan, as before', () => {
    const doc = domFrom(
      `<!doctype html><html><head><title>Prices</title></head><body><main><h1>Prices</h1>${paragraphs(3)}<div id="label">Related articles</div>${paragraphs(2, 'More')}</main></body></html>`,
    );
    const live = Array.from(doc.getElementsByTagName('*'));
    const reading = readArticle(doc.cloneNode(true) as Document, 60_000, doc);
    if (reading.kind !== 'article') throw new Error('no article');
    expect(reading.kept.map((n) => live[n]!)).not.toContain(doc.getElementById('label'));
  });

  it('traces each paragraph to one div only, in order, even when two rows say the same', () => {
    const doc = page();
    const live = Array.from(doc.getElementsByTagName('*'));
    const reading = readArticle(doc.cloneNode(true) as Document, 60_000, doc);
    if (reading.kind !== 'article') throw new Error('no article');
    const prices = reading.kept.map((n) => live[n]!).filter((el) => el.classList.contains('price'));
    expect(prices.map((el) => el.id)).toEqual(['price-0', 'price-1', 'price-2', 'price-3', 'price-4', 'price-5']);
  });
});

describe('a block named beside the article that leads it, right under the headline', () => {
  const PROSE = 'Resistance training twice a week keeps muscle and bone strong as we age, and the protocol below spreads the work. ';
  const page = (h1: string) =>
    domFrom(
      `<body><div id="canvas"><header><h1>${h1}</h1><nav><a href="/a">Advice</a></nav></header><div class="layout-sidebar-left" id="layout"><p>${PROSE.repeat(6)}</p></div><footer id="foot"><p>${PROSE.repeat(3)}</p></footer></div></body>`,
    );
  const numbers = (doc: Document, ...els: Element[]) => {
    const live = Array.from(doc.getElementsByTagName('*'));
    return { all: live, kept: els.map((el) => live.indexOf(el)) };
  };

  it('leads the reading when the <h1> above it is the article’s title and nothing the reading kept comes between', () => {
    const doc = page('Small business guide: cyber security');
    const { all, kept } = numbers(doc, doc.getElementById('foot')!, doc.querySelector('nav a')!);
    expect(leadsReading(doc.getElementById('layout')!, kept, all, 'Small Business Guide: Cyber Security')).toBe(true);
  });

  it('does not when the only <h1> is the site’s name in its logo (a sign-up box in the sidebar under it)', () => {
    const doc = page('Attac France');
    const { all, kept } = numbers(doc, doc.getElementById('foot')!);
    expect(leadsReading(doc.getElementById('layout')!, kept, all, 'Privatisations serve private financial interests')).toBe(false);
  });

  it('does not when text the second reading kept stands between the headline and the block', () => {
    const doc = domFrom(`<body><h1>Small business guide</h1><div id="intro"><p>${PROSE.repeat(4)}</p></div><div class="sidebar" id="side"><p>${PROSE}</p></div></body>`);
    const { all, kept } = numbers(doc, doc.querySelector('#intro p')!);
    expect(leadsReading(doc.getElementById('side')!, kept, all, 'Small business guide')).toBe(false);
  });
});
