/**
 * The headline a reader sees: the page's own <h1>, checked against the titles the page declares
 * (JSON-LD headline, og:title, twitter:title, <title>, microdata, Readability's title) once their
 * site-name parts are removed. A declared title wins only when no visible heading matches it.
 * Values that are markup, empty once tags are stripped, or the site's name alone are never a headline.
 */
import { LIMITS } from './limits';
import { inChrome, smallText } from './dom-utils';
import { cleanText } from '../../shared/safe-url';

/** How many <h1> elements are looked at (pages with more use h1 for every teaser). */
const MAX_H1 = 12;

/** Words of a title for comparing: runs of letters or digits, lower-cased. */
export function titleWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A value that carries markup (`<svg onload=…>`, `</title>`) is not a headline. */
export function isMarkup(text: string): boolean {
  return /<\s*\/?\s*[a-z!][^>]*>?/i.test(text) && /<\s*\/?\s*[a-z!]/i.test(text);
}

/** Separators between a title and the site's name: "Story | Site", "Site – Story", "Story » Site". */
const SEPARATOR = /\s+[|\-\u2013\u2014\u00b7:\u00bb\u2022/\\]{1,2}\s+|\s*\|\s*|\s+::\s+/;

/**
 * A declared title without the site's part. Parts equal to the site name or the host are dropped;
 * if none is, the longest part is kept when the title has a separator other than ':' (which often
 * belongs to the headline itself: "Kassel: what happened").
 */
export function withoutSiteName(title: string, siteNames: string[]): string {
  const parts = title
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length <= 1) return title.trim();
  const sites = siteNames.map((s) => titleWords(s).join(' ')).filter(Boolean);
  const isSite = (p: string) => {
    const w = titleWords(p).join(' ');
    return w !== '' && sites.some((s) => s === w || s.replace(/ /g, '') === w.replace(/ /g, '') || (w.length >= 4 && s.includes(w)) || (s.length >= 4 && w.includes(s) && w.length <= s.length + 12));
  };
  const kept = parts.filter((p) => !isSite(p));
  if (kept.length === 0) return '';
  if (kept.length < parts.length) {
    // Re-join what remains with the separators it had: only site parts at the ends are cut.
    const start = parts.findIndex((p) => !isSite(p));
    let end = parts.length - 1;
    while (end > start && isSite(parts[end] as string)) end--;
    const first = parts[start] as string;
    const last = parts[end] as string;
    const from = title.indexOf(first);
    const to = title.lastIndexOf(last) + last.length;
    return from >= 0 && to > from ? title.slice(from, to).trim() : kept.join(' ');
  }
  return title.trim();
}

/** A clean candidate headline, or '' when the value is markup, empty or the site name alone. */
export function cleanHeadline(raw: string | undefined, siteNames: string[]): string {
  if (!raw || isMarkup(raw)) return '';
  const text = cleanText(raw, LIMITS.headline);
  if (titleWords(text).length === 0) return '';
  const words = titleWords(text).join(' ');
  if (siteNames.some((s) => titleWords(s).join(' ') === words)) return '';
  return text;
}

/** Parts of a heading a reader does not see as its words: screen-reader labels, hidden parts, dates. */
const UNSEEN = /(?:^|[\s_-])(?:visually-?hidden|sr-only|screen-?reader(?:-text)?|element-invisible|offscreen|a11y-hidden|hidden-text|u-hidden|is-hidden)(?:$|[\s_-])/i;

/** The heading's text as a reader sees it, read text node by text node up to `max` characters. */
export function headingText(el: Element, max: number): string | undefined {
  const walker = el.ownerDocument.createTreeWalker(el, 0x4);
  let out = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let unseen = false;
    for (let p = node.parentElement; p && p !== el.parentElement; p = p.parentElement) {
      const tag = p.tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'TIME' || p.hasAttribute('hidden') || UNSEEN.test(p.getAttribute('class') ?? '')) {
        unseen = true;
        break;
      }
    }
    if (!unseen) out += node.nodeValue ?? '';
    if (out.length > max) return undefined;
  }
  return out;
}

/** Visible <h1> elements outside site chrome, in document order, with their text. */
export function headingCandidates(doc: Document, article: Element | undefined): { el: Element; text: string }[] {
  const out: { el: Element; text: string }[] = [];
  const list = doc.getElementsByTagName('h1');
  for (let i = 0; i < list.length && out.length < MAX_H1; i++) {
    const el = list[i] as Element;
    if (inChrome(el) || el.closest('[hidden], [aria-hidden="true"], template, noscript')) continue;
    if (smallText(el, LIMITS.headline * 4) === undefined) continue;
    const raw = headingText(el, LIMITS.headline * 2);
    const text = raw === undefined ? '' : cleanText(raw, LIMITS.headline);
    if (titleWords(text).length === 0) continue;
    out.push({ el, text });
  }
  if (article) {
    // The article's own h1 first: a site logo in an h1 comes before it in the document.
    out.sort((a, b) => Number(article.contains(b.el)) - Number(article.contains(a.el)));
  }
  return out;
}

/** Share of the heading's words that the declared title has too, and of the title's that the heading has. */
export function agreement(heading: string, declared: string): number {
  const h = titleWords(heading);
  const d = titleWords(declared);
  if (h.length === 0 || d.length === 0) return 0;
  const hs = new Set(h);
  const ds = new Set(d);
  const inD = h.filter((w) => ds.has(w)).length / h.length;
  const inH = d.filter((w) => hs.has(w)).length / d.length;
  return Math.min(inD, inH);
}
