/**
 * Image credits read from the page: a site footer built of blocks named for it (no <footer>
 * element) holds a copyright line beside the footer's logo, which credits no image of the article.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readDomCredits } from '../../../../src/reader/attribution/dom-credits';

const credits = (body: string) => readDomCredits(new JSDOM(`<html><body>${body}</body></html>`).window.document).map((c) => c.text);

describe('credits beside images', () => {
  it('reads a figure’s credit, also inside a block named footer', () => {
    expect(credits('<article><div><img src="a.jpg"><span class="photo-credit">Photo: Jane Doe</span></div></article>')).toEqual(['Photo: Jane Doe']);
    expect(credits('<div class="entry-footer"><figure><img src="a.jpg"><figcaption>Photo: Jane Doe / Harbour Desk</figcaption></figure></div>')).toEqual(['Photo: Jane Doe / Harbour Desk']);
  });

  it('never reads the copyright line of a footer built of named blocks as an image credit', () => {
    const footer = (cls: string) =>
      `<article><p>Text.</p></article><div class="${cls}"><div><img src="logo.svg" alt="Daily Tide"><div class="copyright">© 2019 Daily Tide Verlag <a href="/impressum">Impressum</a></div></div></div>`;
    expect(credits(footer('site-footer'))).toEqual([]);
    expect(credits(footer('Footer__bottom'))).toEqual([]);
    expect(credits('<article><p>Text.</p></article><div id="page-footer"><img src="logo.svg"><p class="copyright">© Daily Tide</p></div>')).toEqual([]);
  });
});

describe('classes that name the whole page', () => {
  it('keeps credits when the body or a wrapper around the article is named for a footer', () => {
    const page = new JSDOM(
      `<html><body class="single et-tb-has-footer"><div class="wrap has-sticky-footer"><h1>Harbour reopens</h1><article><div><img src="a.jpg"><span class="credit">©Jane Doe — stock.example</span></div></article></div></body></html>`,
    ).window.document;
    expect(readDomCredits(page).map((c) => c.text)).toEqual(['©Jane Doe — stock.example']);
  });
});
