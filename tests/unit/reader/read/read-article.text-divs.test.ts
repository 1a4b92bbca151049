import { describe, expect, it } from 'vitest';
import { PageCleaner } from '../../helpers/cleaner-in-place';
import { domFrom, isHidden, paragraphs } from '../../helpers/page-fixture';
import { findArticle } from '../../../../src/reader/read/pairing';

const ITEMS = ['Replacing a circuit breaker', 'Replacing an outlet', 'Installing a ceiling fan', 'Adding a dedicated circuit'];
const PAGE = `<nav class="menu"><a href="/">Home</a> <a href="/services">Services</a></nav>
  <main id="m"><h1>What an electrician costs</h1>${paragraphs(3)}
  <div class="price-list">${ITEMS.map((name, i) => `<div class="item"><div class="name" id="name-${i}">${name}</div><div class="price" id="price-${i}">$${89 + i * 40}+</div></div>`).join('')}</div>
  ${paragraphs(2, 'More')}</main><footer id="foot">Footer links</footer>`;

describe('text written straight into a <div>', () => {
  it('counts as kept: Readability keeps its text in a new paragraph, put in the div’s place', () => {
    const doc = domFrom(PAGE);
    const found = findArticle(doc);
    expect(found.kind).toBe('article');
    if (found.kind !== 'article') return;
    for (let i = 0; i < ITEMS.length; i++) {
      expect(found.kept.has(doc.getElementById(`name-${i}`)!), `name-${i}`).toBe(true);
      expect(found.kept.has(doc.getElementById(`price-${i}`)!), `price-${i}`).toBe(true);
    }
  });

  it('stays visible however short (a price list’s cells), and the page pairs with its copy as before', async () => {
    const doc = domFrom(PAGE);
    const before = doc.getElementsByTagName('*').length;
    expect((await new PageCleaner(doc).clean('toolbar')).status).toBe('clean');
    expect(doc.getElementsByTagName('*').length).toBe(before);
    for (let i = 0; i < ITEMS.length; i++) expect(isHidden(doc.getElementById(`price-${i}`)), `price-${i}`).toBe(false);
    expect(isHidden(doc.querySelector('nav.menu'))).toBe(true);
    expect(isHidden(doc.getElementById('foot'))).toBe(true);
  });
});
