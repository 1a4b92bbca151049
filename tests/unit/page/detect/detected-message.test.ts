import { describe, expect, it } from 'vitest';
import { isContentEvent } from '../../../../src/shared/protocol';

const base = { type: 'detected', article: false, score: -3, url: 'https://shop.example/p/kettle' };

describe('the detector’s message with its signals', () => {
  it('accepts the verdict with or without the signals that said yes or no', () => {
    expect(isContentEvent(base)).toBe(true);
    expect(isContentEvent({ ...base, signals: { 'shop-markup': -3, 'body-text': 1, 'json-ld-article': 3 } })).toBe(true);
  });

  it('refuses signals that are not a short record of finite numbers', () => {
    const many = Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`s${i}`, 1]));
    for (const signals of [many, { 'body-text': Number.NaN }, { 'body-text': Infinity }, { 'body-text': '2' }, { ['x'.repeat(41)]: 1 }, { 'Has Spaces': 1 }, [1, 2], 'body-text', null]) {
      expect(isContentEvent({ ...base, signals }), JSON.stringify(signals)).toBe(false);
    }
  });
});
