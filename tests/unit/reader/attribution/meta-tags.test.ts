import { describe, expect, it } from 'vitest';
import { collectMeta, readCitation, readDublinCore, readOpenGraph, readParsely, readPlainMeta, readTwitter } from '../../../../src/reader/attribution/meta-tags';

function metaOf(head: string) {
  const doc = document.implementation.createHTMLDocument('t');
  doc.head.innerHTML = head; // test fixture markup, written here
  return collectMeta(doc);
}

describe('meta readers', () => {
  it('Open Graph and article:*', () => {
    const facts = readOpenGraph(
      metaOf(`
      <meta property="og:title" content="OG title"><meta property="og:site_name" content="Site">
      <meta property="og:url" content="https://s.example/a"><meta property="og:locale" content="de_DE">
      <meta property="article:published_time" content="2024-05-06T07:08:09+02:00">
      <meta property="article:modified_time" content="2024-05-07">
      <meta property="article:section" content="Politik">
      <meta property="article:author" content="https://facebook.com/someone">
      <meta property="article:author" content="Jane Doe">`),
    );
    expect(facts).toEqual({
      headline: 'OG title',
      siteName: 'Site',
      canonicalUrl: 'https://s.example/a',
      language: 'de-DE',
      datePublished: '2024-05-06T07:08:09+02:00',
      dateModified: '2024-05-07',
      section: 'Politik',
      authors: [{ name: 'Jane Doe' }],
    });
  });

  it('og:url with a javascript: scheme is dropped', () => {
    expect(readOpenGraph(metaOf('<meta property="og:url" content="javascript:alert(1)">')).canonicalUrl).toBeUndefined();
  });

  it('twitter:* with the "Written by" label pair', () => {
    const facts = readTwitter(metaOf(`<meta name="twitter:title" content="T"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Doe">`));
    expect(facts).toEqual({ headline: 'T', authors: [{ name: 'Jane Doe' }] });
  });

  it('meta author, byl and date names', () => {
    expect(readPlainMeta(metaOf('<meta name="byl" content="By Jane Doe and John Roe"><meta name="pubdate" content="20240506">'))).toMatchObject({
      authors: [{ name: 'Jane Doe' }, { name: 'John Roe' }],
      datePublished: '2024-05-06',
    });
  });

  it('Dublin Core', () => {
    expect(
      readDublinCore(
        metaOf(`<meta name="DC.title" content="DC t"><meta name="DC.creator" content="Doe, Jane"><meta name="DC.creator" content="Roe, John">
      <meta name="DCTERMS.issued" content="2020-01-02"><meta name="DC.publisher" content="Uni Press"><meta name="DC.rights" content="https://creativecommons.org/licenses/by/4.0/">`),
      ),
    ).toEqual({
      headline: 'DC t',
      authors: [{ name: 'Doe, Jane' }, { name: 'Roe, John' }],
      datePublished: '2020-01-02',
      publisher: { name: 'Uni Press' },
      license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    });
  });

  it('Highwire citation_*', () => {
    expect(
      readCitation(
        metaOf(`<meta name="citation_title" content="Paper"><meta name="citation_author" content="Doe, Jane"><meta name="citation_author" content="Roe, John">
      <meta name="citation_publication_date" content="2019/03/12"><meta name="citation_journal_title" content="J. Things">`),
      ),
    ).toEqual({
      headline: 'Paper',
      authors: [{ name: 'Doe, Jane' }, { name: 'Roe, John' }],
      datePublished: '2019-03-12',
      publisher: { name: 'J. Things' },
    });
  });

  it('Parse.ly tags and the parsely-page JSON, tolerating broken JSON', () => {
    expect(readParsely(metaOf(`<meta name="parsely-title" content="P"><meta name="parsely-author" content="Jane Doe"><meta name="parsely-pub-date" content="2021-02-03T04:05:06Z">`))).toEqual({
      headline: 'P',
      authors: [{ name: 'Jane Doe' }],
      datePublished: '2021-02-03T04:05:06Z',
    });
    const page = JSON.stringify({ title: 'PP', authors: ['A One', 'B Two'], pub_date: '2021-02-03', section: 'S', link: 'https://p.example/x', __proto__: { title: 'evil' } });
    const doc = document.implementation.createHTMLDocument('t');
    const m = doc.createElement('meta');
    m.setAttribute('name', 'parsely-page');
    m.setAttribute('content', page);
    doc.head.append(m);
    expect(readParsely(collectMeta(doc))).toEqual({ headline: 'PP', authors: [{ name: 'A One' }, { name: 'B Two' }], datePublished: '2021-02-03', section: 'S', canonicalUrl: 'https://p.example/x' });
    expect(readParsely(metaOf(`<meta name="parsely-page" content="{broken">`))).toEqual({});
  });
});
