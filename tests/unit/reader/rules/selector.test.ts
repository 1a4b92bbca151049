import { describe, expect, it } from 'vitest';
import { generalizeSelector, isGeneratedName, pickOne } from '../../../../src/reader/rules/selector';
import { domFrom, loadFixture } from '../../helpers/page-fixture';

describe('isGeneratedName', () => {
  it('keeps the names templates write by hand', () => {
    for (const name of [
      'article',
      'story-body',
      'site-header',
      'main-nav',
      'col-12',
      'span6',
      'h2',
      'NavBar',
      'articleBody',
      'card__title',
      'btn--primary',
      'is-active',
      'support-box',
      'css-grid',
      'iOS-only',
      'mt-4',
      'w-100',
    ]) {
      expect(isGeneratedName(name), name).toBe(false);
    }
  });

  it('rejects hashed CSS-in-JS names, module hashes and per-page numbers', () => {
    for (const name of [
      'css-1x2y3z',
      'css-k008qs',
      'sc-bdVaJa',
      'jsx-2893741',
      'svelte-1n2k3x',
      'Header_title__3xYz1',
      'styles_card__a1B2c',
      'ember1234',
      'post-123456',
      'kXyzQp',
      'bdVaJa',
      'x9f3k2a',
      '_3xYz1',
    ]) {
      expect(isGeneratedName(name), name).toBe(true);
    }
  });

  it('rejects what is not a plain identifier', () => {
    for (const name of ['', ':r1:', 'a b', '1col', 'x'.repeat(61)]) expect(isGeneratedName(name), name).toBe(true);
  });
});

describe('generalizeSelector', () => {
  it('names a block by its stable class, not its generated one, and holds on another page of the template', () => {
    const one = loadFixture('site/story-one.html', 'http://news.example/site/story-one.html');
    const two = loadFixture('site/story-two.html', 'http://news.example/site/story-two.html');
    const box = one.querySelector('.support-box') as Element;
    const selector = generalizeSelector(box, one);
    expect(selector).toBe('div.support-box');
    const there = pickOne(two, selector as string);
    expect(there?.textContent).toContain('Independent journalism');
    // The header carries a generated class beside its stable one.
    expect(generalizeSelector(one.querySelector('header') as Element, one)).toBe('header.site-header');
    const nav = generalizeSelector(one.querySelector('.main-nav') as Element, one) as string;
    expect(nav).toBe('nav.main-nav');
    expect(pickOne(two, nav)).toBe(two.querySelector('.main-nav'));
  });

  it('never uses a generated name or a position, and picks exactly the element', () => {
    const doc = domFrom(`<body><div class="css-1x2y3z"><p>a</p></div><section class="sc-bdVaJa jsx-2893741"><div class="card"><p>b</p></div><div class="card"><p>c</p></div></section>
      <aside data-component="promo-rail"><div class="card"><p>d</p></div></aside></body>`);
    for (const el of Array.from(doc.querySelectorAll('body *'))) {
      const selector = generalizeSelector(el, doc);
      if (selector === undefined) continue;
      expect(selector).not.toMatch(/nth-|css-|sc-|jsx-/);
      const found = doc.querySelectorAll(selector);
      expect(found.length, selector).toBe(1);
      expect(found[0], selector).toBe(el);
    }
    // A card that shares its class is told apart by a stable ancestor, not its position.
    expect(generalizeSelector(doc.querySelector('aside .card') as Element, doc)).toBe('aside div.card');
  });

  it('gives up rather than guess when nothing stable sets the element apart', () => {
    const doc = domFrom('<body><div><p class="css-1a2b3c">one</p><p class="css-4d5e6f">two</p></div></body>');
    expect(generalizeSelector(doc.querySelectorAll('p')[1] as Element, doc)).toBeUndefined();
    expect(generalizeSelector(doc.body, doc)).toBeUndefined();
  });

  it('prefers a named block over a chain of tag names', () => {
    const doc = domFrom('<body><main><article><div class="support-box"><p>x</p></div></article></main></body>');
    expect(generalizeSelector(doc.querySelector('.support-box') as Element, doc)).toBe('div.support-box');
  });

  it('takes naming attributes and skips page-specific values', () => {
    const doc = domFrom('<body><div data-testid="newsletter-signup">x</div><div data-testid="story-20261102">y</div><div role="complementary">z</div></body>');
    expect(generalizeSelector(doc.querySelectorAll('div')[0] as Element, doc)).toBe('div[data-testid="newsletter-signup"]');
    expect(generalizeSelector(doc.querySelectorAll('div')[2] as Element, doc)).toBe('div[role="complementary"]');
    const dated = generalizeSelector(doc.querySelectorAll('div')[1] as Element, doc);
    expect(dated ?? '').not.toContain('20261102');
  });

  it('stays bounded on a very deep page', () => {
    const depth = 5000;
    const html = `<body>${'<div class="wrap">'.repeat(depth)}<p class="target">x</p>${'</div>'.repeat(depth)}</body>`;
    const doc = domFrom(html);
    const t0 = performance.now();
    expect(generalizeSelector(doc.querySelector('.target') as Element, doc)).toBe('p.target');
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
