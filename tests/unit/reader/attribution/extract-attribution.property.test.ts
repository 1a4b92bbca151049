/**
 * Property-based tests (fast-check): generated hostile input for the URL filter, the text cleaner
 * and the whole attribution extractor. Whatever a page says, no throw, only http(s) links, capped
 * strings without bidi controls, and no prototype pollution.
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractAttribution } from '../../../../src/reader/attribution/extract-attribution';
import type { Attribution } from '../../../../src/reader/attribution/model';
import { cleanText, MAX_URL_LENGTH, safeHttpUrl } from '../../../../src/shared/safe-url';

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** Strings a hostile page would try: schemes in odd case and spacing, markup, controls, bidi. */
const hostileString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom(
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    '\tjavascript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    'file:///etc/passwd',
    '//evil.example/x',
    '/relative/path',
    'https://ok.example/a',
    'http://user:pw@ok.example/',
    '<img src=x onerror=alert(1)>',
    '</title><script>alert(1)</script>',
    '&lt;b&gt;',
    'moc.elpmaxe\u202E',
    '\u202Ehttps://evil.example',
    '__proto__',
    'constructor',
    'chrome-extension://abc/popup.html',
    'about:blank',
  ),
  fc.tuple(fc.constantFrom('https://', 'http://', 'javascript:', ' data:'), fc.string({ maxLength: 30 })).map(([a, b]) => a + b),
);

/** JSON-LD-ish values: the right keys with the wrong shapes, nested, with __proto__ / constructor keys. */
const jsonLdValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.constantFrom(
        '@type',
        '@graph',
        '@id',
        'headline',
        'name',
        'author',
        'creator',
        'publisher',
        'url',
        'datePublished',
        'dateModified',
        'license',
        'image',
        'creditText',
        'copyrightNotice',
        'isAccessibleForFree',
        'sourceOrganization',
        '__proto__',
        'constructor',
        'prototype',
      ),
      tie('value'),
      { maxKeys: 6 },
    ),
  ),
})).value;

function pageWith(jsonLd: unknown, meta: string[], links: string[]): Document {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const json = JSON.stringify(jsonLd)?.replace(/</g, '\\u003c') ?? 'null';
  const metas = meta
    .map(
      (m, i) =>
        `<meta property="${['og:title', 'og:site_name', 'article:author', 'article:published_time'][i % 4]}" content="${esc(m)}"><meta name="${['author', 'citation_title', 'dc.creator', 'twitter:title'][i % 4]}" content="${esc(m)}">`,
    )
    .join('');
  const anchors = links.map((l) => `<a rel="author" href="${esc(l)}">${esc(l)}</a><a rel="license" href="${esc(l)}">l</a><link rel="canonical" href="${esc(l)}">`).join('');
  const html = `<html><head><title>${esc(meta[0] ?? '')}</title><script type="application/ld+json">${json}</script>${metas}</head><body>${anchors}<figure><img src="x.jpg"><figcaption>${esc(meta[1] ?? '')}</figcaption></figure></body></html>`;
  return new JSDOM(html, { url: 'https://news.example/2025/story' }).window.document;
}

function* urlsIn(a: Attribution): Generator<string> {
  yield a.canonicalUrl.value;
  for (const author of a.authors) if (author.value.url) yield author.value.url;
  if (a.publisher?.value.url) yield a.publisher.value.url;
  if (a.license?.value.url) yield a.license.value.url;
  for (const credit of a.credits) if (credit.license?.url) yield credit.license.url;
}

function* stringsIn(value: unknown, depth = 0): Generator<string> {
  if (depth > 8) return;
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* stringsIn(v, depth + 1);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) yield* stringsIn(v, depth + 1);
}

describe('safeHttpUrl (property)', () => {
  it('returns only absolute http(s) URLs without credentials, within the length cap', () => {
    fc.assert(
      fc.property(hostileString, fc.option(hostileString, { nil: undefined }), (raw, base) => {
        const out = safeHttpUrl(raw, base);
        if (out === undefined) return;
        const url = new URL(out);
        expect(['http:', 'https:']).toContain(url.protocol);
        expect(url.username + url.password).toBe('');
        expect(out.length).toBeLessThanOrEqual(MAX_URL_LENGTH);
        expect(BIDI.test(out)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('cleanText (property)', () => {
  it('caps, strips bidi and control characters, never throws on any value', () => {
    fc.assert(
      fc.property(fc.oneof(hostileString, fc.anything()), fc.integer({ min: -5, max: 300 }), (raw, max) => {
        const out = cleanText(raw, max);
        expect(typeof out).toBe('string');
        expect(out.length).toBeLessThanOrEqual(Math.max(0, max));
        expect(BIDI.test(out)).toBe(false);
        expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(out)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('extractAttribution (property)', () => {
  // Each run builds a jsdom page, so fewer runs than the string properties.
  it('never throws on generated hostile pages, links only http(s), strings capped, no prototype pollution', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(jsonLdValue, fc.array(hostileString, { maxLength: 6 }), fc.array(hostileString, { maxLength: 3 }), (jsonLd, meta, links) => {
        const attribution = extractAttribution(pageWith(jsonLd, meta, links), 'https://news.example/2025/story');
        for (const url of urlsIn(attribution)) expect(['http:', 'https:']).toContain(new URL(url).protocol);
        for (const text of stringsIn(attribution)) {
          expect(text.length).toBeLessThanOrEqual(MAX_URL_LENGTH);
          expect(BIDI.test(text)).toBe(false);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });
});
