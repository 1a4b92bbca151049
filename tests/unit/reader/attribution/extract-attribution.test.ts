import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { extractAttribution } from '../../../../src/reader/attribution/extract-attribution';

const SEED = readFileSync(path.resolve(import.meta.dirname, '../../../fixtures/pages/news-article.html'), 'utf8');
const URL_ = 'http://127.0.0.1:8123/news-article.html';

function page(html: string, url = 'https://news.example/2025/10/story') {
  return new JSDOM(html, { url }).window.document;
}

describe('extractAttribution on the seed-like page', () => {
  const a = extractAttribution(page(SEED, URL_), URL_);

  it('reads headline, site, publisher, author, dates, section, canonical, language', () => {
    expect(a.headline).toEqual({ value: 'Belarus Seeks to Ease Isolation with Renewed Diplomatic Outreach to Europe', source: 'document' });
    expect(a.siteName).toEqual({ value: 'EconoTimes', source: 'open-graph' });
    expect(a.publisher?.value.name).toBe('EconoTimes');
    expect(a.authors).toEqual([{ value: { name: 'Rajendra Lamichhane', kind: 'person', url: 'http://127.0.0.1:8123/authors/rajendra-lamichhane' }, source: 'json-ld' }]);
    expect(a.datePublished).toEqual({ value: '2025-10-20T09:15:00+05:30', source: 'open-graph' });
    expect(a.dateModified).toEqual({ value: '2025-10-20T11:40:00+05:30', source: 'json-ld' });
    expect(a.section?.value).toBe('Politics');
    expect(a.canonicalUrl).toEqual({ value: 'https://www.econotimes.example/Belarus-Seeks-to-Ease-Isolation-1720000', source: 'document' });
    expect(a.language?.value).toBe('en');
  });

  it('reads the seed credit into who, licence and via, and nothing from the footer', () => {
    expect(a.credits).toEqual([
      {
        text: 'Source: UNCTAD, CC BY-SA 2.0, via Wikimedia Commons',
        kind: 'Source',
        who: 'UNCTAD',
        via: 'Wikimedia Commons',
        source: 'caption',
        license: { name: 'CC BY-SA 2.0', url: 'https://creativecommons.org/licenses/by-sa/2.0/' },
      },
    ]);
    // The image's rel=license is not the article's licence.
    expect(a.license).toBeUndefined();
  });

  it('does not touch the page', () => {
    const doc = page(SEED, URL_);
    const before = doc.documentElement.outerHTML;
    extractAttribution(doc, URL_);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('precedence and fallbacks', () => {
  it('falls back from JSON-LD to Open Graph to Readability to the document', () => {
    const doc = page('<html><head><title>Doc title - Site</title><meta property="og:title" content="OG title"></head><body><p>x</p></body></html>');
    expect(extractAttribution(doc, doc.URL).headline).toEqual({ value: 'OG title', source: 'open-graph' });
    const bare = page('<html><head><title>Doc title - Site</title></head><body></body></html>');
    expect(extractAttribution(bare, bare.URL, { title: 'Doc title' }).headline).toEqual({ value: 'Doc title', source: 'readability' });
    expect(extractAttribution(bare, bare.URL).headline).toEqual({ value: 'Doc title - Site', source: 'document' });
    expect(extractAttribution(bare, bare.URL).siteName).toEqual({ value: 'news.example', source: 'url' });
  });

  it("uses Readability's byline and date when the page has no metadata", () => {
    const doc = page('<html><body><article><p>Text</p></article></body></html>');
    const a = extractAttribution(doc, doc.URL, { byline: 'By Jane Doe', publishedTime: '2024-01-02T03:04:05Z' });
    expect(a.authors).toEqual([{ value: { name: 'Jane Doe' }, source: 'readability' }]);
    expect(a.datePublished).toEqual({ value: '2024-01-02T03:04:05Z', source: 'readability' });
  });

  it('ignores a canonical link to the home page and any non-http canonical', () => {
    const home = page('<html><head><link rel="canonical" href="https://news.example/"></head><body></body></html>');
    expect(extractAttribution(home, home.URL).canonicalUrl).toEqual({ value: 'https://news.example/2025/10/story', source: 'url' });
    const js = page('<html><head><link rel="canonical" href="javascript:alert(1)"></head><body></body></html>');
    expect(extractAttribution(js, js.URL).canonicalUrl.value).toBe('https://news.example/2025/10/story');
  });

  it('reads byline elements, time elements, rel=license, datelines and the paywall flag', () => {
    const doc = page(`<html lang="en" dir="ltr"><head>
      <link rel="license" href="https://creativecommons.org/licenses/by-nd/4.0/">
      <script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":false}</script></head>
      <body><article><div class="article-byline">By Jane Doe and John Roe | 5 hours ago</div>
      <time datetime="2024-03-04T05:06:07+01:00">March 4</time><time class="updated" datetime="2024-03-05">March 5</time>
      <p>LONDON (Reuters) - Something happened.</p></article></body></html>`);
    const a = extractAttribution(doc, doc.URL);
    expect(a.authors.map((p) => p.value.name)).toEqual(['Jane Doe', 'John Roe']);
    expect(a.authors[0]?.source).toBe('byline-element');
    expect(a.datePublished).toEqual({ value: '2024-03-04T05:06:07+01:00', source: 'time-element' });
    expect(a.dateModified).toEqual({ value: '2024-03-05', source: 'time-element' });
    expect(a.license).toEqual({ value: { name: 'CC BY-ND 4.0', url: 'https://creativecommons.org/licenses/by-nd/4.0/' }, source: 'rel-license' });
    expect(a.wireSource).toEqual({ value: 'Reuters', source: 'page-text' });
    expect(a.paywalled).toBe(true);
    expect(a.direction).toBe('ltr');
  });

  it('credits: captions with credit phrases, explicit credit elements, JSON-LD ImageObjects; not captions without credit, not the footer', () => {
    const doc = page(`<html><head><script type="application/ld+json">
      {"@type":"NewsArticle","headline":"h","image":{"@type":"ImageObject","creditText":"Jane Doe/Getty Images","license":"https://creativecommons.org/licenses/by/2.0/"}}</script></head>
      <body><article>
      <figure><img src="a.jpg"><figcaption>A skyline at dusk.</figcaption></figure>
      <figure><img src="b.jpg"><figcaption>Protesters in Paris. (AP Photo/Michel Euler)</figcaption></figure>
      <div class="image"><img src="c.jpg"><span class="image-credit">Max Mustermann</span></div>
      </article><footer><p class="copyright">© 2025 News Example</p></footer></body></html>`);
    const credits = extractAttribution(doc, doc.URL).credits;
    expect(credits.map((c) => [c.who, c.via, c.source])).toEqual([
      ['Michel Euler', 'Associated Press', 'caption'],
      ['Max Mustermann', undefined, 'caption'],
      ['Jane Doe', 'Getty Images', 'json-ld'],
    ]);
    expect(credits[2]?.license?.url).toBe('https://creativecommons.org/licenses/by/2.0/');
  });
});

describe('hostile pages', () => {
  it('never throws and caps everything', () => {
    const huge = 'A'.repeat(1_000_000);
    const doc = page(`<html><head><title>${huge}</title>
      <meta property="og:title" content="${huge}"><meta name="author" content="${huge}">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"${'B'.repeat(100_000)}","author":{"name":"<script>alert(1)<\\/script>"},"__proto__":{"x":1}}</script>
      <script type="application/ld+json">{broken</script>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"${huge}"}</script>
      </head><body><figure><img src=x><figcaption>Photo: ${huge}</figcaption></figure></body></html>`);
    const a = extractAttribution(doc, doc.URL);
    // Capped, whichever source wins (the JSON-LD headline shares no word with the page title).
    expect(a.headline?.value).toMatch(/^(A+|B+)…$/);
    expect(a.headline?.value.length).toBeLessThanOrEqual(400);
    // Markup is never an author (issue 20): the JSON-LD name is dropped, the capped meta author stands.
    expect(a.authors.map((p) => p.value.name).join(' ')).not.toMatch(/<\s*[a-z/]/i);
    for (const p of a.authors) expect(p.value.name.length).toBeLessThanOrEqual(160);
    for (const c of a.credits) {
      expect(c.text.length).toBeLessThanOrEqual(400);
      expect((c.who ?? '').length).toBeLessThanOrEqual(160);
    }
  });

  it('drops javascript: author and licence URLs and bidi controls in names', () => {
    const doc = page(
      `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"h\u202Eevil","author":{"@type":"Person","name":"Eve","url":"javascript:alert(1)"},"license":"javascript:alert(2)"}</script></head><body></body></html>`,
    );
    const a = extractAttribution(doc, doc.URL);
    expect(a.headline?.value).toBe('hevil');
    expect(a.authors[0]?.value).toEqual({ name: 'Eve', kind: 'person' });
    expect(a.license?.value.url).toBeUndefined();
  });

  it('wrong JSON-LD types give fewer fields, not errors', () => {
    const doc = page(
      `<html><head><script type="application/ld+json">[null, 1, "x", {"@type": 5}, {"@type":"NewsArticle","headline":["Title in an array"],"author":[null,{"name":{"@value":"Val Name"}},7],"datePublished":{"x":1}}]</script></head><body></body></html>`,
    );
    const a = extractAttribution(doc, doc.URL);
    expect(a.headline?.value).toBe('Title in an array');
    expect(a.authors.map((p) => p.value.name)).toEqual(['Val Name']);
    expect(a.datePublished).toBeUndefined();
  });

  it('a document with no body or head still gives the page address', () => {
    const doc = new JSDOM('').window.document;
    doc.documentElement.replaceChildren();
    const a = extractAttribution(doc, 'https://news.example/x');
    expect(a.canonicalUrl).toEqual({ value: 'https://news.example/x', source: 'url' });
    expect(a.credits).toEqual([]);
  });
});

describe('a structured headline that is not this page’s', () => {
  const rail = (n: number) =>
    Array.from({ length: n }, (_, i) => `<li itemscope itemtype="https://schema.org/NewsArticle"><h3 itemprop="headline">Other story number ${i} about the harbour</h3></li>`).join('');

  it('skips a teaser’s microdata headline in a rail, which shares no words with the page title', () => {
    const doc = page(
      `<html><head><title>County police blotters - Heartland Daily</title></head><body><aside><ul>${rail(3)}</ul></aside><article><h1>County police blotters</h1><p>Text.</p></article></body></html>`,
    );
    expect(extractAttribution(doc, doc.URL, { title: 'County police blotters' }).headline).toEqual({ value: 'County police blotters', source: 'document' });
  });

  it('skips a JSON-LD headline that is a description of the subject, not the page’s title', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Article', name: 'New Zealand', headline: 'constitutional monarchy in Oceania' });
    const doc = page(`<html><head><title>New Zealand - Wikipedia</title><script type="application/ld+json">${ld}</script></head><body><h1>New Zealand</h1><p>Text.</p></body></html>`);
    expect(extractAttribution(doc, doc.URL, { title: 'New Zealand' }).headline?.value).toBe('New Zealand');
  });

  it('keeps a structured headline that agrees with the page title, site name aside', () => {
    const doc = page(
      `<html><head><title>Outside the web: standalone binaries · V8 blog</title></head><body><article itemscope itemtype="https://schema.org/BlogPosting"><h1 itemprop="headline">Outside the web: standalone binaries</h1></article></body></html>`,
    );
    expect(extractAttribution(doc, doc.URL, { title: 'standalone binaries' }).headline).toEqual({ value: 'Outside the web: standalone binaries', source: 'document' });
  });

  it('keeps the page’s own h1 headline even when its title is written for search engines', () => {
    const doc = page(
      `<html><head><title>The modern ambitions behind neon - CityLab</title></head><body><article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Why Neon Is the Ultimate Symbol of the 20th Century</h1></article></body></html>`,
    );
    expect(extractAttribution(doc, doc.URL, { title: 'The modern ambitions behind neon' }).headline).toEqual({ value: 'Why Neon Is the Ultimate Symbol of the 20th Century', source: 'document' });
  });

  it('takes the structured headline when the page has no title of its own to check it against', () => {
    const doc = page(`<html><head></head><body><div itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="headline">Harbour reopens after storm</span></div></body></html>`);
    expect(extractAttribution(doc, doc.URL).headline).toEqual({ value: 'Harbour reopens after storm', source: 'microdata' });
  });
});
