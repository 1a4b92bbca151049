import { describe, expect, it } from 'vitest';
import { parseCreditLine } from '../../../../src/reader/attribution/credit-line';

describe('parseCreditLine', () => {
  it('parses the seed credit into who, licence and via', () => {
    expect(parseCreditLine('Source: UNCTAD, CC BY-SA 2.0, via Wikimedia Commons')).toEqual({
      text: 'Source: UNCTAD, CC BY-SA 2.0, via Wikimedia Commons',
      kind: 'Source',
      who: 'UNCTAD',
      license: { name: 'CC BY-SA 2.0', url: 'https://creativecommons.org/licenses/by-sa/2.0/' },
      via: 'Wikimedia Commons',
    });
  });

  it('finds the credit after the caption text', () => {
    const c = parseCreditLine('Belarus seeks to ease isolation. Source: UNCTAD, CC BY-SA 2.0, via Wikimedia Commons', false);
    expect(c?.text).toBe('Source: UNCTAD, CC BY-SA 2.0, via Wikimedia Commons');
    expect(c?.who).toBe('UNCTAD');
  });

  it.each([
    ['Photo: Jane Doe', 'Photo', 'Jane Doe'],
    ['Photograph: Jane Doe/The Guardian', 'Photograph', 'Jane Doe/The Guardian'],
    ['Image: NASA', 'Image', 'NASA'],
    ['Picture: Jane Doe', 'Picture', 'Jane Doe'],
    ['Credit: Jane Doe', 'Credit', 'Jane Doe'],
    ['Illustration: Jane Doe', 'Illustration', 'Jane Doe'],
    ['Graphic: Jane Doe', 'Graphic', 'Jane Doe'],
    ['Video: Jane Doe', 'Video', 'Jane Doe'],
    ['Photo by Jane Doe', 'Photo', 'Jane Doe'],
    ['Image credit: Jane Doe', 'Image', 'Jane Doe'],
    ['© Jane Doe', '©', 'Jane Doe'],
    ['(c) Jane Doe', '©', 'Jane Doe'],
    ['© 2024 Jane Doe', '©', 'Jane Doe'],
    ['Copyright 2019-2024 Acme Photo Ltd.', '©', 'Acme Photo Ltd'],
    ['Foto: Max Mustermann', 'Photo', 'Max Mustermann'],
  ])('%s', (line, kind, who) => {
    const c = parseCreditLine(line);
    expect(c?.kind).toBe(kind);
    expect(c?.who).toBe(who);
  });

  it('splits photographer and agency', () => {
    expect(parseCreditLine('Photo: REUTERS/Gonzalo Fuentes')).toMatchObject({ who: 'Gonzalo Fuentes', via: 'Reuters' });
    expect(parseCreditLine('Jane Doe / Getty Images')).toMatchObject({ who: 'Jane Doe', via: 'Getty Images' });
  });

  it('finds an agency credit in a caption without a prefix', () => {
    const c = parseCreditLine('Protesters march in Paris on Monday. (AP Photo/Michel Euler)', false);
    expect(c).toMatchObject({ text: 'AP Photo/Michel Euler', who: 'Michel Euler', via: 'Associated Press' });
  });

  it('a caption with no sign of a credit is not a credit', () => {
    expect(parseCreditLine('The skyline of Minsk at dusk.', false)).toBeUndefined();
  });

  it('an explicit credit element needs no prefix', () => {
    expect(parseCreditLine('Jane Doe')).toEqual({ text: 'Jane Doe', who: 'Jane Doe' });
  });

  it('"courtesy of" names who', () => {
    expect(parseCreditLine('Photo: courtesy of the Smith family')?.who).toBe('the Smith family');
  });

  it('keeps markup as text and caps huge lines', () => {
    const c = parseCreditLine(`Photo: <img src=x onerror=alert(1)> ${'x'.repeat(1_000_000)}`);
    expect(c?.text.length).toBeLessThanOrEqual(400);
    expect(c?.who?.length).toBeLessThanOrEqual(160);
    expect(c?.who?.startsWith('<img')).toBe(true);
  });

  it('strips bidi controls from who', () => {
    expect(parseCreditLine('Photo: Jane\u202E Doe')?.who).toBe('Jane Doe');
  });
});
