/**
 * The reader's comfort choices (issue 21): text size, line height, line length, font and theme,
 * applied to the cleaned page in place. One schema shared by the settings, the messages and the
 * page: the values, their defaults ("the site's own" everything: a cleanup with the defaults adds
 * nothing) and the check every stored or received value passes. Pure: no browser API.
 */

/** Text size in per cent of the site's own, in steps. 100 is the site's own. */
export const TEXT_SIZES = [80, 90, 100, 110, 120, 135, 150, 175, 200] as const;
export const LINE_HEIGHTS = ['site', '1.4', '1.6', '1.8', '2'] as const;
export const MEASURES = ['site', 'narrow', 'medium', 'wide'] as const;
export const FONTS = ['site', 'serif', 'sans', 'legible'] as const;
/** "auto": light, or dark when the system prefers dark (`prefers-color-scheme`). */
export const THEMES = ['site', 'light', 'sepia', 'dark', 'auto'] as const;

export type TextSize = (typeof TEXT_SIZES)[number];
export type LineHeight = (typeof LINE_HEIGHTS)[number];
export type Measure = (typeof MEASURES)[number];
export type FontChoice = (typeof FONTS)[number];
export type Theme = (typeof THEMES)[number];

export interface ComfortOptions {
  size: TextSize;
  lineHeight: LineHeight;
  measure: Measure;
  font: FontChoice;
  theme: Theme;
}

export const DEFAULT_COMFORT: Readonly<ComfortOptions> = /* @__PURE__ */ Object.freeze({ size: 100, lineHeight: 'site', measure: 'site', font: 'site', theme: 'site' });

const isOneOf = <T>(values: readonly T[], x: unknown): x is T => values.includes(x as T);

/** True for a well-formed ComfortOptions (every field one of its values, no other check). */
export function isComfortOptions(x: unknown): x is ComfortOptions {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const r = x as Record<string, unknown>;
  return isOneOf(TEXT_SIZES, r.size) && isOneOf(LINE_HEIGHTS, r.lineHeight) && isOneOf(MEASURES, r.measure) && isOneOf(FONTS, r.font) && isOneOf(THEMES, r.theme);
}

/** Any value -> valid ComfortOptions: each field that is not one of its values takes its default. */
export function validateComfort(raw: unknown): ComfortOptions {
  const r = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  return {
    size: isOneOf(TEXT_SIZES, r.size) ? r.size : DEFAULT_COMFORT.size,
    lineHeight: isOneOf(LINE_HEIGHTS, r.lineHeight) ? r.lineHeight : DEFAULT_COMFORT.lineHeight,
    measure: isOneOf(MEASURES, r.measure) ? r.measure : DEFAULT_COMFORT.measure,
    font: isOneOf(FONTS, r.font) ? r.font : DEFAULT_COMFORT.font,
    theme: isOneOf(THEMES, r.theme) ? r.theme : DEFAULT_COMFORT.theme,
  };
}

/** Whether the choices change nothing on the page (all the site's own). */
export function isSiteOwn(c: ComfortOptions): boolean {
  return c.size === 100 && c.lineHeight === 'site' && c.measure === 'site' && c.font === 'site' && c.theme === 'site';
}

/**
 * Attributes on <html> that carry the choices to the stylesheet (comfort-css.ts), one per choice
 * that is not the site's own. Each is set through the cleaner's change log and removed on restore.
 */
export const COMFORT_ATTRS = {
  size: 'data-qr-size',
  lineHeight: 'data-qr-leading',
  measure: 'data-qr-measure',
  font: 'data-qr-font',
  theme: 'data-qr-theme',
} as const satisfies Record<keyof ComfortOptions, string>;

/** On the article root ("root") and the extras kept beside it (""): what the choices apply to. */
export const COMFORT_TARGET_ATTR = 'data-quiet-reader-comfort';
/** On the reading-progress bar the cleaner adds to <html>. */
export const PROGRESS_ATTR = 'data-quiet-reader-progress';
