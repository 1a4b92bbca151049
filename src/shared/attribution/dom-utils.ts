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
 * An element's text, read only when the element is small: `textContent` of a large container
 * would copy the whole article. Returns undefined for elements over `maxChars`.
 */
export function smallText(el: Element, maxChars: number): string | undefined {
  const text = el.textContent ?? '';
  return text.length <= maxChars ? text : undefined;
}

/** True when `el` sits inside site chrome (navigation, footer, comment threads), not the article. */
export function inChrome(el: Element): boolean {
  return el.closest('nav, footer, [role="navigation"], [role="contentinfo"], .comments, #comments, [class*="comment-" i]') !== null;
}

/** The value of an itemprop element as microdata defines it (content, datetime, href, text). */
export function itemValue(el: Element, maxChars: number): string {
  const content = el.getAttribute('content') ?? el.getAttribute('datetime');
  if (content !== null) return content;
  if (el.tagName === 'A' || el.tagName === 'LINK') return el.getAttribute('href') ?? '';
  return smallText(el, maxChars) ?? '';
}
