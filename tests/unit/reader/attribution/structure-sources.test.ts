/**
 * Issue 20, session 12: attribution the page states by its structure — a work declared without an
 * article type, microformat dates, ISO days printed for people, datelines, the site's name set as
 * a heading. Fixtures written for this project, with hostile values.
 */
import { describe, expect, it } from 'vitest';
import { BODY, extract, names } from '../../helpers/attribution-fixture';
import { dateFromText } from '../../../../src/reader/attribution/normalize-date';
import { withoutSiteName } from '../../../../src/reader/attribution/headline';

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;

describe('a work declared without an article type', () => {
  it('reads the dates and authors of a Recipe, a HowTo or the WebPage for this address', () => {
    const recipe = extract(
      `<html><head>${ld({ '@type': 'Recipe', name: 'Plum cake', author: { '@type': 'Person', name: 'Jane Doe' }, datePublished: '2006-10-10' })}</head><body><h1>Plum cake</h1>${BODY}</body></html>`,
    );
    expect(names(recipe)).toEqual(['Jane Doe']);
    expect(recipe.datePublished).toEqual({ value: '2006-10-10', source: 'json-ld' });
    const page = extract(
      `<html><head>${ld({
        '@graph': [
          { '@type': 'WebSite', '@id': 'https://news.example/#website', name: 'Daily Tide' },
          { '@type': 'WebPage', '@id': 'https://news.example/world/harbour-story#webpage', datePublished: '2014-03-17T01:44:37+00:00', dateModified: '2018-09-16T06:34:00+00:00' },
        ],
      })}</head><body><h1>Harbour reopens</h1>${BODY}</body></html>`,
    );
    expect(page.datePublished?.value).toBe('2014-03-17T01:44:37+00:00');
    expect(page.dateModified?.value).toBe('2018-09-16T06:34:00+00:00');
  });

  it('leaves the headline to the page, and an article node always wins over a work node', () => {
    const a = extract(
      `<html><head><title>Harbour reopens | Daily Tide</title>${ld([
        { '@type': 'WebPage', url: 'https://news.example/world/harbour-story', name: 'Harbour reopens | Daily Tide', datePublished: '2019-01-01' },
        { '@type': 'NewsArticle', headline: 'Harbour reopens', datePublished: '2020-05-05' },
      ])}</head><body><h1>Harbour reopens</h1>${BODY}</body></html>`,
    );
    expect(a.datePublished?.value).toBe('2020-05-05');
    expect(a.headline?.value).toBe('Harbour reopens');
  });

  it('takes no date from several unrelated works, nor from hostile values', () => {
    const several = extract(
      `<html><head>${ld([
        { '@type': 'WebPage', url: 'https://news.example/a', datePublished: '2019-01-01' },
        { '@type': 'WebPage', url: 'https://news.example/b', datePublished: '2019-02-02' },
      ])}</head><body><h1>Harbour reopens</h1>${BODY}</body></html>`,
    );
    expect(several.datePublished).toBeUndefined();
    const hostile = extract(
      `<html><head>${ld({ '@type': 'Recipe', author: { '@type': 'Person', name: '<img src=x onerror=alert(1)>' }, datePublished: `<b>${'9'.repeat(100_000)}</b>` })}</head><body><h1>Plum cake</h1>${BODY}</body></html>`,
    );
    expect(names(hostile)).toEqual([]);
    expect(hostile.datePublished).toBeUndefined();
  });
});

describe('microformat dates', () => {
  it('reads hAtom’s published abbr and h-entry’s dt-published, keeping the page’s offset', () => {
    const hatom = extract(
      `<html><body><div class="hentry"><h3 class="entry-title">Harbour reopens</h3>${BODY}<a href="/p"><abbr class="published" title="2020-04-28T21:11:00+02:00">21:11</abbr></a></div></body></html>`,
    );
    expect(hatom.datePublished).toEqual({ value: '2020-04-28T21:11:00+02:00', source: 'time-element' });
    const hentry = extract(
      `<html><body><article class="h-entry"><h1>Harbour reopens</h1><data class="dt-updated" datetime="2021-02-01"></data><span class="dt-published" title="2021-01-31">Sunday</span>${BODY}</article></body></html>`,
    );
    expect(hentry.datePublished?.value).toBe('2021-01-31');
    expect(hentry.dateModified?.value).toBe('2021-02-01');
  });

  it('ignores a published class without a machine-readable value, and one in a footer', () => {
    const text = extract(`<html><body><h1>Harbour reopens</h1>${BODY}<span class="published" title="yesterday">yesterday</span></body></html>`);
    expect(text.datePublished).toBeUndefined();
    const footer = extract(`<html><body><h1>Harbour reopens</h1>${BODY}<footer><abbr class="published" title="2020-04-28">x</abbr></footer></body></html>`);
    expect(footer.datePublished).toBeUndefined();
  });
});

describe('days printed for people', () => {
  it('reads an ISO day in text, and splits "Written … / Updated …" into published and modified', () => {
    expect(dateFromText('Written: 2023-11-07 15:03:30')).toBe('2023-11-07');
    expect(dateFromText('2021-10-16 | News')).toBe('2021-10-16');
    expect(dateFromText('Order 12-2023-11-07-44')).toBeUndefined();
    expect(dateFromText('2023-13-40')).toBeUndefined();
    const kbs = extract(
      `<html><body><div class="view"><h1>Harbour reopens</h1><p class="date">Written: 2023-11-07 15:03:30<span class="hidden"> / </span>Updated: 2023-11-08 15:30:46</p></div>${BODY}</body></html>`,
    );
    expect(kbs.datePublished).toEqual({ value: '2023-11-07', source: 'page-text' });
    expect(kbs.dateModified?.value).toBe('2023-11-08');
  });

  it('takes a dateline opening the first paragraph as the last resort', () => {
    const lead = extract(`<html><body><article><h1>Hafen wieder offen</h1><p>29.11.2022 – ${'Der Hafen ist wieder offen, die Fähren fahren. '.repeat(5)}</p></article></body></html>`);
    expect(lead.datePublished).toEqual({ value: '2022-11-29', source: 'page-text' });
    const press = extract(`<html><body><h1>Hafen wieder offen</h1><div><p>Pressemitteilung vom 25. Januar 2022 | Berlin – ${'Der Hafen ist wieder offen. '.repeat(6)}</p></div></body></html>`);
    expect(press.datePublished?.value).toBe('2022-01-25');
    // A declared date wins; a date deep in the paragraph is no dateline; a future one is refused.
    const declared = extract(
      `<html><head><meta property="article:published_time" content="2022-12-05T10:00:00+01:00"></head><body><h1>Hafen</h1><p>29.11.2022 – ${'Der Hafen ist wieder offen. '.repeat(5)}</p></body></html>`,
    );
    expect(declared.datePublished?.value.slice(0, 10)).toBe('2022-12-05');
    const deep = extract(`<html><body><h1>Harbour reopens</h1><p>${'The harbour reopened after the storm, and '.repeat(3)}on 29 November 2022 the ferries ran.</p></body></html>`);
    expect(deep.datePublished).toBeUndefined();
    const future = extract(`<html><body><h1>Harbour reopens</h1><p>29.11.2031 – ${'The harbour reopened after the storm. '.repeat(5)}</p></body></html>`);
    expect(future.datePublished).toBeUndefined();
  });
});

describe('the day beside the byline', () => {
  it('takes the day printed in the byline’s small block when nothing else dates the page', () => {
    const card = extract(
      `<html><body><h2>Harbour reopens</h2><div class="author-card"><div class="resource-author-details"><p>Jane Doe</p><small>December 17, 2025</small></div></div>${BODY}</body></html>`,
    );
    expect(card.datePublished).toEqual({ value: '2025-12-17', source: 'page-text' });
    const dotted = extract(`<html><body><div class="meta"><a class="post-author" href="/authors/jane-doe">Jane Doe</a><span>•</span><span>March 17, 2025</span></div>${BODY}</body></html>`);
    expect(dotted.datePublished?.value).toBe('2025-03-17');
  });

  it('never reads a large block around the byline, nor beats a declared date', () => {
    const large = extract(`<html><body><div><span class="author">Jane Doe</span><p>${'The harbour reopened. '.repeat(30)} March 17, 2025</p></div></body></html>`);
    expect(large.datePublished).toBeUndefined();
    const declared = extract(
      `<html><head><meta name="published" content="July 17, 2025"></head><body><div><span class="author">Jane Doe</span> <small>March 17, 2025</small></div>${BODY}</body></html>`,
    );
    expect(declared.datePublished).toEqual({ value: '2025-07-17', source: 'meta' });
  });
});

describe('the site’s name set as a heading', () => {
  it('never takes a heading that links to the home page for the headline', () => {
    const blog = extract(`<html><head><title>Harbour reopens | Tide Notes</title></head><body><header><h1><a href="/">Tide Notes</a></h1></header>
      <div class="post"><h1 class="entry-title">Harbour reopens</h1>${BODY}</div></body></html>`);
    expect(blog.headline?.value).toBe('Harbour reopens');
    // The theme's site name is the site's name when cleaning the declared titles too.
    const h2 = extract(`<html><head><title>Tide Notes » Blog Archive » Harbour reopens after the storm</title></head><body>
      <h1><a href="https://news.example/">Tide Notes</a></h1><div class="post"><h2>Harbour reopens after the storm</h2>${BODY}</div></body></html>`);
    expect(h2.headline?.value).toBe('Harbour reopens after the storm');
    // A headline that links to its own article is still the headline.
    const own = extract(`<html><body><h1><a href="/world/harbour-story">Harbour reopens</a></h1>${BODY}</body></html>`);
    expect(own.headline?.value).toBe('Harbour reopens');
    const ownTitled = extract(`<html><head><title>Harbour reopens</title></head><body><h1><a href="/world/harbour-story">Harbour reopens</a></h1>${BODY}</body></html>`);
    expect(ownTitled.headline?.value).toBe('Harbour reopens');
  });

  it('cuts the theme’s site name glued to a declared title, never the headline’s own words', () => {
    const glued = extract(`<html><head><title>Truckwash A31Das andere Branchenbuch für Firmen</title></head><body>
      <h1><a href="/">Das andere Branchenbuch für Firmen</a></h1><div class="post"><h1>Truckwash A31</h1>${BODY}</div></body></html>`);
    expect(glued.headline?.value).toBe('Truckwash A31');
    expect(withoutSiteName('Harbour reopens in Daily Tide', ['Daily Tide'])).toBe('Harbour reopens in Daily Tide');
    expect(withoutSiteName('Daily TideHarbour reopens', ['Daily Tide'])).toBe('Harbour reopens');
    expect(withoutSiteName('Harbour reopensDaily Tide | Daily Tide', ['Daily Tide'])).toBe('Harbour reopens');
    // A huge title with many site names stays bounded and whole.
    expect(
      withoutSiteName(
        `${'word '.repeat(5000)}`,
        Array.from({ length: 50 }, (_, i) => `Site Name ${i}`),
      ).length,
    ).toBeGreaterThan(1000);
  });

  it('shows the page’s only h1 over a reworded SEO title that shares some of its words', () => {
    const a = extract(`<html><head><title>Zaubernuss im Winter » Wann blüht die Hamamelis?</title>
      <meta property="og:title" content="Zaubernuss im Winter » Wann blüht die Hamamelis?"></head><body><h1>Wie pflege ich meine Zaubernuss im Winter?</h1>${BODY}</body></html>`);
    expect(a.headline).toEqual({ value: 'Wie pflege ich meine Zaubernuss im Winter?', source: 'document' });
    // A lone h1 sharing nothing with the declared title is a section's or a site's name; two h1s are ambiguous.
    const section = extract(`<html><head><title>Harbour reopens after the storm</title></head><body><h1>News</h1>${BODY}</body></html>`);
    expect(section.headline?.value).toBe('Harbour reopens after the storm');
    const two = extract(`<html><head><title>Harbour reopens after the storm</title></head><body><h1>Storm news</h1><h1>Ferries</h1>${BODY}</body></html>`);
    expect(two.headline?.value).toBe('Harbour reopens after the storm');
  });

  it('never takes a heading hidden by a utility class', () => {
    const a = extract(`<html><head><title>News - Eawag</title><meta property="og:title" content="Harbour reopens"></head><body>
      <h1 class="header pagetitle hidden">News</h1><div class="header"><h1>Harbour reopens</h1></div>${BODY}</body></html>`);
    expect(a.headline?.value).toBe('Harbour reopens');
  });
});
