/**
 * The comfort stylesheet, built from the palettes and font stacks so the colours the tests check
 * are the colours the page gets. The background injects it with clean.css (scripting.insertCSS,
 * user origin: a page's CSP cannot block it and its !important rules win over the page's own).
 * Every rule keys on <html data-quiet-reader="clean"> and an attribute the cleaner sets from the
 * reader's choices (COMFORT_ATTRS), so a page with the defaults, or restored, matches none of them.
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
import { COMFORT_ATTRS, COMFORT_TARGET_ATTR, PROGRESS_ATTR, TEXT_SIZES } from '../../shared/comfort';
import { FONT_STACKS } from './fonts';
import { PALETTES, SITE_ACCENT, type Palette } from './palettes';

const CLEAN = 'html[data-quiet-reader="clean"]';
const TARGET = `[${COMFORT_TARGET_ATTR}]`;
/** Blocks of running text. */
const BLOCKS = 'p, li, dt, dd, h1, h2, h3, h4, h5, h6, blockquote, figcaption, pre, td, th, address, caption';
const NOT_MEDIA = ':not(img, video, picture, canvas, iframe, svg, svg *, math, math *)';

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

/** The whole comfort stylesheet. */
export function comfortCss(): string {
  const out: string[] = [];
  // Reading progress: a thin bar along the top while the page is cleaned, never printed.
  out.push(
    `[${PROGRESS_ATTR}] { display: none !important; }`,
    `${CLEAN} > [${PROGRESS_ATTR}] { display: block !important; position: fixed !important; inset: 0 0 auto 0 !important; width: 100% !important; height: 3px !important; margin: 0 !important; padding: 0 !important; border: 0 !important; z-index: 2147483647 !important; pointer-events: none !important; transform-origin: 0 50% !important; transform: scaleX(0); background: ${SITE_ACCENT} !important; opacity: .85 !important; }`,
  );
  // Text size.
  for (const size of TEXT_SIZES) {
    if (size === 100) continue;
    const scope = `${CLEAN}[${COMFORT_ATTRS.size}="${size}"]`;
    out.push(`${scope} { --qr-zoom: ${size / 100}; }`);
    out.push(`${scope} ${TARGET}:is(${BLOCKS}), ${scope} ${TARGET} :is(${BLOCKS}):not(:is(${BLOCKS}) *) { zoom: ${size / 100} !important; }`);
  }
  // Line height, on every text block and what is inside it.
  for (const [key, value] of Object.entries(LEADING)) {
    const scope = `${CLEAN}[${COMFORT_ATTRS.lineHeight}="${key}"]`;
    out.push(`${scope} ${TARGET}:is(${BLOCKS}), ${scope} ${TARGET} :is(${BLOCKS}), ${scope} ${TARGET} :is(${BLOCKS}) * { line-height: ${value} !important; }`);
  }
  // Line length.
  for (const [key, em] of Object.entries(MEASURE_EM)) {
    const scope = `${CLEAN}[${COMFORT_ATTRS.measure}="${key}"]`;
    out.push(
      `${scope} ${TARGET} { box-sizing: border-box !important; width: auto !important; max-width: min(100%, calc(${em}em * var(--qr-zoom, 1))) !important; margin-left: auto !important; margin-right: auto !important; float: none !important; }`,
    );
  }
  // Font: the article and its extras, but not code, icons (aria-hidden) or maths.
  for (const [key, stack] of Object.entries(FONT_STACKS)) {
    const scope = `${CLEAN}[${COMFORT_ATTRS.font}="${key}"]`;
    out.push(`${scope} ${TARGET}, ${scope} ${TARGET} *:not(${NOT_FONT}) { font-family: ${stack} !important; }`);
  }
  // Themes.
  out.push(themeRules(themed('light'), PALETTES.light));
  out.push(themeRules(themed('sepia'), PALETTES.sepia));
  out.push(themeRules(themed('dark'), PALETTES.dark));
  out.push(themeRules(themed('auto'), PALETTES.light));
  out.push(`@media (prefers-color-scheme: dark) {\n${themeRules(themed('auto'), PALETTES.dark)}\n}`);
  // Paper is white and browsers do not print backgrounds: a dark page prints in light colours.
  out.push(`@media print {\n${themeRules(themed('dark'), PALETTES.light)}\n${themeRules(themed('auto'), PALETTES.light)}\n${CLEAN} > [${PROGRESS_ATTR}] { display: none !important; }\n}`);
  return `${out.join('\n')}\n`;
}
