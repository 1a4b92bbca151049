/**
 * The popup's only way to put page data on screen: elements built with DOM APIs, text through
 * textContent, links only for http(s) URLs. Page strings get dir="auto" so a right-to-left name
 * cannot reorder the text around it.
 */
import { cleanText, safeHttpUrl } from '../shared/safe-url';

type Attrs = Record<string, string | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** A span of page text: cleaned again (defence in depth), capped, dir="auto". */
export function pageText(raw: string, max: number, attrs: Attrs = {}): HTMLSpanElement {
  const span = el('span', { dir: 'auto', ...attrs });
  span.textContent = cleanText(raw, max);
  return span;
}

/**
 * A link that opens in a new tab, or plain text when the URL is not http(s).
 * `content` is the visible part (already built from page text).
 */
export function safeLink(rawUrl: string | undefined, content: Node | string, attrs: Attrs = {}): HTMLElement {
  const url = safeHttpUrl(rawUrl);
  if (!url) return el('span', attrs, content);
  return el('a', { ...attrs, href: url, target: '_blank', rel: 'noopener noreferrer' }, content);
}
