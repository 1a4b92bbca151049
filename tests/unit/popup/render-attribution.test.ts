import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../../src/reader/attribution/model';
import { renderAttribution } from '../../../src/popup/render-attribution';
import { safeFaviconUrl } from '../../../src/popup/favicon';
import { formatDate, isLaterUpdate } from '../../../src/popup/format-date';

function seed(over: Partial<Attribution> = {}): Attribution {
  return {
    pageUrl: 'http://127.0.0.1/news-article.html',
    headline: { value: 'Belarus Seeks to Ease Isolation', source: 'json-ld' },
    siteName: { value: 'EconoTimes', source: 'open-graph' },
    publisher: { value: { name: 'EconoTimes', kind: 'organization' }, source: 'json-ld' },
    authors: [{ value: { name: 'Rajendra Lamichhane', kind: 'person', url: 'https://econotimes.example/authors/r' }, source: 'json-ld' }],
    datePublished: { value: '2025-10-20T09:15:00+05:30', source: 'json-ld' },
    dateModified: { value: '2025-10-20T11:40:00+05:30', source: 'json-ld' },
    canonicalUrl: { value: 'https://www.econotimes.example/Belarus-1720000', source: 'document' },
    language: { value: 'en', source: 'document' },
    credits: [
      {
        text: 'Source: UNCTAD, CC BY-SA 2.0, via Wikimedia Commons',
        kind: 'Source',
        who: 'UNCTAD',
        via: 'Wikimedia Commons',
        source: 'caption',
        license: { name: 'CC BY-SA 2.0', url: 'https://creativecommons.org/licenses/by-sa/2.0/' },
      },
    ],
    ...over,
  };
}

/** Microdata values the way a microdata reader sees them. */
function itemprop(root: Element, name: string): Element[] {
  return [...root.querySelectorAll(`[itemprop~="${name}"]`)];
}

describe('renderAttribution', () => {
  it('shows the seed: headline, site, author link, dates, canonical link, credit with licence link', () => {
    const article = renderAttribution(seed(), { locales: 'en-US', favIconUrl: 'data:image/png;base64,AAAA' });
    expect(article.getAttribute('itemtype')).toBe('https://schema.org/NewsArticle');
    expect(article.hasAttribute('itemscope')).toBe(true);
    expect(article.lang).toBe('en');
    expect(itemprop(article, 'headline')[0]?.textContent).toBe('Belarus Seeks to Ease Isolation');
    expect(itemprop(article, 'publisher')[0]?.textContent).toBe('EconoTimes');
    const author = itemprop(article, 'author')[0] as HTMLElement;
    expect(author.textContent).toBe('Rajendra Lamichhane');
    expect(author.querySelector('a')?.getAttribute('href')).toBe('https://econotimes.example/authors/r');
    expect(author.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(author.querySelector('a')?.getAttribute('target')).toBe('_blank');
    const published = itemprop(article, 'datePublished')[0] as HTMLTimeElement;
    expect(published.tagName).toBe('TIME');
    expect(published.getAttribute('datetime')).toBe('2025-10-20T09:15:00+05:30');
    expect(published.textContent).toMatch(/Oct (19|20), 2025/);
    const modified = itemprop(article, 'dateModified')[0] as HTMLTimeElement;
    expect(modified.getAttribute('datetime')).toBe('2025-10-20T11:40:00+05:30');
    expect(article.textContent).toContain('Updated');
    expect(article.querySelector('a.canonical')?.getAttribute('href')).toBe('https://www.econotimes.example/Belarus-1720000');
    const credit = itemprop(article, 'creditText')[0] as HTMLElement;
    expect(credit.textContent).toBe('Source: UNCTAD, CC BY-SA 2.0, via Wikimedia Commons');
    const license = itemprop(credit, 'license')[0] as HTMLAnchorElement;
    expect(license.href).toBe('https://creativecommons.org/licenses/by-sa/2.0/');
    expect(license.textContent).toBe('CC BY-SA 2.0');
    expect(article.querySelector('img.favicon')?.getAttribute('src')).toBe('data:image/png;base64,AAAA');
  });

  it('says quietly where fields came from', () => {
    const article = renderAttribution(seed());
    expect((itemprop(article, 'headline')[0] as HTMLElement).title).toBe('From JSON-LD');
    const sources = article.querySelector('details.sources');
    expect(sources?.hasAttribute('open')).toBe(false);
    expect(sources?.textContent).toContain('Open Graph');
    expect(sources?.textContent).toContain('JSON-LD');
  });

  it('no "Updated" when the modified date is the publication moment', () => {
    const article = renderAttribution(seed({ dateModified: { value: '2025-10-20T09:15:00+05:30', source: 'json-ld' } }));
    expect(itemprop(article, 'dateModified')).toHaveLength(0);
    expect(article.textContent).not.toContain('Updated');
  });

  it('keeps hostile values as text: markup, javascript: links, bidi overrides, 1 MB strings', () => {
    const hostile = seed({
      headline: { value: `<img src=x onerror=alert(1)>${'A'.repeat(1_000_000)}`, source: 'json-ld' },
      siteName: { value: 'moc.\u202Eelpmaxe', source: 'open-graph' },
      publisher: undefined,
      authors: [{ value: { name: '<b>Eve</b>', url: 'javascript:alert(1)' }, source: 'json-ld' }],
      canonicalUrl: { value: 'javascript:alert(2)', source: 'document' },
      credits: [{ text: 'x', who: 'Mallory', license: { name: 'CC BY 4.0', url: 'data:text/html,<script>alert(3)</script>' }, source: 'caption' }],
    });
    const article = renderAttribution(hostile, { favIconUrl: 'javascript:alert(4)' });
    expect(article.querySelector('img')).toBeNull();
    expect(article.querySelectorAll('script')).toHaveLength(0);
    for (const a of article.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:/);
    expect(article.querySelector('[itemprop="author"]')?.textContent).toBe('<b>Eve</b>');
    expect(article.querySelector('[itemprop="author"] a')).toBeNull();
    const h1 = article.querySelector('h1') as HTMLElement;
    expect(h1.textContent?.length).toBeLessThanOrEqual(400);
    expect(h1.textContent?.startsWith('<img')).toBe(true);
    const site = article.querySelector('.site-name') as HTMLElement;
    expect(site.textContent).toBe('moc.elpmaxe');
    expect(site.getAttribute('dir')).toBe('auto');
    expect(article.querySelector('.license')?.tagName).toBe('SPAN');
  });

  it('shows the article licence, the wire origin and the paywall note', () => {
    const article = renderAttribution(
      seed({
        license: { value: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }, source: 'rel-license' },
        wireSource: { value: 'Reuters', source: 'page-text' },
        paywalled: true,
      }),
    );
    expect((article.querySelector(':scope > .article-license [itemprop="license"]') as HTMLAnchorElement).href).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(article.querySelector('[itemprop="sourceOrganization"]')?.textContent).toBe('Reuters');
    expect(article.querySelector('.paywall')?.textContent).toMatch(/paywall/);
  });

  it('a publisher other than the site is shown beside it', () => {
    const article = renderAttribution(seed({ publisher: { value: { name: 'Econo Media Group', kind: 'organization' }, source: 'json-ld' } }));
    expect(article.querySelector('.site-name')?.textContent).toBe('EconoTimes');
    expect(itemprop(article, 'publisher')[0]?.textContent).toBe('Econo Media Group');
  });

  it('lists several authors and leaves out an invalid language tag', () => {
    const article = renderAttribution(
      seed({
        authors: ['A One', 'B Two', 'C Three'].map((name) => ({ value: { name }, source: 'json-ld' as const })),
        language: { value: 'en"><script>', source: 'document' },
      }),
    );
    expect(article.querySelector('.authors')?.textContent).toBe('By A One, B Two, and C Three');
    expect(article.hasAttribute('lang')).toBe(false);
  });
});

describe('favicon and dates', () => {
  it('accepts only inline images as favicons: an address would be fetched, telling the page the popup opened', () => {
    expect(safeFaviconUrl('https://e.example/f.ico')).toBeUndefined();
    expect(safeFaviconUrl('http://e.example/f.ico')).toBeUndefined();
    expect(safeFaviconUrl('data:image/png;base64,AAAA')).toBe('data:image/png;base64,AAAA');
    expect(safeFaviconUrl('data:text/html;base64,AAAA')).toBeUndefined();
    expect(safeFaviconUrl('chrome://favicon/x')).toBeUndefined();
    expect(safeFaviconUrl(`data:image/png;base64,${'A'.repeat(200_000)}`)).toBeUndefined();
  });

  it('a bare date stays its day in every time zone', () => {
    expect(formatDate('2025-10-20', 'en-US')).toBe('Oct 20, 2025');
    expect(formatDate('not a date', 'en-US')).toBe('not a date');
    expect(isLaterUpdate('2025-10-20', '2025-10-21')).toBe(true);
    expect(isLaterUpdate('2025-10-20T10:00:00Z', '2025-10-20T10:00:30Z')).toBe(false);
  });
});
