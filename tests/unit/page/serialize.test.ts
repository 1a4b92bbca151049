import { describe, expect, it } from 'vitest';
import { pageMarkup } from '../../../src/page/serialize';
import { parseCopy } from '../../../src/reader/read/parse-copy';
import { domFrom, loadFixture, paragraphs } from '../helpers/page-fixture';

/** Tag and parent position of every element, in document order. */
function shape(doc: Document): string[] {
  const all = Array.from(doc.getElementsByTagName('*'));
  const index = new Map(all.map((el, i) => [el, i]));
  return all.map((el) => `${el.localName}<${el.parentElement ? index.get(el.parentElement) : -1}`);
}

const PAGE = `<!doctype html><html lang="de" data-theme="a &amp; &quot;b&quot;"><head><meta charset="utf-8"><title>T</title>
<style>${'.x { color: red } '.repeat(200)}</style><script>window.app = ${JSON.stringify({ big: 'y'.repeat(3000) })};</script>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Zeitung &amp; mehr"}</script>
<noscript><img src="/pixel.gif"></noscript><link rel="canonical" href="https://news.example/a"></head>
<body><script>var inBody = "<p>kept</p>";</script><main>${paragraphs(4)}</main></body></html>`;

describe('pageMarkup', () => {
  it('pairs with the page after a parse, keeps JSON-LD and the body, and writes the head’s code empty', () => {
    const live = domFrom(PAGE);
    // As a browser with scripting on holds it: <noscript> content is text.
    for (const el of Array.from(live.getElementsByTagName('noscript'))) el.textContent = el.innerHTML;
    const markup = pageMarkup(live);
    const copy = parseCopy(markup, new live.defaultView!.DOMParser());
    expect(shape(copy)).toEqual(shape(live));
    expect(markup.startsWith('<!DOCTYPE html><html lang="de" data-theme="a &amp; &quot;b&quot;"><head>')).toBe(true);
    expect(copy.documentElement.getAttribute('data-theme')).toBe('a & "b"');
    expect(markup).not.toContain('color: red');
    expect(markup).not.toContain('window.app');
    expect(markup).toContain('{"@type":"NewsArticle","headline":"Zeitung &amp; mehr"}');
    expect(markup).toContain('var inBody');
    expect(markup.length).toBeLessThan(live.documentElement.outerHTML.length / 2);
  });

  it('writes large scripts and style sheets of the body empty, and keeps small ones, JSON and SVG code', () => {
    const big = `var state = ${JSON.stringify({ a: '<p>not markup</p>'.repeat(300) })};`;
    const css = '.card { margin: 0 } '.repeat(200);
    const ld = `{"@type":"NewsArticle","description":"${'d'.repeat(3000)}"}`;
    const svgCode = `if (a < b && c) { ${'x();'.repeat(600)} }`;
    const live = domFrom(
      `<html><head><title>t</title></head><body><main>${paragraphs(3)}<script>${big}</script><style>${css}</style>` +
        `<script>var small = 1;</script><script type="application/ld+json">${ld}</script>` +
        `<svg><script>${svgCode.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</script></svg><p>after ${big.slice(0, 12)}</p></main></body></html>`,
    );
    const markup = pageMarkup(live);
    expect(shape(parseCopy(markup, new live.defaultView!.DOMParser()))).toEqual(shape(live));
    expect(markup).not.toContain('not markup</p>');
    expect(markup).not.toContain('.card { margin: 0 }');
    expect(markup).toContain('<script></script><style></style><script>var small = 1;</script>');
    expect(markup).toContain(ld);
    expect(markup).toContain('x();x();');
    expect(markup).toContain('<p>after var state');
    expect(markup.length).toBeLessThan(live.documentElement.outerHTML.length / 2);
  });

  it('writes the seed-like page so that it pairs', () => {
    const live = loadFixture('news-article.html');
    expect(shape(parseCopy(pageMarkup(live), new live.defaultView!.DOMParser()))).toEqual(shape(live));
  });

  it('keeps elements a script put after <body>', () => {
    const live = domFrom(`<html><head><title>t</title></head><body>${paragraphs(2)}</body></html>`);
    live.documentElement.append(live.createElement('div'));
    expect(pageMarkup(live)).toMatch(/<\/body><div><\/div><\/html>$/);
  });
});
