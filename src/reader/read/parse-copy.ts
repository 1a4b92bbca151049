/**
 * Turns the live page's serialized HTML back into a document that pairs element for element with
 * the live one. Parsed documents run no scripts and load nothing.
 */

/** The raw-text elements a serializer writes out verbatim. */
const RAW_TAGS = 'script|style|textarea|title|xmp|iframe|noembed|noframes|noscript|plaintext';
const RAW_OPEN = new RegExp(`<(${RAW_TAGS})\\b`, 'iy');
const HEAD_END = /<\/head\s*>/iy;

/** One raw-text element (open tag, verbatim text, end tag), comment, or the end of the head, as found in the markup. */
export type RawPart = { kind: 'raw'; tag: string; open: string; text: string; close: string } | { kind: 'comment' | 'head-end'; whole: string };

/** Characters the searches of one rewrite covered: the bound on its work, for the tests. */
export interface ScanWork {
  chars: number;
}

/**
 * Rewrites the raw-text elements, comments and the end of the head of `html`, in one pass.
 * `fn` answers a part's new markup, or undefined to keep it. The parts are those a regular
 * expression like `<(tag)\b[^>]*>([\s\S]*?)</\1\s*>|<!--[\s\S]*?-->|</head\s*>` would find, in
 * order, but the work is linear in the markup: a page can serialize comment data and raw text
 * verbatim (`--><xmp>` repeated), and a regular expression scans to the end of the copy for every
 * opener that has no closer. Here each kind of closer is looked for from where the last search of
 * it ended, and a closer not found once is not found again: an opener without a closer is skipped,
 * and no text is searched twice for the same closer.
 */
export function rewriteRawParts(html: string, fn: (part: RawPart) => string | undefined, work: ScanWork = { chars: 0 }): string {
  // The first match of a closer at or after `from`, remembered per closer: [searched from, found at (-1: none), match end].
  const found = new Map<string, [number, number, number]>();
  const closers = new Map<string, RegExp>();
  const next = (key: string, re: RegExp, from: number): [number, number] => {
    const known = found.get(key);
    if (known && known[0] <= from && (known[1] === -1 || known[1] >= from)) return [known[1], known[2]];
    re.lastIndex = from;
    const m = re.exec(html);
    const at = m ? m.index : -1;
    const end = m ? m.index + m[0].length : -1;
    work.chars += (m ? end : html.length) - from;
    found.set(key, [from, at, end]);
    return [at, end];
  };
  let out = '';
  let kept = 0;
  let i = html.indexOf('<');
  const emit = (start: number, end: number, part: RawPart) => {
    const replaced = fn(part);
    if (replaced !== undefined) {
      out += html.slice(kept, start) + replaced;
      kept = end;
    }
    i = html.indexOf('<', end);
  };
  while (i !== -1) {
    work.chars += 1;
    RAW_OPEN.lastIndex = i;
    const opener = RAW_OPEN.exec(html);
    if (opener) {
      const name = opener[1] ?? '';
      const tag = name.toLowerCase();
      const [gt] = next('>', />/g, i + opener[0].length);
      if (gt !== -1) {
        let closer = closers.get(tag);
        if (!closer) {
          closer = new RegExp(`</${tag}\\s*>`, 'gi');
          closers.set(tag, closer);
        }
        const [at, end] = next(tag, closer, gt + 1);
        if (at !== -1) {
          emit(i, end, { kind: 'raw', tag: name, open: html.slice(i, gt + 1), text: html.slice(gt + 1, at), close: html.slice(at, end) });
          continue;
        }
      }
    } else if (html.startsWith('<!--', i)) {
      const [at, end] = next('-->', /-->/g, i + 4);
      if (at !== -1) {
        emit(i, end, { kind: 'comment', whole: html.slice(i, end) });
        continue;
      }
    } else {
      HEAD_END.lastIndex = i;
      const m = HEAD_END.exec(html);
      if (m) {
        work.chars += m[0].length;
        emit(i, i + m[0].length, { kind: 'head-end', whole: m[0] });
        continue;
      }
    }
    i = html.indexOf('<', i + 1);
  }
  return kept === 0 ? html : out + html.slice(kept);
}

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
export function noscriptAsText(html: string, work?: ScanWork): string {
  if (!/<noscript/i.test(html)) return html;
  let inHead = true;
  return rewriteRawParts(
    html,
    (part) => {
      if (part.kind !== 'raw') {
        if (part.kind === 'head-end') inHead = false;
        return undefined;
      }
      if (part.tag.toLowerCase() !== 'noscript' || !part.text) return undefined;
      return `${part.open}${inHead ? '' : escapeText(part.text)}${part.close}`;
    },
    work,
  );
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
export function withoutCode(html: string, work?: ScanWork): string {
  return rewriteRawParts(
    html,
    (part) => {
      if (part.kind !== 'raw' || !part.text) return undefined;
      const name = part.tag.toLowerCase();
      if (name === 'style' || (name === 'script' && !DATA_SCRIPT.test(part.open))) return `${part.open}${part.close}`;
      return undefined;
    },
    work,
  );
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
