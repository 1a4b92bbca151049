/**
 * The reading time and how it was counted, in the reader's language: plural forms per count, the
 * two ways of counting joined as that language joins a list, numbers written as its readers write them.
 */
import { describe, expect, it, vi } from 'vitest';
import { installI18n } from '../helpers/i18n-stub';

// The section's settings module imports the polyfill; describing a reading needs no browser.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { describeReading } = await import('../../../src/popup/comfort-controls');

describe('describeReading', () => {
  it('says the minutes and the words counted, in English', () => {
    expect(describeReading({ minutes: 6, words: 1234, cjkChars: 0 })).toEqual({ time: 'About 6 min read', how: 'Counted: 1,234 words at 230 a minute.' });
  });

  it('uses the singular for one word and joins both counts as a list', () => {
    expect(describeReading({ minutes: 4, words: 1, cjkChars: 2000 }).how).toBe('Counted: 1 word at 230 a minute and 2,000 Chinese or Japanese characters at 500 a minute.');
  });

  it('counts only characters for a Japanese article without spaced words', () => {
    expect(describeReading({ minutes: 1, words: 0, cjkChars: 480 }).how).toBe('Counted: 480 Chinese or Japanese characters at 500 a minute.');
  });

  it('speaks Russian with its plural forms and number spacing', () => {
    installI18n('ru');
    const { time, how } = describeReading({ minutes: 5, words: 1002, cjkChars: 0 });
    expect(time).toBe('Около 5 мин чтения');
    expect(how).toBe('Подсчёт: 1\u00a0002 слова при 230 в минуту.');
    expect(describeReading({ minutes: 3, words: 21, cjkChars: 0 }).how).toBe('Подсчёт: 21 слово при 230 в минуту.');
  });

  it('writes German words and numbers', () => {
    installI18n('de');
    expect(describeReading({ minutes: 12, words: 2500, cjkChars: 0 })).toEqual({ time: 'Etwa 12 Min. Lesezeit', how: 'Gezählt: 2.500 Wörter bei 230 pro Minute.' });
  });
});
