import { describe, expect, it } from 'vitest';
import { absolutizeLinks, doctypeOf, noscriptAsText, parseCopy, withoutCode } from '../../../../src/reader/read/parse-copy';
import { extractPage } from '../../../../src/reader';
import { mapReading } from '../../../../src/reader/read/pairing';
import { domFrom, loadFixture, paragraphs } from '../../helpers/page-fixture';

/** Tag and parent position of every element, in document order. */
function shape(doc: Document): string[] {
  const all = Array.from(doc.getElementsByTagName('*'));
  const index = new Map(all.map((el, i) => [el, i]));
  return all.map((el) => `${el.localName}<${el.parentElement ? index.get(el.parentElement) : -1}`);
}

/** As a browser with scripting on holds a page, <noscript> content is text (jsdom parses it as elements). */
function scriptingOn(doc: Document): Document {
  for (const el of Array.from(doc.getElementsByTagName('noscript'))) if (el.firstElementChild) el.textContent = el.innerHTML;
  return doc;
}
const livePage = (html: string) => scriptingOn(domFrom(html));

const TRICKY = `<!doctype html><html lang="en"><head><title>T &amp; "q"</title><base href="/news/"><style>p > a { color: red }</style>
<script>var s = "<div>not an element</div>";</script></head><body>
<noscript><img src="a.jpg" alt="x"><p>Enable JavaScript</p></noscript>
<template><section><p>inside a template</p></section></template>
<svg viewBox="0 0 10 10"><linearGradient id="g"><stop offset="0"/></linearGradient><foreignObject><div>fo</div></foreignObject></svg>
<table><tr><td>cell</td></tr></table>
<textarea>&lt;b&gt;not bold&lt;/b&gt;</textarea>
<iframe srcdoc="<p>inner</p>"></iframe>
<select><option>a<option>b</select>
<p title="a &amp; b &quot;c&quot; &lt;d&gt;">x&nbsp;y <!-- comment with <tags> --></p>
<main>${paragraphs(6)}</main></body></html>`;

describe('parseCopy', () => {
  it('parses the serialized page into a document that pairs element for element with it', () => {
    const live = livePage(TRICKY);
    const copy = parseCopy(doctypeOf(live) + live.documentElement.outerHTML, new live.defaultView!.DOMParser());
    expect(shape(copy)).toEqual(shape(live));
    expect(copy.querySelector('noscript')!.firstElementChild).toBeNull();
    expect(copy.querySelector('p[title]')!.getAttribute('title')).toBe('a & b "c" <d>');
  });

  it('pairs the seed-like page too', () => {
    const live = scriptingOn(loadFixture('news-article.html'));
    const copy = parseCopy(doctypeOf(live) + live.documentElement.outerHTML, new live.defaultView!.DOMParser());
    expect(shape(copy)).toEqual(shape(live));
  });

  it('keeps a <noscript> tracking pixel in the head from ending the head, and a link in a <noscript> link from rebuilding the tree', () => {
    const live = domFrom(`<html><head><title>t</title><meta name="a" content="b"></head><body><ul><li><a href="/x" id="x">x</a></li></ul><main>${paragraphs(3)}</main></body></html>`);
    const pixel = live.createElement('noscript');
    pixel.textContent = '<img height="1" width="1" src="https://tracker.example/p.gif">';
    live.querySelector('meta')!.before(pixel);
    const inLink = live.createElement('noscript');
    inLink.textContent = '<a href="/y"><img src="y.jpg"></a>';
    live.getElementById('x')!.append(inLink);
    const copy = parseCopy(doctypeOf(live) + live.documentElement.outerHTML, new live.defaultView!.DOMParser());
    expect(shape(copy)).toEqual(shape(live));
  });

  it('reads <noscript> text as a browser with scripting on serializes it (verbatim) back into the same text', () => {
    const copy = parseCopy('<html><head></head><body><a href="/x"><noscript><a href="/y">Y &amp; Z</a></noscript></a></body></html>', new DOMParser());
    expect(copy.querySelectorAll('a')).toHaveLength(1);
    expect(copy.querySelector('noscript')!.textContent).toBe('<a href="/y">Y &amp; Z</a>');
  });

  it('leaves "<noscript>" inside scripts, styles and comments alone', () => {
    const html = '<html><head><script>document.write("<noscript><img src=a></noscript>")</script></head><body><!-- <noscript><b>x</b></noscript> --><noscript><i>y</i></noscript></body></html>';
    expect(noscriptAsText(html)).toBe(html.replace('<noscript><i>y</i></noscript>', '<noscript>&lt;i>y&lt;/i></noscript>'));
  });

  it('parses in the page’s own mode: a quirks-mode page keeps its table inside a paragraph', () => {
    const live = domFrom(`<html><head><title>q</title></head><body><p id="p">Text<table><tr><td>cell</td></tr></table></p>${paragraphs(2)}</body></html>`);
    expect(live.compatMode).toBe('BackCompat');
    expect(live.querySelector('#p table')).not.toBeNull();
    const parser = new live.defaultView!.DOMParser();
    expect(doctypeOf(live)).toBe('');
    expect(shape(parseCopy(doctypeOf(live) + live.documentElement.outerHTML, parser))).toEqual(shape(live));
    // Parsed in standards mode instead, the paragraph closes before the table: no pairing.
    expect(shape(parseCopy('<!DOCTYPE html>' + live.documentElement.outerHTML, parser))).not.toEqual(shape(live));
    const legacy = domFrom('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd"><html><body></body></html>');
    expect(doctypeOf(legacy)).toBe('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">');
  });

  it('makes links absolute against the live base URL, whatever the copy’s own base', () => {
    const copy = parseCopy(
      '<html><head><base href="/rel/"><link rel="canonical" href="/a/b"></head><body><a href="c">c</a><a href="https://x.example/d">d</a><a href="http://[bad">e</a></body></html>',
      new DOMParser(),
    );
    absolutizeLinks(copy, 'https://site.example/rel/');
    expect(Array.from(copy.querySelectorAll('[href]'), (el) => el.getAttribute('href'))).toEqual([
      '/rel/',
      'https://site.example/a/b',
      'https://site.example/rel/c',
      'https://x.example/d',
      'http://[bad',
    ]);
  });
});

describe('withoutCode', () => {
  it('empties scripts and style sheets but keeps JSON-LD, and the copy still pairs with the page', () => {
    const live = livePage(TRICKY.replace('</head>', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script><script src="/app.js"></script></head>'));
    const html = doctypeOf(live) + live.documentElement.outerHTML;
    const slim = withoutCode(html);
    expect(slim.length).toBeLessThan(html.length);
    expect(slim).not.toContain('not an element');
    expect(slim).not.toContain('color: red');
    expect(slim).toContain('{"@type":"NewsArticle","headline":"H"}');
    expect(slim).toContain('<script src="/app.js"></script>');
    const copy = parseCopy(slim, new live.defaultView!.DOMParser());
    expect(shape(copy)).toEqual(shape(live));
    expect(copy.querySelector('textarea')!.textContent).toBe('<b>not bold</b>');
  });

  it('leaves comments, <noscript> text and markup-like text in other raw text as they are', () => {
    const html =
      '<html><head><!-- <script>x</script> --><title>&lt;script&gt;</title></head><body><noscript><script>keep()</script></noscript><xmp><style>x</style></xmp><p>a</p><script>drop()</script></body></html>';
    expect(withoutCode(html)).toBe(html.replace('<script>drop()</script>', '<script></script>'));
  });
});

describe('extractPage and mapReading', () => {
  const request = (doc: Document) => ({
    type: 'extract' as const,
    html: doctypeOf(doc) + doc.documentElement.outerHTML,
    url: doc.location.href,
    baseUrl: doc.baseURI,
    elements: doc.getElementsByTagName('*').length,
    maxElements: 60_000,
  });

  it('finds the seed-like article in the serialized copy and maps it onto the live page, with its attribution', () => {
    const doc = loadFixture('news-article.html');
    const live = Array.from(doc.getElementsByTagName('*'));
    const reply = extractPage(request(doc), new doc.defaultView!.DOMParser());
    expect(reply.kind).toBe('article');
    const found = mapReading(reply, live, doc);
    expect(found.kind).toBe('article');
    if (found.kind !== 'article' || reply.kind !== 'article') return;
    for (let i = 1; i <= 5; i++) expect(found.kept.has(doc.getElementById(`p${i}`)!)).toBe(true);
    expect(found.root.contains(doc.getElementById('signup-modal'))).toBe(false);
    expect(reply.attribution?.credits.map((c) => c.text).join(' ')).toContain('UNCTAD');
    expect(reply.attribution?.canonicalUrl.value).toMatch(/^https:\/\/www\.econotimes\.example\//);
  });

  it('resolves relative author links against the live base URL, not the extractor’s', () => {
    const doc = domFrom(
      `<html><head><base href="https://cdn.example/site/"></head><body><article><h1>Title of it</h1><p class="byline">By <a rel="author" href="people/ann">Ann Lee</a></p>${paragraphs(6)}</article></body></html>`,
    );
    const reply = extractPage(request(doc), new doc.defaultView!.DOMParser());
    expect(reply.kind).toBe('article');
    const ann = reply.kind === 'article' ? reply.attribution?.authors.find((a) => a.value.name === 'Ann Lee') : undefined;
    expect(ann?.value.url).toBe('https://cdn.example/site/people/ann');
  });

  it('refuses to map a copy that does not pair with the page (script-built markup the parser rebuilds)', () => {
    const doc = domFrom(`<body><main id="m">${paragraphs(6)}</main></body>`);
    // Built with DOM calls, a <div> inside a <p> survives in the page but not in a parse of its HTML.
    const p = doc.getElementById('para-0')!;
    p.prepend(doc.createElement('div'));
    const live = Array.from(doc.getElementsByTagName('*'));
    const reply = extractPage(request(doc), new doc.defaultView!.DOMParser());
    expect(mapReading(reply, live, doc).kind).toBe('mismatch');
  });

  it('answers a failure as a no-article reading, never a throw', () => {
    const doc = loadFixture('news-article.html');
    const broken = {
      parseFromString: () => {
        throw new Error('boom');
      },
    } as unknown as DOMParser;
    expect(extractPage(request(doc), broken)).toEqual({ kind: 'no-article', reason: expect.stringContaining('boom') });
  });
});
