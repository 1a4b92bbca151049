import { describe, expect, it } from 'vitest';
import { pageMarkup } from '../../../src/content/page-markup';
import { parseCopy } from '../../../src/extract/parse-copy';
import { domFrom, loadFixture, paragraphs } from './page-fixture';

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

  it('writes the body’s larger scripts and style sheets empty, wherever they sit, and the rest exactly as the browser does', () => {
    const bundle = `window.__STATE__ = ${JSON.stringify({ story: 'z'.repeat(2000) })};`;
    const css = `.card { margin: 0 } `.repeat(40);
    const live = domFrom(`<!doctype html><html><head><title>t</title></head><body>
      <div id="app" class="a&amp;b" data-x="&quot;q&quot;"><!-- a <comment> --><p>Fish &amp; chips &lt;today&gt;&nbsp;only</p>
        <section><style>${css}</style><script>${bundle}</script><script>tiny()</script>
        <script type="application/ld+json">{"@type":"Recipe","description":"${'d'.repeat(400)}"}</script>
        <svg viewBox="0 0 1 1"><path d="M0 0"></path><script>${bundle}</script></svg><pre>
  indented</pre><textarea>a &lt; b</textarea></section></div>
      <script>${bundle}</script>${paragraphs(2)}</body></html>`);
    const markup = pageMarkup(live);
    expect(shape(parseCopy(markup, new live.defaultView!.DOMParser()))).toEqual(shape(live));
    expect(markup).not.toContain('__STATE__');
    expect(markup).not.toContain('.card');
    expect(markup).toContain('tiny()');
    expect(markup).toContain('"@type":"Recipe"');
    // Everything but the emptied code is written as the browser's own serializer writes it.
    const expected = '<!DOCTYPE html>' + live.documentElement.outerHTML.split(bundle).join('').split(css).join('');
    expect(markup).toBe(expected);
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
