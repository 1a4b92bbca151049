import { describe, expect, it } from 'vitest';
import { cleanText, safeHttpUrl } from '../../../../src/shared/safe-url';

describe('safeHttpUrl', () => {
  it('keeps absolute http(s) URLs and resolves relative ones against an http(s) base', () => {
    expect(safeHttpUrl('https://example.com/a?b=1#c')).toBe('https://example.com/a?b=1#c');
    expect(safeHttpUrl('/authors/jane', 'https://news.example/story')).toBe('https://news.example/authors/jane');
    expect(safeHttpUrl('  http://example.com  ')).toBe('http://example.com/');
  });

  it('refuses every other scheme, even disguised', () => {
    for (const raw of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\u0000script:alert(1)',
      'data:text/html,<b>x</b>',
      'file:///etc/passwd',
      'chrome://settings',
      'vbscript:x',
      'ftp://example.com/',
    ]) {
      expect(safeHttpUrl(raw), raw).toBeUndefined();
    }
    // A relative URL cannot borrow a non-http base.
    expect(safeHttpUrl('/x', 'javascript:alert(1)')).toBeUndefined();
  });

  it('drops credentials and refuses non-strings, empty and over-long values', () => {
    expect(safeHttpUrl('https://user:pass@example.com/')).toBe('https://example.com/');
    expect(safeHttpUrl(undefined)).toBeUndefined();
    expect(safeHttpUrl({ toString: () => 'https://example.com' })).toBeUndefined();
    expect(safeHttpUrl('')).toBeUndefined();
    expect(safeHttpUrl(`https://example.com/${'a'.repeat(5000)}`)).toBeUndefined();
  });

  it('strips bidi controls before parsing', () => {
    expect(safeHttpUrl('https://exa\u202Emple.com/')).toBe('https://example.com/');
  });
});

describe('cleanText', () => {
  it('strips bidi controls and collapses whitespace', () => {
    expect(cleanText('  Jane\u202E Doe\n\t', 80)).toBe('Jane Doe');
    expect(cleanText('a\u2066b\u2069c\u200Fd', 80)).toBe('abcd');
  });

  it('caps long values with an ellipsis, 1 MB included', () => {
    const out = cleanText(`${'x '.repeat(500_000)}`, 100);
    expect(out).toHaveLength(100);
    expect(out.endsWith('…')).toBe(true);
  });

  it('never splits a surrogate pair at the cut', () => {
    const out = cleanText(`${'a'.repeat(8)}😀😀`, 10);
    expect(out).toBe('aaaaaaaa…');
  });

  it('gives an empty string for non-strings', () => {
    expect(cleanText(42, 10)).toBe('');
    expect(cleanText(null, 10)).toBe('');
  });
});
