/**
 * Issue 20, session 14: classes of author misses on the dev corpora, each on fixtures written for
 * this project (hostile values included) — a header line of a date and a name, a login name after
 * "Verfasst von:" with the date on the same line, an author card whose link holds the photo and
 * its credit, a byline element named in another language ("autor"), a header byline that names
 * only the site over a "Written by:" line, Readability's lone "person" against the visible
 * organisation, and the name that signs an article at its end.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { BODY, extract, names } from '../../helpers/attribution-fixture';
import { extractAttribution } from '../../../../src/reader/attribution/extract-attribution';
import { bylineHandle, namesFromByline } from '../../../../src/reader/attribution/person-names';
import { bylinePart } from '../../../../src/reader/attribution/byline-lines';
import { readSignature, signatureName } from '../../../../src/reader/attribution/signature';
import { dateAboveHeadline } from '../../../../src/reader/attribution/page-header';

const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
const PROSE = (text: string) => `<p>${text} ${'The ferry timetable changes with the season and the weather. '.repeat(3)}</p>`;
const NOW = Date.UTC(2026, 0, 20);

describe('a header line of a date, a time and a name', () => {
  it('reads the name after the date parts set off before it', () => {
    const a = extract(`<html><body><div><small>04.02.2022 | 13:10 Uhr | Uta Sommerfeld</small><h1>Harbour reopens after the storm</h1>${BODY}</div></body></html>`);
    expect(names(a)).toEqual(['Uta Sommerfeld']);
  });

  it('takes no category, sentence or markup for a name', () => {
    for (const line of ['04.02.2022 | News', '04.02.2022 | the harbour is open again', '04.02.2022 | <img src=x onerror=alert(1)>', '04.02.2022 | 13:10 Uhr', '04.02.2022 | Harbour: Ferries 2']) {
      const a = extract(`<html><body><div><small>${line.replace(/</g, '&lt;')}</small><h1>Harbour reopens after the storm</h1>${BODY}</div></body></html>`);
      expect(names(a), line).toEqual([]);
    }
  });
});

describe('a login name after a prefix with a label colon and the date on the line', () => {
  it('reads the handle up to the separator', () => {
    expect(bylineHandle('Verfasst von: harbourfox | 31. Dezember 2008')).toBe('harbourfox');
    expect(bylineHandle('by harbourfox on 31 December 2008')).toBe('harbourfox');
  });

  it('takes it from the header and not the comment form’s label Readability reads', () => {
    const doc = new JSDOM(
      `<html><body><div class="title"><small>Verfasst von: <strong>harbourfox</strong> | 31. Dezember 2008</small><h2>Ratschläge geben</h2></div>${BODY}
      <form><label>Name (erforderlich)</label></form></body></html>`,
      { url: 'https://harbour.example/2008/12/31/ratschlaege/' },
    ).window.document;
    const a = extractAttribution(doc, doc.URL, { title: 'Ratschläge geben', byline: 'Name (erforderlich)' }, NOW);
    expect(a.authors.map((p) => p.value.name)).toEqual(['harbourfox']);
  });
});

describe('an author card whose link holds the photo and its credit', () => {
  it('names the person without the photo’s credit', () => {
    const a = extract(`<html><body><article><div class="article-heading"><h1>Harbour reopens after the storm</h1>
      <a href="/autoren/jane-doe-123"><span class="pic"><picture><img src="/j.jpg" alt=""></picture><span class="copyright">© Jane Doe</span></span><span>Jane Doe</span></a>
      </div>${BODY}</article></body></html>`);
    expect(a.authors.map((p) => p.value)).toEqual([{ name: 'Jane Doe', url: 'https://news.example/autoren/jane-doe-123' }]);
  });

  it('takes nothing from a link that holds only a picture and a credit', () => {
    const a = extract(`<html><body><article><h1>Harbour reopens after the storm</h1>
      <a href="/autoren/jane-doe-123"><span><img src="/j.jpg" alt=""><span>© Jane Doe</span></span></a>${BODY}</article></body></html>`);
    expect(names(a)).toEqual([]);
  });
});

describe('a byline element named in another language', () => {
  it('reads the name from div.autor over the site JSON-LD names as author', () => {
    const a = extract(
      `<html><head><meta property="og:site_name" content="Harbour News">${ld({ '@type': 'NewsArticle', headline: 'Harbour reopens', author: { '@type': 'Person', name: 'Harbour News' } })}</head>
      <body><h1>Harbour reopens</h1><div class="autor"><h6>Jacobo Betancur Peláez | Publicado hace 3 horas</h6></div>${BODY}</body></html>`,
    );
    expect(names(a)).toEqual(['Jacobo Betancur Peláez']);
  });
});

describe('a header byline that names only the site', () => {
  const page = (line: string) =>
    extract(`<html><head><meta property="og:site_name" content="The Harbour Press"></head><body><article><h1>Harbour reopens after the storm</h1>
      <div class="byline"><a href="/author/admin/">The Harbour Press</a></div>
      <div class="content"><p><em>Courtesy of Ferry News</em></p><p><em>${line}</em></p>${BODY}</div></article></body></html>`);

  it('asks the article’s byline line, which names the person', () => {
    expect(names(page('Written by: <a href="https://ferry.example/x">Julie Marsh</a>'))).toEqual(['Julie Marsh']);
  });

  it('keeps the site, marked as an organisation, when no line names a person', () => {
    const a = page('Photos by the harbour office');
    expect(a.authors.map((p) => p.value)).toEqual([{ name: 'The Harbour Press', url: 'https://news.example/author/admin/', kind: 'organization' }]);
  });
});

describe('Readability’s lone byline against the organisation the visible byline names', () => {
  const doc = () =>
    new JSDOM(
      `<html><head><meta property="og:site_name" content="Harbour Office">${ld({ '@type': 'NewsArticle', headline: 'Harbour reopens', author: { '@type': 'Organization', name: 'Harbour Office Team' } })}</head>
      <body><header class="post-header"><h1>Harbour reopens</h1><div class="post-author">Harbour Office Team</div></header>${BODY}</body></html>`,
      { url: 'https://harbour-office.example/news/reopens' },
    ).window.document;

  it('keeps the organisation over a control label only Readability reads', () => {
    const d = doc();
    const a = extractAttribution(d, d.URL, { title: 'Harbour reopens', byline: 'Alle Beiträge' }, NOW);
    expect(a.authors.map((p) => p.value.name)).toEqual(['Harbour Office Team']);
  });

  it('takes the person when another source names them too', () => {
    const d = doc();
    d.head.insertAdjacentHTML('beforeend', '<meta name="author" content="Jay Bern">');
    const a = extractAttribution(d, d.URL, { title: 'Harbour reopens', byline: 'Jay Bern' }, NOW);
    expect(a.authors.map((p) => p.value.name)).toEqual(['Jay Bern']);
  });
});

describe('a date line right above the headline', () => {
  const page = (above: string) => new JSDOM(`<html><body><div class="date-outer">${above}<div class="post"><h3>Harbour reopens after the storm</h3>${BODY}</div></div></body></html>`).window.document;

  it('reads the day of a short line before the headline', () => {
    expect(dateAboveHeadline(page('<h2 class="date-header"><span>Samstag, 5. Oktober 2013</span></h2>').querySelector('h3') as Element)).toBe('2013-10-05');
    expect(dateAboveHeadline(page('<div>14. Februar 2012 <a>Drucken</a></div>').querySelector('h3') as Element)).toBe('2012-02-14');
  });

  it('takes no date past a heading, a prose block or in the chrome', () => {
    expect(dateAboveHeadline(page('<p>5. Oktober 2013</p><h2>Other story</h2>').querySelector('h3') as Element)).toBeUndefined();
    expect(dateAboveHeadline(page(`<p>5. Oktober 2013</p><p>${'Some other text of the page. '.repeat(3)}</p>`).querySelector('h3') as Element)).toBeUndefined();
    expect(dateAboveHeadline(page('<nav><a>5. Oktober 2013</a></nav>').querySelector('h3') as Element)).toBeUndefined();
  });

  it('is the last resort for the date', () => {
    const html = (head: string) =>
      `<html><head>${head}</head><body><h2 class="date-header">Samstag, 5. Oktober 2013</h2><div class="post"><h1>Harbour reopens after the storm</h1>${BODY}</div></body></html>`;
    expect(extract(html('')).datePublished).toEqual({ value: '2013-10-05', source: 'page-text' });
    expect(extract(html('<meta property="article:published_time" content="2013-10-04T10:00:00+02:00">')).datePublished?.value).toBe('2013-10-04T10:00:00+02:00');
  });
});

describe('an author field of a web address and its place', () => {
  it('reads the place after a web address as no author', () => {
    expect(namesFromByline('harbour-news.de, Frankfurt, Germany')).toEqual(['harbour-news.de']);
    expect(namesFromByline('Jane Doe, John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(namesFromByline('Smith, Jones')).toEqual(['Smith', 'Jones']);
  });

  it('lets the source the article names stand for it', () => {
    const a = extract(`<html><head><meta name="author" content="harbour-news.de, Frankfurt, Germany"></head><body><h1>Harbour reopens after the storm</h1>
      <article>${PROSE('The harbour reopened.')}${PROSE('Ferries run again.')}<footer><p>Quelle: harbour-news.de/bb</p></footer></article></body></html>`);
    expect(a.authors.map((p) => p.value)).toEqual([{ name: 'harbour-news.de/bb', kind: 'organization' }]);
  });
});

describe('a sentence that ends in the byline, and a sign-in link named "authorization"', () => {
  it('reads the name a closing sentence gives, its credential and role left out', () => {
    const a = extract(
      `<html><body><h1>Harbour reopens after the storm</h1><main>${BODY}<p><em>This post was written by <a href="/d/jane">Jane Doe, MD</a>, harbour physician.</em></p></main></body></html>`,
    );
    expect(names(a)).toEqual(['Jane Doe']);
    expect(bylinePart('This post was written by Jane Doe')).toBe('Jane Doe');
    expect(bylinePart('The post that was written by someone else yesterday in the long harbour debate')).toBeUndefined();
  });

  it('takes no sign-in link for a byline element', () => {
    const a = extract(`<html><body><header><a class="authorization-link" href="/login">Sign In</a></header><h1>Harbour reopens after the storm</h1>
      <div class="post-meta"><a href="/u/ray">By: Ray Anders</a></div>${BODY}</body></html>`);
    expect(names(a)).toEqual(['Ray Anders']);
  });
});

describe('an avatar beside a link to the person, and someone introduced as other than the author', () => {
  it('reads the login name a community post shows beside its avatar', () => {
    const a = extract(`<html><body><article><header><h1>Harbour coffee for 4,80 €</h1><div class="meta"><img class="avatar" src="/a.jpg" alt="Profilbild">
      <a href="/users/?u=79">HarbourFox</a> 18.10.2019, 15:07 Uhr</div></header>${BODY}</article></body></html>`);
    expect(a.authors.map((p) => p.value)).toEqual([{ name: 'HarbourFox', url: 'https://news.example/users/?u=79' }]);
  });

  it('takes no date or markup beside an avatar, and none in the comments', () => {
    const html = (after: string) =>
      `<html><body><article><header><h1>Harbour coffee</h1><div class="meta"><img class="avatar" src="/a.jpg"><a href="/u/1">${after}</a></div></header>${BODY}
      <div class="comments"><img class="avatar" src="/b.jpg"><a href="/u/2">Commenter</a></div></article></body></html>`;
    expect(names(extract(html('18.10.2019')))).toEqual([]);
    expect(names(extract(html('&lt;svg onload=alert(1)&gt;')))).toEqual([]);
  });

  it('takes the author over the person who updated the piece', () => {
    const a = extract(`<html><body><h1>Your harbour checklist</h1><div class="byline-authors"><span class="author-name">By <a href="/people/ben-p/">Ben Preston</a></span>
      <span itemprop="author" class="byline-contributors">Updated by <span class="byline-name"><a href="/people/jon-l/">Jon Lin</a></span></span></div>${BODY}</body></html>`);
    expect(names(a)).toEqual(['Ben Preston']);
    const b = extract(`<html><body><h1>Your harbour checklist</h1><p class="byline">Jane Doe, Senior Editor</p>${BODY}</body></html>`);
    expect(names(b)[0]).toBe('Jane Doe');
  });
});

describe('the day in the small block around a byline line', () => {
  it('reads the publication from "Posted on … Updated at …" beside the line', () => {
    const a = extract(`<html><body><main><h1>What is a harbour course?</h1><div class="hero">${'<span>Start free trial</span> '.repeat(3)}</div>${BODY}
      <div class="meta"><span>Posted on Nov 21, 2018</span> <span>Updated at Dec 10, 2025</span> <span>Reading time 5 Minutes</span> <p>Written by Eliz - Product marketer</p></div>${BODY}</main></body></html>`);
    expect(names(a)).toEqual(['Eliz']);
    expect(a.datePublished).toEqual({ value: '2018-11-21', source: 'page-text' });
  });
});

describe('a byline line set off by a rule of dashes', () => {
  it('reads the name after the dashes', () => {
    expect(bylinePart('---- by Kenneth Sorel')).toBe('by Kenneth Sorel');
    expect(bylinePart('— By Jane Doe')).toBe('By Jane Doe');
    expect(bylinePart('---- the end')).toBeUndefined();
  });
});

describe('the name that signs an article at its end', () => {
  const page = (signature: string, after = '') =>
    new JSDOM(`<html><body><h1>Harbour reopens after the storm</h1><div class="text">${PROSE('The harbour reopened.')}${PROSE('Ferries run again.')}${signature}${after}</div>
      <div class="more"><p>${'Other stories from the coast and the islands. '.repeat(4)}</p></div></body></html>`).window.document;
  const read = (d: Document) => readSignature(d, undefined, d.querySelector('h1') ?? undefined);

  it('reads a name set off by emphasis, alignment or a role under it, in any language', () => {
    expect(read(page('<p><strong>Marina Fischer</strong></p>'))).toBe('Marina Fischer');
    expect(read(page('<p align="right"><em><font size="2">Denis Lebrun</font></em></p>'))).toBe('Denis Lebrun');
    expect(read(page('<p>Kazım TÜRKER<br>Vorsitzender des Vereins</p>'))).toBe('Kazım TÜRKER');
    expect(read(page('<p><em>Ludwig van Brook</em></p>'))).toBe('Ludwig van Brook');
  });

  it('lets footnotes follow it', () => {
    expect(read(page('<p><em>Denis Lebrun</em></p>', `<p>(1) ${'These figures come from the statistics office. '.repeat(4)}</p>`))).toBe('Denis Lebrun');
  });

  it('takes no line the article goes on after, no bare line, no sentence, label or markup', () => {
    expect(read(page('<p><strong>Next Steps</strong></p>', PROSE('The harbour office plans more.')))).toBeUndefined();
    expect(read(page('<p>Marina Fischer</p>'))).toBeUndefined();
    for (const line of ['Thank you for reading.', 'Weitere Informationen:', 'Jane Doe (2021)', '&lt;img src=x onerror=alert(1)&gt; Jane', 'Jane', 'Read more at the harbour office today']) {
      expect(read(page(`<p><strong>${line}</strong></p>`)), line).toBeUndefined();
    }
  });

  it('takes no subheading: not one under a heading, nor one over a list', () => {
    expect(read(page('<h4>More projects:</h4><p align="center"><strong>Simple Summer Porch</strong></p>'))).toBeUndefined();
    expect(read(page('<p><strong>Key Takeaways</strong></p>', '<ul><li>Ferries run again.</li><li>The harbour is open.</li></ul>'))).toBeUndefined();
  });

  it('takes none inside a quote, a figure, a list, an aside or the comments', () => {
    for (const [open, close] of [
      ['<blockquote>', '</blockquote>'],
      ['<figure>', '</figure>'],
      ['<aside>', '</aside>'],
      ['<div class="comments">', '</div>'],
    ]) {
      const d = new JSDOM(`<html><body><h1>Harbour</h1>${open}${PROSE('Quoted.')}<p><strong>Marina Fischer</strong></p>${close}</body></html>`).window.document;
      expect(read(d), open).toBeUndefined();
    }
  });

  it('is the author when no source names a person, and never over a named author', () => {
    const html = (head: string) =>
      `<html><head>${head}</head><body><h1>Harbour reopens after the storm</h1><div class="text">${PROSE('The harbour reopened.')}${PROSE('Ferries run again.')}<p><strong>Marina Fischer</strong></p></div></body></html>`;
    expect(names(extract(html('')))).toEqual(['Marina Fischer']);
    expect(names(extract(html(ld({ '@type': 'NewsArticle', headline: 'Harbour reopens after the storm', author: { '@type': 'Person', name: 'Jane Doe' } }))))).toEqual(['Jane Doe']);
  });

  it('checks a name’s words', () => {
    expect(signatureName('— Jane Doe')).toBe('Jane Doe');
    expect(signatureName('J. R. Doe')).toBe('J. R. Doe');
    expect(signatureName('Jane doe')).toBeUndefined();
    expect(signatureName('Read More Now.')).toBeUndefined();
    expect(signatureName('Jane Doe, MD')).toBeUndefined();
  });
});
