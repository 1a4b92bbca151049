/**
 * Issue 20, second round: what the reader sees around the headline when the page's structure is
 * less tidy — the headline in an <h2>, a kicker inside the <h1>, a byline prefix in its own element
 * or in the body's first line, a UTC time stamp one day off the day printed, and header text that
 * is not a name. Fixtures written for this project, with hostile values.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { BODY, extract, names } from '../../helpers/attribution-fixture';
import { withoutKicker } from '../../../../src/reader/attribution/headline';
import { isBylinePrefix, namesFromByline } from '../../../../src/reader/attribution/person-names';

describe('headline set in a lower heading', () => {
  it('takes an <h2> that is the declared title when the <h1> is the site name, and reads the header after it', () => {
    const a = extract(`<html><head><title>Harbour reopens after the storm</title></head><body>
      <h1 class="site-title"><a href="/">Tide Blog</a></h1>
      <div class="post"><h2 class="post_cat">General</h2><h2 class="post_name">Harbour reopens after the storm</h2>
      <div class="post_meta"><span>·</span> November 22, 2011 <span>·</span><img alt=""><a href="/mail">Email this post</a><span>·</span><a href="/print">Print</a></div>
      ${BODY}</div></body></html>`);
    expect(a.headline).toEqual({ value: 'Harbour reopens after the storm', source: 'document' });
    expect(a.datePublished).toEqual({ value: '2011-11-22', source: 'page-text' });
  });

  it('takes a heading that is one part of the title when the other part is an unnamed site tagline', () => {
    const a = extract(`<html><head><title>Jane’s Digital Home | Harbour reopens to ferries after the storm</title></head><body>
      <div id="header"><a href="/">Jane’s Digital Home</a></div><div class="post"><h2>Harbour reopens to ferries after the storm</h2>${BODY}</div></body></html>`);
    expect(a.headline).toEqual({ value: 'Harbour reopens to ferries after the storm', source: 'document' });
  });

  it('drops the part a pipe sets apart from a declared title, and still knows the visible heading by the whole title', () => {
    const a = extract(`<html><head><title>Harbour reopens after the storm | Opinion</title></head><body><p>x</p></body></html>`);
    expect(a.headline?.value).toBe('Harbour reopens after the storm');
    const b = extract(
      `<html><head><title>2025 ferry cost guide for commuters and tourists | How much is a ferry?</title></head><body><h1>Ferry Blog</h1><article><h2>How much is a ferry?</h2>${BODY}</article></body></html>`,
    );
    expect(b.headline).toEqual({ value: 'How much is a ferry?', source: 'document' });
  });

  it('does not take a section heading that only shares words with the title', () => {
    const a = extract(`<html><head><title>How to start a harbour company in Kiel | Guide</title><meta property="og:site_name" content="Guide"></head><body>
      <div><h2>Why start a harbour company in Kiel</h2>${BODY}</div></body></html>`);
    expect(a.headline?.value).toBe('How to start a harbour company in Kiel');
  });
});

describe('kicker inside the headline element', () => {
  const doc = (h1: string) => new JSDOM(`<h1>${h1}</h1>`).window.document.querySelector('h1') as Element;

  it('leaves out a kicker in its own element when the declared title is the rest', () => {
    const h1 = doc('<span class="label">After the storm</span> Harbour reopens to ferries');
    expect(withoutKicker(h1, 'After the storm Harbour reopens to ferries', ['Harbour reopens to ferries'])).toBe('Harbour reopens to ferries');
    // The declared title may carry the kicker after a colon.
    expect(withoutKicker(h1, 'After the storm Harbour reopens to ferries', ['Storm: Harbour reopens to ferries'])).toBe('Harbour reopens to ferries');
    // Inside one wrapper: <h1><span><small>Kicker</small><br>Headline</span></h1>.
    const wrapped = doc('<span itemprop="headline"><small>Drill of the week</small><br>Pyramid in four strokes</span>');
    expect(withoutKicker(wrapped, 'Drill of the weekPyramid in four strokes', ['Pyramid in four strokes'])).toBe('Pyramid in four strokes');
  });

  it('keeps the heading whole when it is a declared title word for word, or when nothing declared matches the rest', () => {
    const h1 = doc('<span>Harbour reopens</span>: what it means for ferries');
    expect(withoutKicker(h1, 'Harbour reopens: what it means for ferries', ['Harbour reopens: what it means for ferries'])).toBe('Harbour reopens: what it means for ferries');
    const other = doc('<span class="label">Storm</span> Harbour reopens');
    expect(withoutKicker(other, 'Storm Harbour reopens', ['Something else entirely'])).toBe('Storm Harbour reopens');
    expect(withoutKicker(other, 'Storm Harbour reopens', [])).toBe('Storm Harbour reopens');
  });

  it('shows the page’s headline without a glued section label', () => {
    const a = extract(`<html><head><meta property="og:title" content="Harbour reopens after the storm"></head><body><article>
      <h1><span class="kicker">Local News</span> | Harbour reopens after the storm</h1>${BODY}</article></body></html>`);
    expect(a.headline).toEqual({ value: 'Harbour reopens after the storm', source: 'document' });
  });
});

describe('bylines the structure gives away', () => {
  it('reads a prefix in its own element followed by the name', () => {
    expect(isBylinePrefix('By')).toBe(true);
    expect(isBylinePrefix(' Autor: ')).toBe(true);
    expect(isBylinePrefix('Bylines')).toBe(false);
    const a = extract(`<html><body><article><h1>Harbour reopens</h1>
      <div class="b"><span>By</span><span><a href="/about/newsteam/jane-doe">Jane Doe</a></span></div>${BODY}</article></body></html>`);
    expect(names(a)).toEqual(['Jane Doe']);
    const b = extract(`<html><body><article><h1>Hafen wieder offen</h1>
      <div class="meta"><h5>Datum: </h5>03.11.2021 <br><h5>Autor: </h5>Max Muster/SP-X</div>${BODY}</article></body></html>`);
    expect(names(b)).toEqual(['Max Muster/SP-X']);
  });

  it('reads a "Written by" label block followed by the name in the next block, and a person icon before a name', () => {
    const a = extract(`<html><body><article><h1>Harbour reopens</h1>
      <div class="facts"><div><p>Last updated</p><time>Aug 04, 2025</time></div><div><p>Written by</p><p>Jane Doe</p></div></div>${BODY}</article></body></html>`);
    expect(names(a)).toEqual(['Jane Doe']);
    const b = extract(
      `<html><body><article><h2 class="entry-title">Harbour reopens after the storm</h2>
      <ul class="entry-meta"><li><i class="bi bi-person"></i> Jane Doe</li><li><i class="bi bi-clock"></i> 4 min</li></ul>${BODY}</article></body></html>`.replace(
        '<html>',
        '<html><head><title>Harbour reopens after the storm</title></head>',
      ),
    );
    expect(names(b)).toEqual(['Jane Doe']);
    // An icon with text of its own, or an icon that is not a person's, names nobody.
    const c = extract(`<html><body><article><h1>Harbour reopens</h1><ul class="meta"><li><i class="bi bi-clock"></i> Four Minutes</li></ul>${BODY}</article></body></html>`);
    expect(names(c)).toEqual([]);
  });

  it('prefers the byline’s name in words to a login name in the structured data', () => {
    const ld = (author: unknown) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Harbour reopens', author }).replace(/</g, '\\u003c')}</script>`;
    const html = (author: unknown) => `<html><head>${ld(author)}</head><body><article><h1>Harbour reopens</h1><div class="byline">By Jane Doe</div>${BODY}</article></body></html>`;
    expect(names(extract(html({ '@type': 'Person', name: 'admin' })))).toEqual(['Jane Doe']);
    expect(names(extract(html({ '@type': 'Person', name: 'jane.doe' })))).toEqual(['Jane Doe']);
    // A real name in the structured data stays the answer.
    expect(names(extract(html({ '@type': 'Person', name: 'Jane Doe' })))).toEqual(['Jane Doe']);
    expect(extract(html({ '@type': 'Person', name: 'Jane Doe' })).authors[0]?.source).toBe('json-ld');
    // With no byline, the login name is all there is.
    const alone = extract(`<html><head>${ld({ '@type': 'Person', name: 'admin' })}</head><body><article><h1>Harbour reopens</h1>${BODY}</article></body></html>`);
    expect(names(alone)).toEqual(['admin']);
  });

  it('takes every author the byline shows when the structured data names only the first', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Harbour reopens', author: { '@type': 'Person', name: 'Jane Doe' } })}</script>`;
    const a = extract(`<html><head>${ld}</head><body><article><h1>Harbour reopens</h1><div class="byline">By Dr Jane Doe, John Roe and Ann Poe</div>${BODY}</article></body></html>`);
    expect(names(a)).toEqual(['Dr Jane Doe', 'John Roe', 'Ann Poe']);
    // A byline naming someone else does not replace the declared author.
    const b = extract(`<html><head>${ld}</head><body><article><h1>Harbour reopens</h1><div class="byline">By John Roe and Ann Poe</div>${BODY}</article></body></html>`);
    expect(names(b)).toEqual(['Jane Doe']);
    expect(namesFromByline('By')).toEqual([]);
  });

  it('reads "Von … und …" from the body’s first paragraph, up to its line break', () => {
    const a = extract(`<html><body><article><header><h1>Streit ums Feuerholz</h1></header>
      <div class="entry-content"><p><strong>Probleme zwischen Einheimischen und Geflüchteten.</strong></p>
      <p>Von <strong><a href="https://one.example">Anna Berg</a></strong> und <strong><a href="https://two.example">Ben Kurz</a></strong><br>Kakuma/Kenia</p>${BODY}</div></article></body></html>`);
    expect(names(a)).toEqual(['Anna Berg', 'Ben Kurz']);
  });

  it('never takes a date line, a "published on" label or an author box’s bio for a name', () => {
    expect(namesFromByline('Stand: 20. April 2020')).toEqual([]);
    expect(namesFromByline('Publiziert am')).toEqual([]);
    expect(namesFromByline('Jörn Mecher am 15.12.2022')).toEqual(['Jörn Mecher']);
    expect(namesFromByline('4. November 2021')).toEqual([]);
    const a = extract(`<html><body><article><h1>Harbour reopens</h1>${BODY}
      <div class="author-info">The Tide team writes about harbours and ferries. Every week we test new boats &amp; gear for you.</div></article></body></html>`);
    expect(names(a)).toEqual([]);
  });

  it('hostile bylines: markup, huge text and javascript: links give no name or no link', () => {
    const huge = 'Jane '.repeat(20000);
    const a = extract(`<html><body><article><h1>Harbour reopens</h1>
      <p><span>By</span> <a href="javascript:alert(1)">&lt;img src=x onerror=alert(1)&gt;</a></p>
      <div class="byline">${huge}</div>${BODY}</article></body></html>`);
    for (const p of a.authors) {
      expect(p.value.name).not.toMatch(/<\s*[a-z]/i);
      expect(p.value.name.length).toBeLessThanOrEqual(200);
      if (p.value.url) expect(p.value.url).toMatch(/^https?:/);
    }
    const b = extract(`<html><body><article><h1>Harbour reopens</h1><p><span>By</span> <a href="javascript:alert(1)">Jane Doe</a></p>${BODY}</article></body></html>`);
    expect(b.authors.map((p) => p.value)).toEqual([{ name: 'Jane Doe' }]);
  });
});

describe('the day the page prints', () => {
  it('takes the printed day when a UTC time stamp falls on the day after', () => {
    const a = extract(`<html><head><meta property="article:published_time" content="2020-02-25T02:25:54Z"></head><body><article>
      <h1>Harbour reopens</h1><p class="date">February 24, 2020</p>${BODY}</article></body></html>`);
    expect(a.datePublished).toEqual({ value: '2020-02-24', source: 'page-text' });
  });

  it('keeps the declared date when the printed one is further away (another date in the header)', () => {
    const a = extract(`<html><head><meta property="article:published_time" content="2020-02-25T02:25:54Z"></head><body><article>
      <h1>Harbour reopens</h1><p class="date">February 10, 2020</p>${BODY}</article></body></html>`);
    expect(a.datePublished?.value).toBe('2020-02-25T02:25:54Z');
  });

  it('reads a day-first date with a two-digit year beside the headline', () => {
    const a = extract(`<html><body><article><h1>Harbour reopens</h1><div class="submitted"><span>28.01.22</span> / <span>0 comments</span></div>${BODY}</article></body></html>`);
    expect(a.datePublished).toEqual({ value: '2022-01-28', source: 'page-text' });
    const version = extract(`<html><body><article><h1>Harbour reopens</h1><div class="v">Version 1.2.22.5</div>${BODY}</article></body></html>`);
    expect(version.datePublished).toBeUndefined();
  });

  it('a JSON-LD date that is markup or far too long is no date', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Harbour reopens', datePublished: `<b>2020-02-24</b>${'9'.repeat(100000)}` }).replace(/</g, '\\u003c');
    const a = extract(`<html><head><script type="application/ld+json">${ld}</script></head><body><article><h1>Harbour reopens</h1>${BODY}</article></body></html>`);
    expect(a.datePublished).toBeUndefined();
  });
});
