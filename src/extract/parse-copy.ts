/**
 * Turns the live page's serialized HTML back into a document that pairs element for element with
 * the live one. Parsed documents run no scripts and load nothing.
 */

/** The raw-text elements a serializer writes out verbatim, comments, and the end of the head. */
const RAW_PARTS = /(<(script|style|textarea|title|xmp|iframe|noembed|noframes|noscript|plaintext)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)|<!--[\s\S]*?-->|<\/head\s*>/gi;

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * A page with scripting on keeps `<noscript>` content as text and serializes it verbatim; a parsed
 * document has scripting off and would make elements of it: an `<img>` in a head `<noscript>`
 * (a tracking pixel) ends the head there, a link in a `<noscript>` inside a link rebuilds the tree.
 * So the text is escaped, to parse as the text it is, and in the head, where a parser with
 * scripting off allows no text in `<noscript>` at all, dropped (nothing reads it there).
 * Other raw-text elements and comments are skipped over whole, so a "<noscript>" inside a script
 * is left alone.
 */
export function noscriptAsText(html: string): string {
  if (!/<noscript/i.test(html)) return html;
  let inHead = true;
  return html.replace(RAW_PARTS, (whole: string, open?: string, tag?: string, text?: string, close?: string) => {
    if (tag === undefined) {
      if (/^<\/head/i.test(whole)) inHead = false;
      return whole;
    }
    if (tag.toLowerCase() !== 'noscript' || !text) return whole;
    return `${open}${inHead ? '' : escapeText(text)}${close}`;
  });
}

/** The script type whose text the readers use: JSON-LD (structured data about the article). */
export const JSON_LD_TYPE = /application\/ld\+json/i;
const DATA_SCRIPT = new RegExp(`\\btype\\s*=\\s*["']?${JSON_LD_TYPE.source}`, 'i');

/**
 * The copy without the text of its scripts and style sheets (JSON-LD kept): nothing in the
 * extractor reads them, and they are often half a page's HTML, so the copy travels lighter. Every
 * element stays, so the copy still pairs with the page. Raw text and comments are skipped over
 * whole, as in `noscriptAsText`, so markup-like text inside them is never taken for a script.
 */
export function withoutCode(html: string): string {
  return html.replace(RAW_PARTS, (whole: string, open?: string, tag?: string, text?: string, close?: string) => {
    if (tag === undefined || !text) return whole;
    const name = tag.toLowerCase();
    if (name === 'style' || (name === 'script' && !DATA_SCRIPT.test(open ?? ''))) return `${open}${close}`;
    return whole;
  });
}

/**
 * The page's doctype as markup, or nothing: the copy must be parsed in the page's mode, since a
 * quirks-mode parser nests a table in a paragraph where a standards-mode one closes the paragraph.
 */
export function doctypeOf(doc: Document): string {
  const d = doc.doctype;
  if (!d) return '';
  const quote = (s: string) => `"${s.replace(/"/g, '')}"`;
  const ids = d.publicId ? ` PUBLIC ${quote(d.publicId)}${d.systemId ? ` ${quote(d.systemId)}` : ''}` : d.systemId ? ` SYSTEM ${quote(d.systemId)}` : '';
  return `<!DOCTYPE ${d.name}${ids}>`;
}

/** Parses `html` (the page's doctype and its `<html>` element's outerHTML) into an inert document shaped like the live page. */
export function parseCopy(html: string, parser: DOMParser = new DOMParser()): Document {
  return parser.parseFromString(noscriptAsText(html), 'text/html');
}

/**
 * Makes the copy's links absolute against the live page's base URL, so they resolve as they do
 * there. (A `<base>` element would not do: the extractor page's CSP has base-uri 'none'.)
 */
export function absolutizeLinks(doc: Document, baseUrl: string): void {
  for (const el of Array.from(doc.querySelectorAll('a[href], link[href], area[href]'))) {
    const href = el.getAttribute('href') ?? '';
    try {
      el.setAttribute('href', new URL(href, baseUrl).href);
    } catch {
      // Not a URL: left as it is, and the readers' own checks drop it.
    }
  }
}
