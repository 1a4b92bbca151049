import { describe, expect, it } from 'vitest';
import { dateFromText, normalizeDate } from '../../../../src/reader/attribution/normalize-date';

describe('normalizeDate', () => {
  it.each([
    ['2025-10-20T09:15:00+05:30', '2025-10-20T09:15:00+05:30'],
    ['2025-10-20T09:15+0530', '2025-10-20T09:15:00+05:30'],
    ['2025-10-20T09:15:00.123Z', '2025-10-20T09:15:00Z'],
    ['2025-10-20 09:15:00', '2025-10-20T09:15:00'],
    ['2025-10-20', '2025-10-20'],
    ['20251020', '2025-10-20'],
    ['2019/03/12', '2019-03-12'],
    ['12.03.2019', '2019-03-12'],
    ['Oct 20, 2025', '2025-10-20'],
    ['20 October 2025', '2025-10-20'],
    ['Mon, 20 Oct 2025 09:15:00 GMT', '2025-10-20'],
    ['12. März 2019', '2019-03-12'],
  ])('%s -> %s', (raw, iso) => {
    expect(normalizeDate(raw)).toBe(iso);
  });

  it('refuses impossible and ambiguous dates and non-strings', () => {
    expect(normalizeDate('2025-02-30')).toBeUndefined();
    expect(normalizeDate('2025-13-01')).toBeUndefined();
    expect(normalizeDate('1066-10-14')).toBeUndefined();
    expect(normalizeDate('03/12/2019')).toBeUndefined();
    expect(normalizeDate(1_700_000_000)).toBeUndefined();
    expect(normalizeDate({})).toBeUndefined();
    expect(normalizeDate('yesterday')).toBeUndefined();
  });

  it('keeps the date when the time is out of range', () => {
    expect(normalizeDate('2025-10-20T25:00:00')).toBe('2025-10-20');
  });

  it('reads dates inside longer text', () => {
    expect(dateFromText('Published on October 5th, 2024 by Jane')).toBe('2024-10-05');
  });
});
