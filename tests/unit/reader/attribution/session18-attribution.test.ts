/**
 * Issue 20, session 18: classes of author misses, each on fixtures written for this
 * project (hostile values included).
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { BODY, extract, names } from '../../helpers/attribution-fixture';
import { siteLabel, siteOwner } from '../../../../src/reader/attribution/site-owner';

describe('the owner of a personal site', () => {
  const blog = (head: string, body: string) =>
    `<html><head>${head}</head><body><header><a href="/">${'Home'}</a></header><article><h1>Why time feels short in winter</h1>${body}${BODY}</article></body></html>`;

  it('reads the site’s own label from its address', () => {
    expect(siteLabel('https://www.jane-doe.net/blog/x')).toBe('jane-doe');
    expect(siteLabel('https://blog.janedoe.co.uk/x')).toBe('janedoe');
    expect(siteLabel('http://127.0.0.1/x')).toBeUndefined();
    expect(siteLabel('not a url')).toBeUndefined();
  });

  it('is the author when the address spells a name the site calls itself', () => {
    const a = extract(blog('<meta property="og:site_name" content="Dr. Jane Doe">', ''), 'https://www.jane-doe.example/zeit/');
    expect(names(a)).toEqual(['Jane Doe']);
  });

  it('is the author when the address spells a name the page writes, accents aside', () => {
    const a = extract(blog('', '<p>Über André Müller und seine Arbeit.</p>'), 'https://andremuller.example/post');
    expect(names(a)).toEqual(['André Müller']);
  });

  it('never outweighs a person another source names', () => {
    const a = extract(blog('<meta name="author" content="Max Muster">', '<p>About Jane Doe</p>'), 'https://janedoe.example/post');
    expect(names(a)).toEqual(['Max Muster']);
  });

  it('is nobody when the address is one word of a name, too short, or spells no name written', () => {
    expect(names(extract(blog('<meta property="og:site_name" content="Engora Data Blog">', ''), 'https://engora.example/post'))).toEqual([]);
    expect(names(extract(blog('', '<p>Jo Do wrote this.</p>'), 'https://jodo.example/post'))).toEqual([]);
    expect(names(extract(blog('', '<p>jane doe, in lower case</p>'), 'https://janedoe.example/post'))).toEqual([]);
  });

  it('reads no scripts, templates or markup, and stays bounded', () => {
    const hostile = blog('<meta property="og:site_name" content="<img src=x onerror=alert(1)>">', '<script>var n = "Jane Doe";</script><template><p>Jane Doe</p></template>');
    expect(names(extract(hostile, 'https://janedoe.example/post'))).toEqual([]);
    // The page's text is read up to a bound: a name written only after it is not looked for.
    const doc = new JSDOM(`<body><p>${'words in lower case '.repeat(20000)}</p><p>Jane Doe</p></body>`, { url: 'https://janedoe.example/' }).window.document;
    expect(siteOwner(doc, doc.URL, [])).toBeUndefined();
    expect(siteOwner(doc, doc.URL, ['Jane Doe'])).toBe('Jane Doe');
  });
});

describe('the article’s card of fields in an aside', () => {
  const card = (fields: string) =>
    `<html><body><main><h1>Lessons from forty harbours</h1>${BODY}<section><aside class="hero-metadata"><div><h6>Date</h6><p>November 2003</p></div>${fields}</aside>${BODY}</section></main></body></html>`;

  it('names the authors its labelled field lists, in order', () => {
    const a = extract(card('<div><h6>Author(s)</h6><ul><li><a href="/library/?author=1">Jane A. Doe</a></li><li><a href="/library/?author=2">John Roe</a></li></ul></div>'));
    expect(names(a)).toEqual(['Jane A. Doe', 'John Roe']);
  });

  it('names the author its labelled field gives in the next block', () => {
    expect(names(extract(card('<div><h3>Author</h3><p>  Jane D. Doe</p></div>')))).toEqual(['Jane D. Doe']);
  });

  it('still passes over any other byline line in an aside (a sidebar’s)', () => {
    expect(names(extract(card('<p>By Jane Doe</p>')))).toEqual([]);
    expect(names(extract(card('<p><strong>Author:</strong> Jane Doe</p>')))).toEqual([]);
  });

  it('takes no sentence, markup or over-long list for a name', () => {
    expect(names(extract(card('<div><h3>Author</h3><p>jane writes about harbours and ships every week.</p></div>')))).toEqual([]);
    expect(names(extract(card('<div><h3>Author</h3><p>&lt;img src=x onerror=alert(1)&gt;</p></div>')))).toEqual([]);
    const many = Array.from({ length: 40 }, (_, i) => `<li>Jane Doe${String.fromCharCode(65 + (i % 26))}</li>`).join('');
    expect(names(extract(card(`<div><h6>Author(s)</h6><ul>${many}</ul></div>`)))).toEqual([]);
  });
});

describe('a person’s card whose link spells the name written on it', () => {
  const page = (head: string, card: string) =>
    `<html><head>${head}</head><body><article><h1>What comes after the cloud</h1>${card}${BODY}</article><footer>© 2025 Harbour Learning</footer></body></html>`;
  const juliette = '<div class="meta"><div class="who"><p>Jane Doe-Roe</p><p>Tech Writer</p></div><a class="chakra-button" href="/us/blog/authors/jane-doe-roe">Articles by Jane</a></div>';

  it('names the person before the footer’s copyright holder', () => {
    const a = extract(page('', juliette));
    expect(a.authors.map((p) => p.value)).toEqual([{ name: 'Jane Doe-Roe' }]);
  });

  it('names the person before an organisation the structured data gives', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'Recipe', name: 'Porridge', author: { '@type': 'Organization', name: 'Harbour Kitchen' } })}</script>`;
    const card = '<div class="expert"><div class="expert-name">Iris Lange-Fricke</div><a href="/experten/iris-lange-fricke">Zu allen Rezepten</a></div>';
    expect(names(extract(page(ld, card)))).toEqual(['Iris Lange-Fricke']);
  });

  it('never outweighs a person a source names', () => {
    expect(names(extract(page('<meta name="author" content="Max Muster">', juliette)))).toEqual(['Max Muster']);
  });

  it('is no card when the link’s own text is the name its address spells, or the card is one of a list', () => {
    expect(names(extract(page('', '<p><a href="/kochbuch/mein-kochbuch">Mein Kochbuch</a></p>')))).toEqual(['Harbour Learning']);
    const list = Array.from({ length: 4 }, () => `<div class="card"><h3>Another story here</h3>${juliette}</div>`).join('');
    expect(names(extract(page('', `<section>${list}</section>`)))).toEqual(['Harbour Learning']);
  });

  it('is no card when the link is a tag’s, a topic’s or a product’s, not a person’s page', () => {
    const topic = '<div class="topics"><h4>Science Fiction</h4><a class="more" href="/tag/science-fiction">More</a></div>';
    expect(names(extract(page('', topic)))).toEqual(['Harbour Learning']);
  });

  it('takes nothing from a hostile address or markup', () => {
    const hostile = '<div><p>&lt;img src=x onerror=alert(1)&gt;</p><a href="javascript:alert(1)//jane-doe">x</a><a href="/authors/%E0%A4%A">y</a></div>';
    expect(names(extract(page('', hostile)))).toEqual(['Harbour Learning']);
  });
});
