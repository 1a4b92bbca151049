/** Small bounded DOM helpers shared by the page readers. */
import { LIMITS } from './limits';

/** The first `limit` matches of a selector, as an array (querySelectorAll, bounded). */
export function some(root: ParentNode, selector: string, limit: number = LIMITS.elements): Element[] {
  const list = root.querySelectorAll(selector);
  const out: Element[] = [];
  for (let i = 0; i < list.length && i < limit; i++) out.push(list[i] as Element);
  return out;
}

/**
 * An element's text, or undefined when it is longer than `maxChars`. Stops reading as soon as the
 * limit is passed, so a candidate that turns out to be a whole-page container costs little
 * (`textContent` would copy the entire article first).
 */
export function smallText(el: Element, maxChars: number): string | undefined {
  const text = textStart(el, maxChars + 1);
  return text.length <= maxChars ? text : undefined;
}

/** Raw characters read for a line, per character of the line: the markup's indentation is no text. */
const LINE_SLACK = 8;

/**
 * An element's text with white space collapsed and trimmed, or undefined when that is longer
 * than `maxChars`: a short line stays short however deeply the markup indents it ("\n      Autor:
 * \n      Jane Doe\n"). Reads at most `maxChars * 8` characters of raw text.
 */
export function lineText(el: Element, maxChars: number): string | undefined {
  const raw = textStart(el, maxChars * LINE_SLACK + 1);
  const text = raw.replace(/\s+/g, ' ').trim();
  return raw.length <= maxChars * LINE_SLACK && text.length <= maxChars ? text : undefined;
}

/** Elements whose text a reader never sees: code, templates, and <noscript> (markup as text where scripts run: a lazy image's fallback <img …>). */
const UNSHOWN_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** The text nodes under `el` a reader can see as text, in order; at most `maxNodes` text nodes are looked at. */
export function* shownTextNodes(el: Node, maxNodes = Number.POSITIVE_INFINITY): Generator<Text> {
  const doc = el.ownerDocument ?? (el as Document);
  // NodeFilter.SHOW_TEXT; the constant is spelled out so this also runs where NodeFilter is not a global.
  const walker = doc.createTreeWalker(el, 0x4);
  let n = 0;
  for (let node = walker.nextNode(); node && n < maxNodes; node = walker.nextNode(), n++) {
    const parent = node.parentElement?.tagName;
    if (parent && UNSHOWN_TEXT.has(parent)) continue;
    yield node as Text;
  }
}

/** The first `maxChars` characters of an element's text, read text node by text node. */
export function textStart(el: Element, maxChars: number): string {
  let out = '';
  for (const node of shownTextNodes(el)) {
    out += node.nodeValue ?? '';
    if (out.length >= maxChars) break;
  }
  return out.length > maxChars ? out.slice(0, maxChars) : out;
}

/**
 * True when a block named for a footer wraps the page instead (the body's or a wrapper's
 * "has-sticky-footer"): it holds the page's main text, an <article> (or `article`) or the <h1>.
 */
export function wrapsPage(block: Element, article?: Element): boolean {
  return (article !== undefined && block.contains(article)) || block.querySelector('article, main, [role="main"], h1') !== null;
}

/** True when `el` sits inside site chrome (navigation, footer, comment threads), not the article. */
export function inChrome(el: Element): boolean {
  return el.closest('nav, footer, [role="navigation"], [role="contentinfo"], .comments, #comments, [class*="comment-"]') !== null;
}

/** The value of an itemprop element as microdata defines it (content, datetime, href, text). */
export function itemValue(el: Element, maxChars: number): string {
  const content = el.getAttribute('content') ?? el.getAttribute('datetime');
  if (content !== null) return content;
  if (el.tagName === 'A' || el.tagName === 'LINK') return el.getAttribute('href') ?? '';
  return smallText(el, maxChars) ?? '';
}

/** Node.DOCUMENT_POSITION_PRECEDING and _FOLLOWING, spelled out. */
const PRECEDING = 2;
const FOLLOWING = 4;

/** True when `el` comes before `other` in the document (and is not inside it). */
export function precedes(el: Element, other: Element): boolean {
  return (other.compareDocumentPosition(el) & PRECEDING) !== 0;
}

/** True when `el` comes after `other` in the document (or inside it). */
export function follows(el: Element, other: Element): boolean {
  return (other.compareDocumentPosition(el) & FOLLOWING) !== 0;
}
