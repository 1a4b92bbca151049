/**
 * The live page as markup for the extractor: the doctype and the `<html>` element, serialized so
 * that a parse of it pairs element for element with the page. Scripts and style sheets (JSON-LD
 * aside) are written empty: nothing in the extractor reads them (Readability drops them first),
 * and inline critical CSS and script bundles are about a quarter of a page's markup in the head
 * (24% on 40 trafilatura pages) and a fifth of it in the body (20% on 150; 42% or more on one
 * page in ten: state blobs, inline bundles), all of which the page would otherwise serialize and
 * send, the message costing in proportion. Every element is kept, so the numbering holds.
 */
import { doctypeOf, JSON_LD_TYPE } from '../extract/parse-copy';

const isCode = (el: Element) => el.localName === 'style' || (el.localName === 'script' && !JSON_LD_TYPE.test(el.getAttribute('type') ?? ''));

/** `<head>` with its children, code elements emptied (and without their attributes, which nothing reads). */
function headMarkup(head: Element): string {
  let out = '<head>';
  for (let child = head.firstElementChild; child; child = child.nextElementSibling) {
    out += isCode(child) ? `<${child.localName}></${child.localName}>` : child.outerHTML;
  }
  return `${out}</head>`;
}

/** Body code worth leaving out: below this much text, walking down to it costs more than it saves. */
const MIN_CODE_CHARS = 256;
/** Elements written whole even with code inside: their text is raw, or their content is not their children. */
const WHOLE = new Set(['script', 'style', 'template', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `el` serialized as the browser would, except that the code elements in `code` are written empty;
 * `path` holds their ancestors, the only elements written piece by piece.
 */
function withoutBodyCode(el: Element, code: ReadonlySet<Element>, path: ReadonlySet<Element>): string {
  if (!path.has(el) || WHOLE.has(el.localName)) return el.outerHTML;
  const shell = (el.cloneNode(false) as Element).outerHTML;
  const end = shell.lastIndexOf('</');
  let out = shell.slice(0, end);
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) {
      const child = node as Element;
      out += code.has(child) ? `<${child.localName}></${child.localName}>` : withoutBodyCode(child, code, path);
    } else if (node.nodeType === 3) out += escapeText((node as Text).data);
    else if (node.nodeType === 8) out += `<!--${(node as Comment).data}-->`;
  }
  return out + shell.slice(end);
}

/** An element after the head (the body, or what a script put after it), its larger code written empty. */
function bodyMarkup(el: Element): string {
  const code = new Set<Element>();
  const path = new Set<Element>();
  for (const c of Array.from(el.querySelectorAll('script, style'))) {
    if (!isCode(c) || (c.textContent ?? '').length < MIN_CODE_CHARS) continue;
    code.add(c);
    for (let a = c.parentElement; a && !path.has(a); a = a.parentElement) path.add(a);
  }
  return code.size === 0 ? el.outerHTML : withoutBodyCode(el, code, path);
}

export function pageMarkup(doc: Document): string {
  const root = doc.documentElement;
  // The <html> start tag with its attributes, as the browser serializes them.
  const shell = (root.cloneNode(false) as Element).outerHTML;
  let out = doctypeOf(doc) + shell.slice(0, shell.lastIndexOf('</'));
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    out += child.localName === 'head' && child.namespaceURI === root.namespaceURI ? headMarkup(child) : bodyMarkup(child);
  }
  return `${out}</html>`;
}
