import { describe, expect, it } from 'vitest';
import { parseJsonLdText, readJsonLd } from '../../../../src/reader/attribution/json-ld';

const PAGE = 'https://news.example/2025/story';

describe('parseJsonLdText', () => {
  it('repairs what pages commonly break', () => {
    expect(parseJsonLdText('{"a": "line\nbreak", "b": [1,2,],}')).toEqual({ a: 'line break', b: [1, 2] });
    expect(parseJsonLdText('<!-- {"a": 1} -->')).toEqual({ a: 1 });
    expect(parseJsonLdText('//<![CDATA[\n{"a": 1}\n//]]>')).toEqual({ a: 1 });
  });

  it('gives undefined for what cannot be repaired', () => {
    expect(parseJsonLdText('{"a": ')).toBeUndefined();
    expect(parseJsonLdText('not json')).toBeUndefined();
  });
});

describe('readJsonLd', () => {
  it('reads a NewsArticle with nested Person and Organization', () => {
    const facts = readJsonLd(
      [
        {
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: 'A headline',
          datePublished: '2025-10-20T09:15:00+05:30',
          dateModified: '2025-10-21T10:00:00+05:30',
          author: [
            { '@type': 'Person', name: 'Jane Doe', url: 'https://news.example/jane' },
            { '@type': 'Person', name: 'John Roe', url: 'javascript:alert(1)' },
          ],
          publisher: { '@type': 'NewsMediaOrganization', name: 'News Example' },
          articleSection: ['World', 'Europe'],
          inLanguage: 'en-GB',
          url: PAGE,
        },
      ],
      PAGE,
    );
    expect(facts).toMatchObject({
      headline: 'A headline',
      datePublished: '2025-10-20T09:15:00+05:30',
      dateModified: '2025-10-21T10:00:00+05:30',
      authors: [
        { name: 'Jane Doe', kind: 'person', url: 'https://news.example/jane' },
        { name: 'John Roe', kind: 'person' },
      ],
      publisher: { name: 'News Example', kind: 'organization' },
      section: 'World',
      language: 'en-GB',
      canonicalUrl: PAGE,
    });
    expect(facts.authors?.[1]?.url).toBeUndefined();
  });

  it('follows @graph and @id references, several blocks, and picks the article of this page', () => {
    const facts = readJsonLd(
      [
        {
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'WebSite', '@id': '#site', name: 'The Site' },
            { '@type': 'Person', '@id': '#jane', name: 'Jane Doe' },
            { '@type': ['Article', 'NewsArticle'], headline: 'The story', author: { '@id': '#jane' }, mainEntityOfPage: { '@id': PAGE }, datePublished: '2025-01-02' },
          ],
        },
        [{ '@type': 'NewsArticle', headline: 'A related story' }],
      ],
      PAGE,
    );
    expect(facts.headline).toBe('The story');
    expect(facts.authors).toEqual([{ name: 'Jane Doe', kind: 'person' }]);
    expect(facts.siteName).toBe('The Site');
    expect(facts.datePublished).toBe('2025-01-02');
  });

  it('ignores wrong types instead of trusting them', () => {
    const facts = readJsonLd([{ '@type': 'NewsArticle', headline: { nested: true }, author: 42, datePublished: ['not a date'], publisher: 'https://x.example/' }], PAGE);
    expect(facts.headline).toBeUndefined();
    expect(facts.authors).toBeUndefined();
    expect(facts.datePublished).toBeUndefined();
    expect(facts.publisher).toBeUndefined();
  });

  it('treats __proto__ and constructor keys as data', () => {
    const block = JSON.parse('{"@type":"NewsArticle","headline":"Safe","__proto__":{"polluted":"yes","headline":"Evil"},"constructor":{"name":"x"}}');
    const facts = readJsonLd([block], PAGE);
    expect(facts.headline).toBe('Safe');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const noHeadline = JSON.parse('{"@type":"NewsArticle","__proto__":{"headline":"Evil"}}');
    expect(readJsonLd([noHeadline], PAGE).headline).toBeUndefined();
  });

  it('reads licence, wire origin and the paywall flag', () => {
    const facts = readJsonLd(
      [
        {
          '@type': 'NewsArticle',
          headline: 'x',
          license: 'https://creativecommons.org/licenses/by/4.0/',
          sourceOrganization: { '@type': 'Organization', name: 'Reuters' },
          isAccessibleForFree: 'False',
        },
      ],
      PAGE,
    );
    expect(facts.license).toEqual({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(facts.wireSource).toBe('Reuters');
    expect(facts.paywalled).toBe(true);
    expect(readJsonLd([{ '@type': 'NewsArticle', isAccessibleForFree: true }], PAGE).paywalled).toBeUndefined();
  });

  it('turns ImageObject credit fields into credits, but not the publisher logo', () => {
    const facts = readJsonLd(
      [
        {
          '@type': 'NewsArticle',
          headline: 'x',
          publisher: { '@type': 'Organization', name: 'P', logo: { '@type': 'ImageObject', url: 'https://p.example/logo.png', creditText: 'Logo credit' } },
          image: {
            '@type': 'ImageObject',
            url: 'https://p.example/a.jpg',
            creditText: 'Photo: Jane Doe',
            creator: { '@type': 'Person', name: 'Jane Doe' },
            copyrightNotice: '© Jane Doe',
            license: 'https://creativecommons.org/licenses/by-nc/4.0/',
            acquireLicensePage: 'https://p.example/licensing',
          },
        },
      ],
      PAGE,
    );
    expect(facts.credits).toEqual([
      {
        text: 'Photo: Jane Doe',
        kind: 'Photo',
        who: 'Jane Doe',
        source: 'json-ld',
        license: { name: 'CC BY-NC 4.0', url: 'https://creativecommons.org/licenses/by-nc/4.0/' },
        licensePage: 'https://p.example/licensing',
      },
    ]);
  });

  it('survives deep nesting and cycles-by-reference without blowing the stack', () => {
    let deep: Record<string, unknown> = { '@type': 'NewsArticle', headline: 'deep' };
    for (let i = 0; i < 5000; i++) deep = { child: deep };
    expect(() => readJsonLd([deep], PAGE)).not.toThrow();
    const a: Record<string, unknown> = { '@type': 'NewsArticle', headline: 'cyclic' };
    a.self = a;
    expect(readJsonLd([a], PAGE).headline).toBe('cyclic');
  });
});
