/**
 * Filters for strings and URLs that came from a web page, before they reach a privileged page.
 * Pure and cheap: safe on hostile input (1 MB strings, control characters, javascript: URLs).
 */

/**
 * Bidirectional controls (embeddings, overrides, isolates, marks). A name holding U+202E can
 * render right to left and make "moc.elpmaxe" look like another site, so they never pass.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** C0/C1 controls except tab and newlines (which become spaces below), plus zero-width joiners' odd cousins. */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF\uFFF9-\uFFFB]/g;
const WHITESPACE = /\s+/g;

/** Longest URL we keep: longer ones are tracking junk or attacks, and break the popup's layout. */
export const MAX_URL_LENGTH = 2048;

/**
 * Plain text for display: bidi and other controls removed, whitespace collapsed, trimmed,
 * and capped at `max` characters (an ellipsis marks a cut). Non-strings give ''.
 * @example cleanText('  Jane\u202E Doe\n', 80) // 'Jane Doe'
 */
export function cleanText(raw: unknown, max: number): string {
  if (typeof raw !== 'string' || max <= 0) return '';
  // Work on a bounded prefix so a 1 MB value costs no more than a short one; collapsing
  // whitespace can shrink text several-fold, hence the slack.
  const bounded = raw.length > max * 4 + 256 ? raw.slice(0, max * 4 + 256) : raw;
  const text = bounded.replace(BIDI_CONTROLS, '').replace(CONTROLS, ' ').replace(WHITESPACE, ' ').trim();
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  // Do not leave half of a surrogate pair at the cut.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * An absolute http(s) URL, or undefined. Relative URLs resolve against `base` (when it is itself
 * http(s)); credentials are dropped; javascript:, data:, file: and every other scheme are refused.
 * @example safeHttpUrl('/a', 'https://example.com/x') // 'https://example.com/a'
 * @example safeHttpUrl('javascript:alert(1)') // undefined
 */
export function safeHttpUrl(raw: unknown, base?: string): string | undefined {
  if (typeof raw !== 'string') return undefined;
  if (raw.length > MAX_URL_LENGTH * 2) return undefined;
  const text = raw.replace(BIDI_CONTROLS, '').replace(CONTROLS, '').trim();
  if (text === '' || text.length > MAX_URL_LENGTH) return undefined;
  let baseUrl: string | undefined;
  if (base !== undefined) {
    const parsedBase = parseUrl(base);
    if (parsedBase && isHttp(parsedBase)) baseUrl = parsedBase.href;
  }
  const url = parseUrl(text, baseUrl);
  if (!url || !isHttp(url) || url.hostname === '') return undefined;
  url.username = '';
  url.password = '';
  return url.href.length <= MAX_URL_LENGTH ? url.href : undefined;
}

function isHttp(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

function parseUrl(text: string, base?: string): URL | undefined {
  try {
    return new URL(text, base);
  } catch {
    return undefined;
  }
}
