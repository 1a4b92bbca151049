/**
 * Issue 20: the attribution a reader sees on the page. Fixtures written for this project, one per
 * class of miss measured on the corpora (headline, authors, dates), and hostile values.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractAttribution, dateInUrl } from '../../../../src/reader/attribution/extract-attribution';
import { cleanHeadline, isMarkup, withoutSiteName } from '../../../../src/reader/attribution/headline';
import { namesFromByline, startsWithByline } from '../../../../src/reader/attribution/person-names';
import { dateFromText } from '../../../../src/reader/attribution/normalize-date';

const NOW = Date.UTC(2026, 0, 20);

function page(html: string, url = 'https://news.example/world/harbour-story') {
  return new JSDOM(html, { url }).window.document;
}

function extract(html: string, url?: string, readability?: Parameters<typeof extractAttribution>[2]) {
  const doc = page(html, url);
  return extractAttribution(doc, doc.URL, readability, NOW);
}

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;

describe('headline: what the reader sees first', () => {
  it('takes the article’s h1 over a reworded SEO title with a site suffix', () => {
    const a = extract(`<html><head><title>Harbour Reopens: Everything to Know | Expert Guide</title>
      <meta property="og:title" content="Harbour reopens after storm: everything to know | Expert Guide"><meta property="og:site_name" content="Expert Guide"></head>
      <body><header><h1><a href="/">Expert Guide</a></h1></header><article><h1>The harbour reopens after the storm</h1><p>Text.</p></article></body></html>`);
    expect(a.headline).toEqual({ value: 'The harbour reopens after the storm', source: 'document' });
  });

  it('never shows a JSON-LD headline that is markup; the page’s h1 stands', () => {
    const a = extract(`<html><head><title>Harbour reopens - Daily</title>${ld({ '@type': 'NewsArticle', headline: '<svg onload=alert(1)>' })}</head>
      <body><article><h1>Harbour reopens</h1></article></body></html>`);
    expect(a.headline).toEqual({ value: 'Harbour reopens', source: 'document' });
    const noH1 = extract(
      `<html><head><title>Harbour reopens - Daily</title><meta property="og:title" content="Harbour reopens">${ld({ '@type': 'NewsArticle', headline: '<img src=x onerror=alert(1)>' })}</head><body><p>x</p></body></html>`,
    );
    expect(noH1.headline?.value).toBe('Harbour reopens');
    expect(noH1.headline?.source).toBe('open-graph');
  });

  it('keeps a declared title when no visible heading matches it, without its site part', () => {
    const a = extract(`<html><head><title>Harbour reopens after storm | Daily Tide</title><meta property="og:site_name" content="Daily Tide"></head>
      <body><h1>Subscribe to our newsletter</h1><p>Text.</p></body></html>`);
    expect(a.headline?.value).toBe('Harbour reopens after storm');
  });

  it('a site name alone, or a value empty once tags are stripped, is never the headline', () => {
    expect(cleanHeadline('Daily Tide', ['Daily Tide'])).toBe('');
    expect(cleanHeadline('<b></b>', [])).toBe('');
    expect(cleanHeadline('   ', [])).toBe('');
    expect(isMarkup('</title><script>alert(1)</script>')).toBe(true);
    expect(isMarkup('Why 3 < 4 matters')).toBe(false);
    const a = extract(`<html><head><title>Daily Tide</title><meta property="og:site_name" content="Daily Tide"></head><body><p>x</p></body></html>`);
    expect(a.headline).toBeUndefined();
  });

  it('reads the h1 without its screen-reader label', () => {
    const a = extract(`<html><head><title>Energy transition | Institute</title></head><body><h1><span class="visuallyhidden">Headline:</span> Energy transition</h1></body></html>`);
    expect(a.headline).toEqual({ value: 'Energy transition', source: 'document' });
  });

  it('removes site parts at either end only', () => {
    expect(withoutSiteName('Harbour reopens | Expert Guide', ['Expert Guide'])).toBe('Harbour reopens');
    expect(withoutSiteName('Daily Tide – Harbour reopens', ['dailytide.example', 'Daily Tide'])).toBe('Harbour reopens');
    expect(withoutSiteName('Kassel: what happened', ['Daily Tide'])).toBe('Kassel: what happened');
  });
});

describe('authors: every person the page names', () => {
  it('reads a visible "By … and …" byline under the headline when the page has no metadata', () => {
    const a = extract(
      `<html><body><article><h1>Harbour reopens</h1><div class="meta"><span>By Jane Doe and John Roe</span> · <span>5 min read</span></div><p>${'Text. '.repeat(200)}</p></article></body></html>`,
    );
    expect(a.authors.map((p) => p.value.name)).toEqual(['Jane Doe', 'John Roe']);
    expect(a.authors[0]?.source).toBe('byline-element');
  });

  it('reads bylines in other languages', () => {
    for (const [line, name] of [
      ['Von Max Muster', 'Max Muster'],
      ['Par Jeanne Dupont', 'Jeanne Dupont'],
      ['Por María López', 'María López'],
      ['Door Piet de Vries', 'Piet de Vries'],
    ]) {
      const a = extract(`<html><body><article><h1>Harbour</h1><p class="x">${line}</p><p>${'Text. '.repeat(200)}</p></article></body></html>`);
      expect(a.authors.map((p) => p.value.name)).toEqual([name]);
    }
  });

  it('reads author links under the headline, keeping only http(s) profile links', () => {
    const a = extract(
      `<html><body><article><h1>Harbour reopens</h1><p><a href="/author/jane-doe">Jane Doe</a>, <a href="/author/john-roe">John Roe</a></p><p>${'Text. '.repeat(200)}</p></article></body></html>`,
    );
    expect(a.authors.map((p) => p.value)).toEqual([
      { name: 'Jane Doe', url: 'https://news.example/author/jane-doe' },
      { name: 'John Roe', url: 'https://news.example/author/john-roe' },
    ]);
    const hostile = extract(`<html><body><article><h1>Harbour</h1><p>By <a rel="author" href="javascript:alert(1)">Jane Doe</a></p></article></body></html>`);
    expect(hostile.authors.map((p) => p.value)).toEqual([{ name: 'Jane Doe' }]);
  });

  it('prefers a named person to the publisher given as author, and marks an organisation as one', () => {
    const org = { '@type': 'NewsArticle', headline: 'Harbour reopens', author: { '@type': 'Organization', name: 'Daily Tide' }, publisher: { '@type': 'Organization', name: 'Daily Tide' } };
    const a = extract(`<html><head>${ld(org)}</head><body><article><h1>Harbour reopens</h1><p>By Jane Doe</p><p>${'Text. '.repeat(200)}</p></article></body></html>`);
    expect(a.authors.map((p) => p.value.name)).toEqual(['Jane Doe']);
    const alone = extract(`<html><head>${ld(org)}</head><body><article><h1>Harbour reopens</h1><p>${'Text. '.repeat(200)}</p></article></body></html>`);
    expect(alone.authors.map((p) => p.value)).toEqual([{ name: 'Daily Tide', kind: 'organization' }]);
  });

  it('splits off prefixes, credentials and roles', () => {
    expect(namesFromByline('Authored by: Jane Doe, MD, RD')).toEqual(['Jane Doe']);
    expect(namesFromByline('By Tracy Parker, Dietitian')).toEqual(['Tracy Parker']);
    expect(namesFromByline('Jane Doe, John Roe, and Ann Poe')).toEqual(['Jane Doe', 'John Roe', 'Ann Poe']);
    expect(namesFromByline('Linny and Peter')).toEqual(['Linny', 'Peter']);
    expect(startsWithByline('By Jane Doe')).toBe(true);
    expect(startsWithByline('by the harbour, boats wait')).toBe(false);
  });

  it('does not take a medical reviewer for the author', () => {
    const a = extract(`<html><body><article><h1>Harbour</h1><p>Medically reviewed by <a href="/reviewers/ann-poe">Ann Poe</a></p><p>${'Text. '.repeat(200)}</p></article></body></html>`);
    expect(a.authors).toEqual([]);
  });
});

describe('dates: the calendar day the page states', () => {
  const dated = (line: string) => extract(`<html><body><article><h1>Harbour reopens</h1><p>By Jane Doe</p><p>${line}</p><p>${'Text. '.repeat(200)}</p></article></body></html>`);

  it('reads a date written near the byline, in several languages', () => {
    expect(dated('December 17, 2025').datePublished).toEqual({ value: '2025-12-17', source: 'page-text' });
    expect(dated('17. Dezember 2025').datePublished?.value).toBe('2025-12-17');
    expect(dated('17 juillet 2025').datePublished?.value).toBe('2025-07-17');
    expect(dated('17 de dezembro de 2025').datePublished?.value).toBe('2025-12-17');
    expect(dated('17 ottobre 2025').datePublished?.value).toBe('2025-10-17');
    expect(dated('17 maart 2025').datePublished?.value).toBe('2025-03-17');
    expect(dated('17 outubro 2025').datePublished?.value).toBe('2025-10-17');
  });

  it('knows a month only by a name or an abbreviation of one month', () => {
    expect(dateFromText('Mayor 12, 2025')).toBeUndefined();
    expect(dateFromText('12 jui 2025')).toBeUndefined();
    expect(dateFromText('Sept. 3, 2025')).toBe('2025-09-03');
  });

  it('keeps the day as written: an offset is never converted to UTC', () => {
    const a = extract(`<html><head>${ld({ '@type': 'NewsArticle', headline: 'Harbour', datePublished: '2025-12-17T23:30:00-05:00' })}</head><body><h1>Harbour</h1></body></html>`);
    expect(a.datePublished).toEqual({ value: '2025-12-17T23:30:00-05:00', source: 'json-ld' });
  });

  it('reads a dotted day-first date inside a header line, and a lone "Last updated" day', () => {
    expect(dated('Veröffentlicht am 02.02.2022 • Presse').datePublished?.value).toBe('2022-02-02');
    expect(dateFromText('Version 1.2.2022.5')).toBeUndefined();
    const updated = dated('Last updated on 17 December 2025');
    expect(updated.datePublished).toEqual({ value: '2025-12-17', source: 'page-text' });
    expect(updated.dateModified?.value).toBe('2025-12-17');
  });

  it('keeps published and modified apart', () => {
    const a = dated('Published December 1, 2025 · Updated December 17, 2025');
    expect(a.datePublished?.value).toBe('2025-12-01');
  });

  it('rejects dates in the future and takes the next source', () => {
    const a = extract(
      `<html><head>${ld({ '@type': 'NewsArticle', headline: 'Harbour', datePublished: '2031-01-01' })}<meta property="article:published_time" content="2025-12-17"></head><body><h1>Harbour</h1></body></html>`,
    );
    expect(a.datePublished).toEqual({ value: '2025-12-17', source: 'open-graph' });
  });

  it('does not take a date from a related-articles list far from the headline', () => {
    const a = extract(
      `<html><body><article><h1>Harbour reopens</h1><p>${'Text. '.repeat(300)}</p></article><aside><ul><li>Other story <span>December 3, 2025</span></li></ul></aside></body></html>`,
      'https://news.example/harbour',
    );
    expect(a.datePublished).toBeUndefined();
  });

  it('reads a day from a dated address only when it has year, month and day', () => {
    expect(dateInUrl('https://news.example/2025/12/17/harbour/')).toBe('2025-12-17');
    expect(dateInUrl('https://news.example/2025/12/harbour/')).toBeUndefined();
    expect(dateInUrl('https://news.example/2025/13/40/harbour/')).toBeUndefined();
    expect(extract('<html><body><p>x</p></body></html>', 'https://news.example/2025/12/17/harbour').datePublished).toEqual({ value: '2025-12-17', source: 'url' });
  });
});

describe('hostile pages', () => {
  it('a giant h1, deep nesting and markup in every field never throw nor leak markup', () => {
    const deep = '<div>'.repeat(300) + '<h1>' + 'Harbour '.repeat(5000) + '</h1>' + '</div>'.repeat(300);
    const a = extract(
      `<html><head><title><svg onload=alert(1)></title>${ld({ '@type': 'NewsArticle', headline: '<script>x</script>', author: { '@type': 'Person', name: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)' } })}</head><body>${deep}<p>By <a href="javascript:alert(1)" rel="author">&lt;b&gt;Eve</a></p></body></html>`,
    );
    expect(a.headline?.value ?? '').not.toMatch(/<\s*[a-z]/i);
    for (const p of a.authors) {
      expect(p.value.name).not.toMatch(/<\s*[a-z]/i);
      if (p.value.url) expect(p.value.url).toMatch(/^https?:/);
    }
  });
});
