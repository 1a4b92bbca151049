/**
 * Reading time of an article's text, counted per script:
 * - Chinese and Japanese (Han ideographs, Hiragana, Katakana) are written without spaces between
 *   words, so they are counted by characters, at 500 characters a minute (the rate reading-time
 *   estimators commonly use for CJK; silent reading of Chinese is measured at 300-600);
 * - everything else, Korean Hangul included (written with spaces), is counted by words: runs of
 *   letters, digits and marks, at 230 words a minute (adult silent reading of non-fiction in
 *   English, Brysbaert 2019: 238).
 * Scripts without spaces other than CJK (Thai, Lao, Khmer, Burmese) count each run between spaces
 * as one word: an undercount, said as "words" all the same.
 * One linear pass over at most MAX_READ_CHARS characters: the text comes from the page.
 */

import { once } from '../../shared/once';

export const WORDS_PER_MINUTE = 230;
export const CJK_CHARS_PER_MINUTE = 500;
/** The most characters counted (about 150,000 words): a longer text is counted up to there and extrapolated. */
export const MAX_READ_CHARS = 1_000_000;

export interface ReadingEstimate {
  /** Whole minutes, at least 1. */
  minutes: number;
  /** Words counted by spaces (every script but CJK). */
  words: number;
  /** Han, Hiragana and Katakana characters, counted one by one. */
  cjkChars: number;
}

// Built on first count, not when the script loads (see once()).
const CJK = /* @__PURE__ */ once(() => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu);
const WORD = /* @__PURE__ */ once(() => /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu);

/** Counts words and CJK characters in `text`. */
export function countText(text: string): { words: number; cjkChars: number } {
  const capped = text.length > MAX_READ_CHARS ? text.slice(0, MAX_READ_CHARS) : text;
  let cjkChars = 0;
  // CJK characters become spaces, so a run of Latin letters beside them is still a word.
  const rest = capped.replace(CJK(), () => {
    cjkChars++;
    return ' ';
  });
  let words = 0;
  const word = WORD();
  word.lastIndex = 0;
  while (word.exec(rest) !== null) words++;
  if (capped.length < text.length) {
    const scale = text.length / capped.length;
    return { words: Math.round(words * scale), cjkChars: Math.round(cjkChars * scale) };
  }
  return { words, cjkChars };
}

/** The estimate for `text`: minutes to the nearest whole, never below 1 for a text with anything in it. */
export function estimateReading(text: string): ReadingEstimate {
  const { words, cjkChars } = countText(text);
  const exact = words / WORDS_PER_MINUTE + cjkChars / CJK_CHARS_PER_MINUTE;
  return { minutes: words + cjkChars === 0 ? 0 : Math.max(1, Math.round(exact)), words, cjkChars };
}

/** Checks a reading estimate that came over a message. */
export function isReadingEstimate(x: unknown): x is ReadingEstimate {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return [r.minutes, r.words, r.cjkChars].every((n) => Number.isSafeInteger(n) && (n as number) >= 0);
}
