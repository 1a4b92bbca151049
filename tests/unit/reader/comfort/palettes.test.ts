import { describe, expect, it } from 'vitest';
import { composite, contrastOf, contrastRatio, luminance, parseColor } from '../../../../src/reader/comfort/contrast';
import { PALETTES, SITE_ACCENT, TEXT_ROLES } from '../../../../src/reader/comfort/palettes';

describe('WCAG contrast maths', () => {
  it('gives the reference values: black on white 21:1, equal colours 1:1', () => {
    expect(contrastOf('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastOf('#777777', '#777777')).toBeCloseTo(1, 5);
    // #767676 on white is the well-known lightest grey that passes AA (4.54:1).
    expect(contrastOf('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastOf('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('computes relative luminance per channel with the sRGB curve', () => {
    expect(luminance({ r: 255, g: 0, b: 0 })).toBeCloseTo(0.2126, 4);
    expect(luminance({ r: 0, g: 255, b: 0 })).toBeCloseTo(0.7152, 4);
    expect(luminance({ r: 128, g: 128, b: 128 })).toBeCloseTo(0.2159, 3);
  });

  it('is symmetric', () => {
    const a = parseColor('#0b57d0');
    const b = parseColor('#f4ecd8');
    if (!a || !b) throw new Error('parse');
    expect(contrastRatio(a, b)).toBeCloseTo(contrastRatio(b, a), 10);
  });

  it('parses computed-style colours, with alpha composited over the background', () => {
    expect(parseColor('rgb(27, 28, 30)')).toEqual({ r: 27, g: 28, b: 30, a: 1 });
    expect(parseColor('rgba(0, 0, 0, 0.5)')).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseColor('rgb(10 20 30 / 50%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(parseColor('transparent')).toBeUndefined();
    expect(composite({ r: 0, g: 0, b: 0, a: 0.5 }, { r: 255, g: 255, b: 255 })).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
    expect(contrastOf('garbage', '#fff')).toBeNaN();
  });
});

describe('theme palettes', () => {
  const rows = Object.entries(PALETTES).flatMap(([name, p]) => TEXT_ROLES.map((role) => [name, role, p[role], p.bg] as const));

  it.each(rows)('%s: %s text keeps at least 4.5:1 against the background', (_name, _role, fg, bg) => {
    expect(contrastOf(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(Object.entries(PALETTES))('%s: links stand apart from body text (underlined too), visited from unvisited', (_name, p) => {
    expect(p.link).not.toBe(p.fg);
    expect(p.visited).not.toBe(p.link);
    expect(contrastOf(p.link, p.fg)).toBeGreaterThan(1.3);
  });

  it('prints the figures', () => {
    const table = Object.fromEntries(Object.entries(PALETTES).map(([name, p]) => [name, Object.fromEntries(TEXT_ROLES.map((r) => [r, Number(contrastOf(p[r], p.bg).toFixed(2))]))]));
    console.log('palette contrast', JSON.stringify(table));
    expect(parseColor(SITE_ACCENT)).toBeDefined();
  });
});
