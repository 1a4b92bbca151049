/**
 * The comfort stylesheets, built from the palettes and font stacks so the colours the tests check
 * are the colours the page gets. The background injects the ones the reader's choices need
 * (scripting.insertCSS, user origin: a page's CSP cannot block them and their !important rules win
 * over the page's own) and takes out those no longer chosen. Every rule keys on
 * <html data-quiet-reader="clean"> and an attribute the cleaner sets from the reader's choices
 * (COMFORT_ATTRS), so a restored page matches none of them. The reading-progress bar's own rules
 * are in clean.css.
 *
 * - Text size: `zoom` on the outermost text blocks of the article (paragraphs, list items,
 *   headings, quotes, captions, cells): text grows in the site's own proportions, headings stay
 *   larger than body text, and images keep their size. No font-size override that flattens a
 *   page's type scale.
 * - Line length: a maximum width on the article root and extras, in em of their own font and
 *   times the zoom, centred.
 * - Theme: the page background (html, body) and every visible element's text and background;
 *   links and visited links in colours of their own, underlined. Images, video, canvas, SVG and
 *   frames are never filtered or inverted. Printed, a dark theme prints as light (paper is white).
 */
import { COMFORT_ATTRS, COMFORT_TARGET_ATTR, PROGRESS_ATTR, TEXT_SIZES, type ComfortOptions } from '../../shared/comfort';
import { FONT_STACKS } from './fonts';
import { PALETTES, type Palette } from './palettes';

const CLEAN = 'html[data-quiet-reader="clean"]';
const TARGET = `[${COMFORT_TARGET_ATTR}]`;
/** Blocks of running text. */
const BLOCKS = 'p, li, dt, dd, h1, h2, h3, h4, h5, h6, blockquote, figcaption, pre, td, th, address, caption';
const NOT_MEDIA = ':not(img, video, picture, canvas, iframe, svg, svg *, math, math *)';
/** What keeps its size when the text grows. */
const MEDIA = 'img, video, picture, canvas, iframe, svg, math';

/** What keeps its own font: code, icons (aria-hidden icon fonts), SVG and maths. */
const NOT_FONT = 'pre, code, kbd, samp, tt, pre *, code *, [aria-hidden="true"], [aria-hidden="true"] *, svg, svg *, math, math *';

const LEADING = { '1.4': '1.4', '1.6': '1.6', '1.8': '1.8', '2': '2' } as const;
const MEASURE_EM = { narrow: 32, medium: 40, wide: 50 } as const;

function themeRules(scope: string, p: Palette): string {
  const all = `${scope} body, ${scope} body *${NOT_MEDIA}`;
  return [
    `${scope} { background: ${p.bg} !important; color: ${p.fg} !important; color-scheme: ${p.scheme} !important; }`,
    `${scope} body { background: ${p.bg} !important; }`,
    `${all} { color: ${p.fg} !important; background-color: transparent !important; border-color: ${p.line} !important; text-shadow: none !important; }`,
    `${scope} body :is(figcaption, caption, small, figure figcaption *) { color: ${p.muted} !important; }`,
    `${scope} body a:link, ${scope} body a:link * { color: ${p.link} !important; }`,
    `${scope} body a:visited, ${scope} body a:visited * { color: ${p.visited} !important; }`,
    `${scope} body a[href] { text-decoration-line: underline !important; }`,
    `${scope} [${PROGRESS_ATTR}] { background: ${p.accent} !important; }`,
  ].join('\n');
}

const themed = (theme: string) => `${CLEAN}[${COMFORT_ATTRS.theme}="${theme}"]`;

/** One sheet per choice that is not the site's own, named `<choice>:<value>` (e.g. "theme:dark"). */
export type SheetKey = `${keyof ComfortOptions}:${string}`;

/**
 * The rules of one choice, or undefined for the site's own (and for a value that is not one).
 * Each sheet is the same text for the same key, so the background can take it out again
 * (scripting.removeCSS needs the text it inserted).
 */
export function comfortSheet(key: SheetKey): string | undefined {
  const [choice, value] = key.split(':') as [keyof ComfortOptions, string];
  switch (choice) {
    case 'size': {
      const size = Number(value);
      if (size === 100 || !(TEXT_SIZES as readonly number[]).includes(size)) return undefined;
      const scope = `${CLEAN}[${COMFORT_ATTRS.size}="${size}"]`;
      // Text in a <div> of its own (a byline, a dateline, paragraphs a site sets in divs) grows too:
      // a div with no text block, div or medium inside, not itself inside a text block.
      const leafDiv = `div:not(:has(:is(${BLOCKS}, div, ${MEDIA})))`;
      const targets = [`${TARGET}:is(${BLOCKS})`, `${TARGET} :is(${BLOCKS}):not(:is(${BLOCKS}) *)`, `${TARGET}:is(${leafDiv})`, `${TARGET} ${leafDiv}:not(:is(${BLOCKS}) *)`];
      return `${scope} { --qr-zoom: ${size / 100}; }\n${targets.map((t) => `${scope} ${t}`).join(', ')} { zoom: ${size / 100} !important; }\n`;
    }
    case 'lineHeight': {
      if (!Object.hasOwn(LEADING, value)) return undefined;
      const scope = `${CLEAN}[${COMFORT_ATTRS.lineHeight}="${value}"]`;
      const leading = LEADING[value as keyof typeof LEADING];
      return `${scope} ${TARGET}:is(${BLOCKS}), ${scope} ${TARGET} :is(${BLOCKS}), ${scope} ${TARGET} :is(${BLOCKS}) * { line-height: ${leading} !important; }\n`;
    }
    case 'measure': {
      if (!Object.hasOwn(MEASURE_EM, value)) return undefined;
      const scope = `${CLEAN}[${COMFORT_ATTRS.measure}="${value}"]`;
      const em = MEASURE_EM[value as keyof typeof MEASURE_EM];
      return `${scope} ${TARGET} { box-sizing: border-box !important; width: auto !important; max-width: min(100%, calc(${em}em * var(--qr-zoom, 1))) !important; margin-left: auto !important; margin-right: auto !important; float: none !important; }\n`;
    }
    case 'font': {
      // The article and its extras, but not code, icons (aria-hidden) or maths.
      if (value === 'site' || !Object.hasOwn(FONT_STACKS, value)) return undefined;
      const scope = `${CLEAN}[${COMFORT_ATTRS.font}="${value}"]`;
      return `${scope} ${TARGET}, ${scope} ${TARGET} *:not(${NOT_FONT}) { font-family: ${FONT_STACKS[value as keyof typeof FONT_STACKS]} !important; }\n`;
    }
    case 'theme': {
      // Paper is white and browsers do not print backgrounds: a dark page prints in light colours.
      const printLight = (scope: string) => `@media print {\n${themeRules(scope, PALETTES.light)}\n}\n`;
      if (value === 'light' || value === 'sepia') return `${themeRules(themed(value), PALETTES[value])}\n`;
      if (value === 'dark') return `${themeRules(themed('dark'), PALETTES.dark)}\n${printLight(themed('dark'))}`;
      if (value === 'auto') {
        const light = themeRules(themed('auto'), PALETTES.light);
        return `${light}\n@media (prefers-color-scheme: dark) {\n${themeRules(themed('auto'), PALETTES.dark)}\n}\n${printLight(themed('auto'))}`;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The sheets a page needs for `choice`: none at all with the site's own everything (the common
 * case costs the page no rule to match), else one small sheet per choice made. Rules for choices
 * the reader did not make never reach the page, so the page's own restyles do not test them.
 */
export function comfortSheets(choice: ComfortOptions): Map<SheetKey, string> {
  const sheets = new Map<SheetKey, string>();
  for (const name of Object.keys(COMFORT_ATTRS) as Array<keyof ComfortOptions>) {
    const key: SheetKey = `${name}:${String(choice[name])}`;
    const css = comfortSheet(key);
    if (css !== undefined) sheets.set(key, css);
  }
  return sheets;
}
