/**
 * Issue 20, session 19: a lone first name expanded on a second witness, and a newsroom named for
 * the author, on fixtures written for this project (hostile values included).
 */
import { describe, expect, it } from 'vitest';
import { BODY, extract, names } from '../../helpers/attribution-fixture';
import { openingName, wholeOfFirstName } from '../../../../src/reader/attribution/full-name';

const ld = (author: unknown) =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'BlogPosting', headline: 'Fitting tubeless tyres at home', author })}</script>`;
const page = (head: string, body: string) => `<html><head>${head}</head><body><article><h1>Fitting tubeless tyres at home</h1>${BODY}${body}</article></body></html>`;

describe('the whole name a person’s own description opens with', () => {
  it('is the lone name and one or two capitalised words, set off by punctuation, a lower-case word or the end', () => {
    expect(openingName('Stefanus', 'Stefanus Stahl - Maschinenbauer, Abenteurer und Projektleiter.')).toBe('Stefanus Stahl');
    expect(openingName('Jane', 'Jane Doe is a writer in Leeds')).toBe('Jane Doe');
    expect(openingName('Jane', 'Jane Doe-Roe, editor')).toBe('Jane Doe-Roe');
    expect(openingName('Jane', 'Jane Doe')).toBe('Jane Doe');
  });

  it('is nothing when the description does not open with the name and more, or runs on in capitals', () => {
    expect(openingName('Jane', 'Jane is a writer in Leeds')).toBeUndefined();
    expect(openingName('Jane', 'Writer Jane Doe lives in Leeds')).toBeUndefined();
    expect(openingName('Jane', 'Jane Doe Maschinenbauer Abenteurer Projektleiter')).toBeUndefined();
    expect(openingName('jane', 'jane doe, writer')).toBeUndefined();
    expect(openingName('<b>', '<b> Doe, writer')).toBeUndefined();
  });
});

describe('a lone first name the page writes out, on a second witness', () => {
  it('takes the description’s whole name when the page writes it', () => {
    expect(wholeOfFirstName('Über den Autor Stefanus Stahl - Maschinenbauer', 'Stefanus', { described: ['Stefanus Stahl'] })).toBe('Stefanus Stahl');
    // Not written on the page: the structured data alone does not rename the visible byline.
    expect(wholeOfFirstName('Von Stefanus', 'Stefanus', { described: ['Stefanus Stahl'] })).toBeUndefined();
    // Another person's description.
    expect(wholeOfFirstName('Jane Doe und Stefanus', 'Stefanus', { described: ['Jane Doe'] })).toBeUndefined();
  });

  it('takes the first name with the word the site’s address spells', () => {
    expect(wholeOfFirstName('Foto: Archiv, Ausschnitt: Henry Steinhau. Mehr', 'Henry', { siteKey: 'steinhau' })).toBe('Henry Steinhau');
    expect(wholeOfFirstName('About Jane Doerflinger', 'Jane', { siteKey: 'janedoerflinger' })).toBe('Jane Doerflinger');
  });

  it('takes nothing without a witness, from a short address, or when two whole names qualify', () => {
    // The capitalised word after a first name alone is as often a noun or a month.
    expect(wholeOfFirstName('Kristen March 2020', 'Kristen', {})).toBeUndefined();
    expect(wholeOfFirstName('Kristen March 2020', 'Kristen', { siteKey: 'kristenblog' })).toBeUndefined();
    expect(wholeOfFirstName('Jo Doe wrote', 'Jo', { siteKey: 'doe' })).toBeUndefined();
    expect(wholeOfFirstName('Jane Doerflinger and Jane Roe', 'Jane', { described: ['Jane Roe'], siteKey: 'doerflinger' })).toBeUndefined();
    expect(wholeOfFirstName('henry steinhau', 'henry', { siteKey: 'steinhau' })).toBeUndefined();
  });

  it('shows the whole name for a first name from structured data whose own description opens with it', () => {
    const a = extract(
      page(
        ld({ '@type': 'Person', name: 'Stefanus', description: 'Stefanus Stahl - Maschinenbauer und Abenteurer.' }),
        '<div class="author-box"><p>Stefanus</p><p>Stefanus Stahl - Maschinenbauer und Abenteurer.</p></div>',
      ),
    );
    expect(names(a)).toEqual(['Stefanus Stahl']);
  });

  it('keeps the first name when the description is hidden markup or says nothing more', () => {
    const hidden = page(ld({ '@type': 'Person', name: 'Stefanus', description: 'Stefanus Stahl - Maschinenbauer.' }), '<script>var bio = "Stefanus Stahl - Maschinenbauer.";</script>');
    expect(names(extract(hidden))).toEqual(['Stefanus']);
    const plain = page(ld({ '@type': 'Person', name: 'Stefanus', description: 'Maschinenbauer und Abenteurer.' }), '<p>Stefanus Stahl fährt seit 2002.</p>');
    expect(names(extract(plain))).toEqual(['Stefanus']);
    const hostile = page(ld({ '@type': 'Person', name: 'Stefanus', description: 'Stefanus <img src=x onerror=alert(1)>' }), '<p>Stefanus &lt;img src=x onerror=alert(1)&gt;</p>');
    expect(names(extract(hostile))).toEqual(['Stefanus']);
  });

  it('shows the whole name for a first name an author link gives on a site whose address spells the family name', () => {
    const html = page('', '<p class="meta">Von <a rel="author" href="/author/henry/">Henry</a></p><figure><figcaption>Ausschnitt: Henry Steinhau</figcaption></figure>');
    expect(names(extract(html, 'https://www.steinhau.example/blog/einmal-zahlen/'))).toEqual(['Henry Steinhau']);
    expect(names(extract(html, 'https://www.harbour.example/blog/einmal-zahlen/'))).toEqual(['Henry']);
  });
});

describe('a newsroom named for the author', () => {
  const news = (author: unknown, body: string) =>
    `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Hafen wieder offen', author })}</script></head><body><article><h1>Hafen wieder offen</h1>${body}</article></body></html>`;

  it('gives way to the source the article names, marked an organisation', () => {
    const a = extract(news({ '@type': 'Person', name: 'Redaktion' }, `${BODY}<p>${'Der Hafen bleibt bis Mai geöffnet, hieß es aus der Stadt. '.repeat(4)}(FR mit dpa)</p>`));
    expect(a.authors.map((p) => p.value)).toEqual([{ name: 'FR mit dpa', kind: 'organization' }]);
  });

  it('gives way to a person another source names', () => {
    const a = extract(news({ '@type': 'Person', name: 'Editorial Team' }, `<p class="byline">By <a href="/team/jane-doe">Jane Doe</a></p>${BODY}`));
    expect(names(a)).toEqual(['Jane Doe']);
  });

  it('is kept, marked an organisation, when nothing else names anyone', () => {
    const a = extract(news({ '@type': 'Person', name: 'Redaktion' }, BODY));
    expect(a.authors.map((p) => p.value)).toEqual([{ name: 'Redaktion', kind: 'organization' }]);
    // A person whose name holds the word is still a person.
    expect(names(extract(news({ '@type': 'Person', name: 'Jane Staff' }, BODY)))).toEqual(['Jane Staff']);
  });
});
