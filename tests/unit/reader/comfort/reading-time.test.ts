import { describe, expect, it } from 'vitest';
import { countText, estimateReading, isReadingEstimate, MAX_READ_CHARS } from '../../../../src/reader/comfort/reading-time';

describe('countText', () => {
  it('counts words by spaces in Latin, Cyrillic, Greek, Arabic and Hangul', () => {
    expect(countText('The quick brown fox — jumps over 2 lazy dogs.')).toEqual({ words: 9, cjkChars: 0 });
    expect(countText("Don't stop: it's well-known.")).toEqual({ words: 4, cjkChars: 0 });
    expect(countText('Быстрая коричневая лиса')).toEqual({ words: 3, cjkChars: 0 });
    expect(countText('Η γρήγορη καφέ αλεπού')).toEqual({ words: 4, cjkChars: 0 });
    expect(countText('الثعلب البني السريع')).toEqual({ words: 3, cjkChars: 0 });
    expect(countText('빠른 갈색 여우가 뛰어')).toEqual({ words: 4, cjkChars: 0 });
  });

  it('keeps combining marks inside their word (Devanagari)', () => {
    expect(countText('हिन्दी भाषा')).toEqual({ words: 2, cjkChars: 0 });
  });

  it('counts Chinese and Japanese by characters, punctuation excluded', () => {
    expect(countText('我们今天去北京。')).toEqual({ words: 0, cjkChars: 7 });
    expect(countText('ひらがなとカタカナと漢字')).toEqual({ words: 0, cjkChars: 12 });
  });

  it('counts mixed text both ways: Latin words beside CJK characters', () => {
    expect(countText('我用iPhone 15看新闻')).toEqual({ words: 2, cjkChars: 5 });
  });

  it('gives nothing for empty or punctuation-only text', () => {
    expect(countText('')).toEqual({ words: 0, cjkChars: 0 });
    expect(countText(' — … ! ')).toEqual({ words: 0, cjkChars: 0 });
  });

  it('counts a huge text up to the cap and extrapolates', () => {
    const text = 'word '.repeat(MAX_READ_CHARS / 5 + 100_000);
    const { words } = countText(text);
    expect(words).toBeGreaterThan(280_000);
    expect(words).toBeLessThan(320_000);
  });
});

describe('estimateReading', () => {
  it('reads 230 words a minute and 500 CJK characters a minute', () => {
    expect(estimateReading('word '.repeat(230 * 4))).toEqual({ minutes: 4, words: 920, cjkChars: 0 });
    expect(estimateReading('字'.repeat(1500))).toEqual({ minutes: 3, words: 0, cjkChars: 1500 });
    expect(estimateReading(`${'word '.repeat(230)}${'字'.repeat(500)}`).minutes).toBe(2);
  });

  it('says at least one minute for a short text, none for no text', () => {
    expect(estimateReading('Just a few words.').minutes).toBe(1);
    expect(estimateReading('').minutes).toBe(0);
  });

  it('checks an estimate that came over a message', () => {
    expect(isReadingEstimate({ minutes: 3, words: 700, cjkChars: 0 })).toBe(true);
    expect(isReadingEstimate({ minutes: -1, words: 700, cjkChars: 0 })).toBe(false);
    expect(isReadingEstimate({ minutes: 3, words: '700', cjkChars: 0 })).toBe(false);
    expect(isReadingEstimate(null)).toBe(false);
  });
});
