/**
 * The copy's markup rewrite (rewriteRawParts, behind noscriptAsText and withoutCode): one linear
 * pass. A page serializes comment data and raw text verbatim, so it chooses what the rewrite
 * scans; the work is bounded by a count of the characters its searches cover, never by a clock.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noscriptAsText, rewriteRawParts, withoutCode, type ScanWork } from '../../../../src/reader/read/parse-copy';

/** The regular expression the rewrite replaced: the reference for which parts are found (quadratic on hostile markup). */
const REFERENCE = /(<(script|style|textarea|title|xmp|iframe|noembed|noframes|noscript|plaintext)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)|<!--[\s\S]*?-->|<\/head\s*>/gi;

function referenceParts(html: string): string[] {
  const parts: string[] = [];
  html.replace(REFERENCE, (whole: string, open?: string, tag?: string, text?: string, close?: string) => {
    parts.push(tag === undefined ? `other:${whole}` : `raw:${tag}|${open}|${text}|${close}`);
    return whole;
  });
  return parts;
}

function scannedParts(html: string): string[] {
  const parts: string[] = [];
  const out = rewriteRawParts(html, (part) => {
    parts.push(part.kind === 'raw' ? `raw:${part.tag}|${part.open}|${part.text}|${part.close}` : `other:${part.whole}`);
    return undefined;
  });
  expect(out).toBe(html);
  return parts;
}

/** Markup made of the pieces that matter to the scan: openers, closers, comment marks, head ends, text. */
const markup = fc
  .array(
    fc.constantFrom(
      '<script>',
      '<SCRIPT type="application/ld+json">',
      '</script>',
      '</script >',
      '<style>',
      '</STYLE>',
      '<xmp>',
      '</xmp>',
      '<noscript>',
      '</noscript>',
      '<title>',
      '</title>',
      '<textarea x=">">',
      '</textarea>',
      '<!--',
      '-->',
      '--!>',
      '<!-->',
      '</head>',
      '</HEAD >',
      '<scripts>',
      '<p>',
      '</p>',
      '<',
      '>',
      'a',
      ' ',
      '&',
      '<img src=x>',
      '\n',
    ),
    { maxLength: 40 },
  )
  .map((pieces) => pieces.join(''));

describe('rewriteRawParts', () => {
  it('finds exactly the parts the old regular expression found, on generated markup', () => {
    fc.assert(
      fc.property(markup, (html) => {
        expect(scannedParts(html)).toEqual(referenceParts(html));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds them on arbitrary text too', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (html) => {
        expect(scannedParts(html)).toEqual(referenceParts(html));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps withoutCode and noscriptAsText as they were (the same rewrite as by the old expression)', () => {
    const DATA = /\btype\s*=\s*["']?application\/ld\+json/i;
    const oldWithoutCode = (html: string) =>
      html.replace(REFERENCE, (whole: string, open?: string, tag?: string, text?: string, close?: string) => {
        if (tag === undefined || !text) return whole;
        const name = tag.toLowerCase();
        return name === 'style' || (name === 'script' && !DATA.test(open ?? '')) ? `${open}${close}` : whole;
      });
    const oldNoscript = (html: string) => {
      if (!/<noscript/i.test(html)) return html;
      let inHead = true;
      return html.replace(REFERENCE, (whole: string, open?: string, tag?: string, text?: string, close?: string) => {
        if (tag === undefined) {
          if (/^<\/head/i.test(whole)) inHead = false;
          return whole;
        }
        if (tag.toLowerCase() !== 'noscript' || !text) return whole;
        return `${open}${inHead ? '' : text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}${close}`;
      });
    };
    fc.assert(
      fc.property(markup, (html) => {
        expect(withoutCode(html)).toBe(oldWithoutCode(html));
        expect(noscriptAsText(html)).toBe(oldNoscript(html));
      }),
      { numRuns: 2000 },
    );
  });

  /** Hostile copies: openers with no closer, repeated, as a page can put them in a comment or raw text. */
  const HOSTILE: Array<[string, (n: number) => string]> = [
    ['a comment of "--><xmp>" repeated', (n) => `<html><head></head><body><p>text</p><!--${'--><xmp>'.repeat(n)}--></body></html>`],
    ['"<xmp>" repeated with no end tag', (n) => `<body>${'<xmp>'.repeat(n)}</body>`],
    ['"<!--" repeated with no end', (n) => `<body>${'<!--'.repeat(n)}</body>`],
    ['every raw opener repeated, no closers', (n) => '<script><style><title><textarea><noscript><iframe><noembed><noframes><plaintext>'.repeat(n / 9)],
    ['openers whose tag never closes ("<script" with no ">")', (n) => `<p>${'<script '.repeat(n)}`],
    ['end tags padded with spaces and no ">"', (n) => `<xmp>${'</xmp          '.repeat(n / 4)}`],
    ['"</head" repeated with spaces', (n) => '</head    '.repeat(n / 2)],
  ];

  it.each(HOSTILE)('does work linear in the copy for %s', (_, make) => {
    for (const n of [4_000, 40_000]) {
      const html = make(n);
      const work: ScanWork = { chars: 0 };
      withoutCode(html, work);
      expect(work.chars).toBeGreaterThan(0);
      // Every character is covered a bounded number of times: by the walk from "<" to "<" and by
      // at most one search per kind of closer (eleven kinds).
      expect(work.chars).toBeLessThanOrEqual(13 * html.length + 16);
      const inNoscript: ScanWork = { chars: 0 };
      noscriptAsText(`<noscript>${html}`, inNoscript);
      expect(inNoscript.chars).toBeLessThanOrEqual(13 * (html.length + 10) + 16);
    }
  });
});
