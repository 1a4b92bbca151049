/**
 * The text a reader reads in a cleaned article: the kept blocks' text, without what the cleanup
 * hides, scripts and styles; bounded by MAX_READ_CHARS. Pure DOM: the page counts it on itself,
 * the reader on its copy (see plan-on-copy.ts), where it costs the page's main thread nothing.
 */
import { MAX_READ_CHARS } from './reading-time';

const NOT_READ = /^(script|style|noscript|template|svg|math)$/i;

/** `hidden(el)`: the cleanup hides `el` (its text is not read). */
export function articleText(doc: Document, keepNodes: readonly Element[], hidden: (el: Element) => boolean): string {
  const tops = keepNodes.filter((el) => !keepNodes.some((other) => other !== el && other.contains(el)));
  const parts: string[] = [];
  let length = 0;
  const skip = (el: Element) => hidden(el) || NOT_READ.test(el.localName);
  for (const top of tops) {
    const walker = doc.createTreeWalker(top, 0x1 | 0x4, {
      acceptNode: (node) => (node.nodeType === 1 ? (skip(node as Element) ? 2 : 3) : 1), // element: reject subtree or skip self; text: accept
    });
    for (let node = walker.nextNode(); node && length < MAX_READ_CHARS; node = walker.nextNode()) {
      const text = node.nodeValue ?? '';
      parts.push(text);
      length += text.length + 1;
    }
  }
  return parts.join(' ');
}
