/**
 * The live page as markup for the extractor: the doctype and the `<html>` element, serialized so
 * that a parse of it pairs element for element with the page. The `<head>`'s scripts and style
 * sheets (JSON-LD aside) are written empty: nothing in the extractor reads them, and inline
 * critical CSS and script bundles are about a quarter of a page's markup (24% on 40 trafilatura
 * pages), all of which the page would otherwise serialize and send. In the `<body>`, large
 * scripts and style sheets are written empty as well (a framework's state, a widget's bundle: 39% of
 * the body markup of 300 wcxb-dev pages, 12% on the median page). Every element is kept, so the
 * numbering holds.
 */
import { doctypeOf, JSON_LD_TYPE } from '../reader/read/parse-copy';

const isCode = (el: Element) => el.localName === 'style' || (el.localName === 'script' && !JSON_LD_TYPE.test(el.getAttribute('type') ?? ''));

/** `<head>` with its children, code elements emptied (and without their attributes, which nothing reads). */
function headMarkup(head: Element): string {
  let out = '<head>';
  for (let child = head.firstElementChild; child; child = child.nextElementSibling) {
    out += isCode(child) ? `<${child.localName}></${child.localName}>` : child.outerHTML;
  }
  return `${out}</head>`;
}

/** Code elements in the body worth cutting out of its markup, and at most how many are looked at. */
const BIG_CODE_CHARS = 2000;
const MAX_CODE_ELEMENTS = 500;

/**
 * `markup` (the outerHTML of `el`) with the text of the large code elements inside `el` cut out.
 * A script's or style sheet's text is written as it is between its tags (HTML raw text), so it is
 * found by position: the same text right after a `>` and right before its end tag, searched
 * forward from the last cut. Text written otherwise (inside SVG, where it is escaped) is not
 * found, and stays.
 */
function withoutBigCode(el: Element, markup: string): string {
  const code = el.querySelectorAll('script,style');
  const pieces: string[] = [];
  let from = 0;
  for (let i = 0; i < code.length && i < MAX_CODE_ELEMENTS; i++) {
    const child = code[i] as Element;
    if (!isCode(child)) continue;
    const text = child.textContent ?? '';
    if (text.length < BIG_CODE_CHARS) continue;
    const at = markup.indexOf(text, from);
    if (at <= 0 || markup[at - 1] !== '>' || !markup.startsWith(`</${child.localName}`, at + text.length)) continue;
    pieces.push(markup.slice(from, at));
    from = at + text.length;
  }
  if (pieces.length === 0) return markup;
  pieces.push(markup.slice(from));
  return pieces.join('');
}

export function pageMarkup(doc: Document): string {
  const root = doc.documentElement;
  // The <html> start tag with its attributes, as the browser serializes them.
  const shell = (root.cloneNode(false) as Element).outerHTML;
  let out = doctypeOf(doc) + shell.slice(0, shell.lastIndexOf('</'));
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    out += child.localName === 'head' && child.namespaceURI === root.namespaceURI ? headMarkup(child) : withoutBigCode(child, child.outerHTML);
  }
  return `${out}</html>`;
}
