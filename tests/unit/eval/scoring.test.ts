import { describe, expect, it } from 'vitest';
import {
  accuracyOf,
  authorMatches,
  averageShingleScores,
  confusion,
  dateMatches,
  percentile,
  pooledSnippetScores,
  shingleMatch,
  shingles,
  snippetMatch,
  titleMatches,
  words,
} from '../../../scripts/eval/scoring.mjs';

describe('words and shingles', () => {
  it('splits on everything but letters, digits and underscore, in any script', () => {
    expect(words('Hello, wörld! 42_x — Привет—мир')).toEqual(['Hello', 'wörld', '42_x', 'Привет', 'мир']);
  });

  it('takes every run of 4 consecutive words, as a multiset', () => {
    const s = shingles('a b c d a b c d');
    expect(s.size).toBe(4);
    expect(s.get(['a', 'b', 'c', 'd'].join('\u0001'))).toBe(2);
  });

  it('makes one shingle of a text shorter than 4 words, none of an empty one', () => {
    expect([...shingles('just two').values()]).toEqual([1]);
    expect(shingles('  ,. ').size).toBe(0);
  });
});

describe('shingleMatch (one page)', () => {
  it('is perfect for the same words whatever the whitespace and punctuation', () => {
    const m = shingleMatch('one two three four five', 'one\ntwo  three, four. five');
    expect(m).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1 });
  });

  it('counts shared, extra and missing shingles and normalizes them to sum to 1', () => {
    // expected: 3 shingles (a b c d, b c d e, c d e f); predicted adds "x" at the end: 1 extra.
    const m = shingleMatch('a b c d e f', 'a b c d e f x');
    expect(m.tp + m.fp + m.fn).toBeCloseTo(1);
    expect(m.tp).toBeCloseTo(3 / 4);
    expect(m.fp).toBeCloseTo(1 / 4);
    expect(m.fn).toBe(0);
    expect(m.precision).toBeCloseTo(3 / 4);
    expect(m.recall).toBe(1);
  });

  it('respects multiplicity: a repeated paragraph counts twice', () => {
    const m = shingleMatch('a b c d', 'a b c d a b c d');
    // predicted shingles: abcd x2, bcda, cdab, dabc -> 1 shared, 4 extra.
    expect(m.precision).toBeCloseTo(1 / 5);
    expect(m.recall).toBe(1);
  });

  it('scores an empty prediction 0/0 and two empty texts 1/1', () => {
    expect(shingleMatch('a b c d e', '')).toMatchObject({ precision: 0, recall: 0 });
    expect(shingleMatch('', '')).toMatchObject({ precision: 1, recall: 1 });
    expect(shingleMatch('', 'a b c d')).toMatchObject({ precision: 0, recall: 0 });
  });

  it('is case-sensitive, as the benchmark', () => {
    expect(shingleMatch('a b c d', 'A B C D').recall).toBe(0);
  });
});

describe('averageShingleScores (corpus)', () => {
  it('averages precision and recall over pages and takes F1 of the averages', () => {
    const pages = [
      { tp: 1, fp: 0, fn: 0, precision: 1, recall: 1 },
      { tp: 0.5, fp: 0.5, fn: 0, precision: 0.5, recall: 1 },
      { tp: 0.5, fp: 0, fn: 0.5, precision: 1, recall: 0.5 },
    ];
    const s = averageShingleScores(pages);
    const p = 2.5 / 3;
    const r = 2.5 / 3;
    expect(s.precision).toBeCloseTo(p);
    expect(s.recall).toBeCloseTo(r);
    expect(s.f1).toBeCloseTo((2 * p * r) / (p + r));
    expect(s.pages).toBe(3);
  });

  it('is not the mean of per-page F1', () => {
    const s = averageShingleScores([
      { tp: 0, fp: 0, fn: 0, precision: 1, recall: 0 },
      { tp: 0, fp: 0, fn: 0, precision: 0, recall: 1 },
    ]);
    expect(s.f1).toBeCloseTo(0.5); // mean of per-page F1 would be 0
  });
});

describe('snippetMatch', () => {
  const text = 'Headline\n\nThe first   paragraph\tof the story.\nMenu  Home About';

  it('finds `with` snippets after normalizing whitespace on both sides', () => {
    const m = snippetMatch(text, ['first paragraph of the story', 'not here'], ['Home About', 'Cookie policy']);
    expect(m).toMatchObject({ tp: 1, fn: 1, fp: 1, tn: 1 });
    expect(m.missed).toEqual(['not here']);
    expect(m.leaked).toEqual(['Home About']);
  });

  it('treats no-break spaces as spaces and skips empty snippets', () => {
    const m = snippetMatch('price:\u00a010\u00a0€', ['price: 10 €', '  '], ['']);
    expect(m).toMatchObject({ tp: 1, fn: 0, fp: 0, tn: 0 });
  });

  it('reads soft hyphens and word joiners as nothing, as a reader sees the words', () => {
    const m = snippetMatch('Schon im Mit\u00adtel\u00adal\u00adter war der Wein\u2060berg bekannt', ['im Mittelalter war der Weinberg'], ['Mittel alter']);
    expect(m).toMatchObject({ tp: 1, fn: 0, fp: 0, tn: 1 });
  });

  it('is case-sensitive but tells which misses are case only (CSS text-transform)', () => {
    const m = snippetMatch('BREAKING NEWS TODAY', ['Breaking news'], []);
    expect(m).toMatchObject({ tp: 0, fn: 1, missedCaseOnly: 1 });
  });

  it('pools counts over pages', () => {
    const s = pooledSnippetScores([
      { tp: 3, fn: 1, fp: 0, tn: 4 },
      { tp: 1, fn: 1, fp: 2, tn: 2 },
    ]);
    expect(s).toMatchObject({ tp: 4, fn: 2, fp: 2, tn: 6 });
    expect(s.precision).toBeCloseTo(4 / 6);
    expect(s.recall).toBeCloseTo(4 / 6);
    expect(s.f1).toBeCloseTo(4 / 6);
    expect(s.accuracy).toBeCloseTo(10 / 14);
  });
});

describe('metadata rules', () => {
  it('matches titles by equality once quotes, dashes, case and space are normalized', () => {
    expect(titleMatches('Gigantic  Chinese telescope opens', 'gigantic chinese telescope opens!')).toBe(true);
    expect(titleMatches('“Telescope” opens – at last', '"Telescope" opens - at last')).toBe(true);
    // A site suffix is not the headline the reader sees: no containment either way.
    expect(titleMatches('Telescope opens', 'Telescope opens | Nature')).toBe(false);
    expect(titleMatches('Telescope opens | Nature', 'Telescope opens')).toBe(false);
    expect(titleMatches('Telescope opens', 'Something else')).toBe(false);
    expect(titleMatches('Telescope opens', undefined)).toBe(false);
    expect(titleMatches(undefined, 'x')).toBeUndefined();
    expect(titleMatches('', 'x')).toBeUndefined();
  });

  it('folds case fully: ß is ss, as CSS upper case and Swiss spelling write it', () => {
    expect(titleMatches('PEKING 2022 – EINE GROSSE CHANCE', 'Peking 2022 – Eine große Chance')).toBe(true);
    expect(titleMatches('Schnee-Vergnügen ohne Fussabdruck', 'Schnee-Vergnügen ohne Fußabdruck')).toBe(true);
    expect(titleMatches('Eine große Chance', 'Eine grobe Chance')).toBe(false);
    expect(authorMatches('Johann Strauss', ['Johann Strauß'])).toBe(true);
  });

  it('reads typed hyphens as a dash and a title set as a quote as the title', () => {
    expect(titleMatches('Thinking and Solving Problems--Simple Cells Can Do It', 'Thinking and Solving Problems—Simple Cells Can Do It')).toBe(true);
    expect(titleMatches('Gute Löhne alleine reichen nicht', '«Gute Löhne alleine reichen nicht»')).toBe(true);
    expect(titleMatches('„Es kommt darauf an“', 'Es kommt darauf an')).toBe(true);
    // Quotation marks inside a title stay part of it.
    expect(titleMatches('„Arschloch“: Danni trennt sich', 'Arschloch: Danni trennt sich')).toBe(false);
    expect(titleMatches('Problems Simple Cells', 'Problems--Simple Cells')).toBe(false);
  });

  it('matches an author only when every labelled name is found', () => {
    expect(authorMatches('Von Roland Brockmann und Sebastian Drescher', ['Roland Brockmann', 'Sebastian Drescher'])).toBe(true);
    expect(authorMatches('Von Roland Brockmann und Sebastian Drescher', ['Roland Brockmann'])).toBe(false);
    expect(authorMatches('Elizabeth Gibney', 'By Elizabeth Gibney, Nature')).toBe(true);
    expect(authorMatches('Will Knight', ['Jane Doe', 'will knight'])).toBe(true);
    expect(authorMatches('Will Knight', ['Jane Doe'])).toBe(false);
    expect(authorMatches('Will Knight', [])).toBe(false);
    expect(authorMatches('', ['x'])).toBeUndefined();
    // Credentials and one-word roles beside a full name are not names to find.
    expect(authorMatches('Jane Doe, MD, Dietitian', ['Jane Doe'])).toBe(true);
    // Some labels list several people: all of them.
    expect(authorMatches(['Nathan Parker', 'Eric Mill'], ['Eric Mill', 'Nathan Parker'])).toBe(true);
    expect(authorMatches(['Nathan Parker', 'Eric Mill'], ['Eric Mill'])).toBe(false);
    expect(authorMatches([], 'Jane Doe')).toBeUndefined();
    // A serial comma before the last name's "and" is one separator, not part of the name.
    expect(authorMatches('Jane Doe, John Roe, and Harbour Desk Team', ['Jane Doe', 'John Roe', 'Harbour Desk Team'])).toBe(true);
    expect(authorMatches('Jane Doe, John Roe, and Harbour Desk Team', ['Jane Doe', 'John Roe'])).toBe(false);
    expect(authorMatches('Jana Novak, und Uta Sommerfeld', ['Jana Novak', 'Uta Sommerfeld'])).toBe(true);
  });

  it('matches dates on the same calendar day, keeping the page’s own day', () => {
    expect(dateMatches('2019-09-24', '2019-09-24T23:30:00-05:00')).toBe(true);
    expect(dateMatches('2019-09-24', '2019-09-25T01:00:00Z')).toBe(false);
    expect(dateMatches('2019-09-24', 'Tue, 24 Sep 2019 23:30:00 -0500')).toBe(true);
    expect(dateMatches('2019-09-24', undefined)).toBe(false);
    expect(dateMatches('', '2019-09-24')).toBeUndefined();
  });

  it('leaves a date label that names no real day unlabelled, for ours and bare alike', () => {
    expect(dateMatches('2022-29-11', '2022-11-29')).toBeUndefined();
    expect(dateMatches('2022-29-11', '2022-29-11')).toBeUndefined();
    expect(dateMatches('2021-02-30', undefined)).toBeUndefined();
    expect(dateMatches('Feb 30, 2020', '2020-03-01')).toBeUndefined();
    expect(dateMatches('2020-02-29', '29 Feb 2020')).toBe(true);
    // Ours naming no real day is a miss, never a match.
    expect(dateMatches('2022-11-29', '2022-29-11')).toBe(false);
  });

  it('counts accuracy over labelled pages only', () => {
    expect(accuracyOf([true, false, undefined, true])).toEqual({ n: 3, correct: 2, accuracy: 2 / 3 });
  });
});

describe('percentile and confusion', () => {
  it('uses the nearest rank and ignores non-numbers', () => {
    const xs = [5, 1, 4, 2, 3, NaN];
    expect(percentile(xs, 50)).toBe(3);
    expect(percentile(xs, 95)).toBe(5);
    expect(percentile(xs, 0)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
  });

  it('counts a predicted verdict against a label, skipping unknowns', () => {
    expect(
      confusion([
        { label: true, predicted: true },
        { label: true, predicted: false },
        { label: false, predicted: true },
        { label: false, predicted: false },
        { label: true, predicted: undefined },
      ]),
    ).toEqual({ tp: 1, fn: 1, fp: 1, tn: 1 });
  });
});
