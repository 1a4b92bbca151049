import { describe, expect, it } from 'vitest';
import { comfortSheet, comfortSheets, type SheetKey } from '../../../../src/reader/comfort/comfort-css';
import { DEFAULT_COMFORT, FONTS, LINE_HEIGHTS, MEASURES, TEXT_SIZES, THEMES, type ComfortOptions } from '../../../../src/shared/comfort';
import { PALETTES } from '../../../../src/reader/comfort/palettes';

const choice = (over: Partial<ComfortOptions>): ComfortOptions => ({ ...DEFAULT_COMFORT, ...over });

describe('comfort sheets: only the reader’s choices reach the page', () => {
  it('has no sheet at all for the site’s own everything', () => {
    expect(comfortSheets(DEFAULT_COMFORT).size).toBe(0);
  });

  it('has one sheet per choice made, keyed by choice and value', () => {
    const sheets = comfortSheets(choice({ size: 120, theme: 'dark', font: 'serif' }));
    expect([...sheets.keys()].sort()).toEqual(['font:serif', 'size:120', 'theme:dark']);
    // A sheet holds its own choice's rules and no other value's.
    const dark = sheets.get('theme:dark') ?? '';
    expect(dark).toContain(`[data-qr-theme="dark"]`);
    expect(dark).toContain(PALETTES.dark.bg);
    expect(dark).not.toContain(PALETTES.sepia.bg);
    expect(dark).not.toContain('data-qr-size');
    expect(sheets.get('size:120')).toContain('zoom: 1.2 !important');
    expect(sheets.get('size:120')).not.toContain('zoom: 0.8');
  });

  it('gives the same text for the same key (removeCSS needs the inserted text)', () => {
    for (const key of ['theme:auto', 'size:80', 'measure:wide', 'lineHeight:1.8', 'font:legible'] as SheetKey[]) {
      expect(comfortSheet(key)).toBeDefined();
      expect(comfortSheet(key)).toBe(comfortSheet(key));
    }
  });

  it('has a sheet for every value a reader can pick, and none for the site’s own', () => {
    const all: SheetKey[] = [
      ...TEXT_SIZES.map((v) => `size:${v}` as SheetKey),
      ...LINE_HEIGHTS.map((v) => `lineHeight:${v}` as SheetKey),
      ...MEASURES.map((v) => `measure:${v}` as SheetKey),
      ...FONTS.map((v) => `font:${v}` as SheetKey),
      ...THEMES.map((v) => `theme:${v}` as SheetKey),
    ];
    const own = new Set(['size:100', 'lineHeight:site', 'measure:site', 'font:site', 'theme:site']);
    for (const key of all) expect(comfortSheet(key) === undefined, key).toBe(own.has(key));
  });

  it('has no sheet for a key that is not a choice (hostile or stale values)', () => {
    for (const key of ['theme:evil', 'size:NaN', 'size:', 'lineHeight:__proto__', 'measure:constructor', 'font:toString', 'nope:1', 'theme'] as SheetKey[]) {
      expect(comfortSheet(key), key).toBeUndefined();
    }
  });

  it('keeps dark and auto printing light, and auto dark only when the system prefers dark', () => {
    const dark = comfortSheet('theme:dark') ?? '';
    const printed = dark.slice(dark.indexOf('@media print {'));
    expect(printed.length).toBeLessThan(dark.length);
    expect(printed).toContain(PALETTES.light.bg);
    expect(printed).not.toContain(PALETTES.dark.bg);
    const auto = comfortSheet('theme:auto') ?? '';
    expect(auto).toContain('@media (prefers-color-scheme: dark)');
    expect(auto.indexOf(PALETTES.dark.bg)).toBeGreaterThan(auto.indexOf('@media (prefers-color-scheme: dark)'));
  });
});

describe('the reading-progress bar', () => {
  it('is styled by clean.css in the site accent, hidden in print, and recoloured by each theme', async () => {
    const { readFileSync } = await import('node:fs');
    const { SITE_ACCENT } = await import('../../../../src/reader/comfort/palettes');
    const css = readFileSync('src/page/clean.css', 'utf8');
    const rule = css.slice(css.indexOf('html[data-quiet-reader="clean"] > [data-quiet-reader-progress] {'));
    expect(rule.slice(0, rule.indexOf('}'))).toContain(`background: ${SITE_ACCENT} !important`);
    expect(css).toMatch(/@media print \{\s*html\[data-quiet-reader="clean"\] > \[data-quiet-reader-progress\] \{ display: none !important; \}/);
    for (const theme of ['light', 'sepia', 'dark'] as const) {
      expect(comfortSheet(`theme:${theme}`)).toContain(`[data-quiet-reader-progress] { background: ${PALETTES[theme].accent} !important; }`);
    }
  });
});
