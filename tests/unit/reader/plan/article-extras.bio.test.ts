/**
 * A byline is kept above the article; the author's bio is not: a bio box beside the byline, an
 * author block holding a paragraph about the author, or a hover card inside the byline itself.
 */
import { describe, expect, it } from 'vitest';
import { findExtras, findHeadline } from '../../../../src/reader/plan/article-extras';
import { planHiding } from '../../../../src/reader/plan/hide-plan';
import { domFrom, isHidden, paragraphs } from '../../helpers/page-fixture';

const BIO = 'Jane Roe is a professor of public law at the University of Exampleton and writes about courts, parliaments and the constitution. ';

function clean(doc: Document): void {
  const root = doc.getElementById('body') as Element;
  const kept = new Set<Element>([root, ...Array.from(root.querySelectorAll('*'))]);
  const headline = findHeadline(doc, 'Courts and the lockdown', root);
  const extras = [...(headline ? [headline] : []), ...findExtras(root, headline)];
  for (const el of planHiding({ root, kept, extras })) el.setAttribute('data-quiet-reader-hide', '');
}

describe('author bios next to the byline', () => {
  it('keeps the byline and date, hides a bio box named so', () => {
    const doc = domFrom(`<body><article><header><h1>Courts and the lockdown</h1>
      <p class="byline">By <a rel="author" href="/authors/jane-roe">Jane Roe</a> <time id="date" datetime="2021-01-12">12 January 2021</time></p>
      <div id="bio" class="author-info"><a href="/authors/jane-roe">Jane Roe</a> <span>${BIO}</span></div></header>
      <div id="body">${paragraphs(5)}</div></article></body>`);
    clean(doc);
    expect(isHidden(doc.querySelector('.byline'))).toBe(false);
    expect(isHidden(doc.getElementById('date'))).toBe(false);
    expect(isHidden(doc.getElementById('bio'))).toBe(true);
    expect(isHidden(doc.getElementById('para-0'))).toBe(false);
  });

  it('hides an author block that holds a paragraph of prose about the author', () => {
    const doc = domFrom(`<body><article><h1>Courts and the lockdown</h1>
      <span class="byline">Jane Roe, 12 January 2021</span>
      <div id="box" class="article-author"><img src="jane.jpg" width="80" height="80" alt=""><p>${BIO}</p></div>
      <div id="body">${paragraphs(5)}</div></article></body>`);
    clean(doc);
    expect(isHidden(doc.querySelector('.byline'))).toBe(false);
    expect(isHidden(doc.getElementById('box'))).toBe(true);
  });

  it('hides the hover card inside a byline but keeps the name in it', () => {
    const doc = domFrom(`<body><article><h1>Courts and the lockdown</h1>
      <div id="byline" class="article-byline"><span>By</span> <a id="name" class="attribution-name" href="/jane">Jane Roe</a>
        <div id="card" class="author-tooltip"><img src="jane.jpg" alt=""><div class="author-tooltip__bio">${BIO}</div></div>
        <span class="updated">Updated 12 January 2021</span></div>
      <div id="body">${paragraphs(5)}</div></article></body>`);
    clean(doc);
    expect(isHidden(doc.getElementById('name'))).toBe(false);
    expect(isHidden(doc.querySelector('.updated'))).toBe(false);
    expect(isHidden(doc.getElementById('card'))).toBe(true);
  });

  it('keeps a short author line even when it is named like a bio', () => {
    const doc = domFrom(`<body><article><h1>Courts and the lockdown</h1>
      <div id="line" class="author-info">By Jane Roe · 4 min read</div>
      <div id="body">${paragraphs(5)}</div></article></body>`);
    clean(doc);
    expect(isHidden(doc.getElementById('line'))).toBe(false);
  });
});
