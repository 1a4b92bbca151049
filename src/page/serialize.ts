/**
 * The live page as markup for the extractor: the doctype and the `<html>` element, serialized so
 * that a parse of it pairs element for element with the page. The `<head>`'s scripts and style
 * sheets (JSON-LD aside) are written empty: nothing in the extractor reads them, and inline
 * critical CSS and script bundles are about a quarter of a page's markup (24% on 40 trafilatura
 * pages), all of which the page would otherwise serialize and send. Every element is kept, so the
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

export function pageMarkup(doc: Document): string {
  const root = doc.documentElement;
  // The <html> start tag with its attributes, as the browser serializes them.
  const shell = (root.cloneNode(false) as Element).outerHTML;
  let out = doctypeOf(doc) + shell.slice(0, shell.lastIndexOf('</'));
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    out += child.localName === 'head' && child.namespaceURI === root.namespaceURI ? headMarkup(child) : child.outerHTML;
  }
  return `${out}</html>`;
}
