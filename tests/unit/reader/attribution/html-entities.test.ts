import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../../src/reader/attribution/html-entities';
import { readJsonLd } from '../../../../src/reader/attribution/json-ld';

describe('decodeEntities', () => {
  it('decodes numeric and common named references', () => {
    expect(decodeEntities('Bernard Arnault&#8217;s LVMH')).toBe('Bernard Arnault’s LVMH');
    expect(decodeEntities('&#8222;Arschloch&#8220;: Danni')).toBe('„Arschloch“: Danni');
    expect(decodeEntities('Q&amp;A &#x201C;x&#X201d; &hellip; M&uuml;ller')).toBe('Q&A “x” … Müller');
  });

  it('leaves what is not a reference, and invalid code points, as they are', () => {
    expect(decodeEntities('AT&T & co; &bogus; &#0; &#xD800; &#99999999;')).toBe('AT&T & co; &bogus; &#0; &#xD800; &#99999999;');
    expect(decodeEntities('&amp;#8217;')).toBe('&#8217;');
    expect(decodeEntities('&constructor; &__proto__;')).toBe('&constructor; &__proto__;');
  });
});

describe('readJsonLd with HTML-escaped text (WordPress SEO plugins)', () => {
  it('gives the headline, names and section as a reader would read them', () => {
    const facts = readJsonLd(
      [{ '@type': 'NewsArticle', headline: 'Sheila Atim: &#8222;The Woman King&#8220;', author: { '@type': 'Person', name: 'Zo&euml; &amp; Ann' }, articleSection: 'Kunst &amp; Kultur' }],
      'https://x.example/a',
    );
    expect(facts.headline).toBe('Sheila Atim: „The Woman King“');
    expect(facts.section).toBe('Kunst & Kultur');
  });
});
