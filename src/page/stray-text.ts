/**
 * Text the page puts straight into <body>, beside the article: a `document.write` of markup the
 * page escaped (`&lt;script src=…&gt;` shows as its source), a stray separator or label left
 * between the page's blocks. The plan hides elements; a text node directly under <body> has no
 * element of its own to hide, so it stayed in view above or below the article. Such text lies
 * beside the path from <body> to the article, as every sibling element there does: it is wrapped
 * in a hidden `<span>` of ours, and restore puts the very same text node back in its place.
 *
 * Only <body>'s own children: the page's frameworks render into containers, never into <body>
 * itself, so no script of the page holds these nodes under a parent it expects. Nothing is
 * wrapped when the article is <body> itself (text directly in it may be the article's).
 */
import { LEAK } from '../reader/vocabulary';

/** The non-blank text nodes directly under `body` (the first LEAK.maxStrayTextScan children looked at), when the article lies below <body>. */
export function strayText(body: HTMLElement, root: Element, keepNodes: readonly Element[]): Text[] {
  if (root === body || !body.contains(root) || keepNodes.some((el) => el === body || el === body.ownerDocument.documentElement)) return [];
  const out: Text[] = [];
  let n = 0;
  for (let child = body.firstChild; child && n < LEAK.maxStrayTextScan; child = child.nextSibling, n++) {
    // Anything but white space (a Unicode-class pattern would cost its compilation on every page).
    if (child.nodeType === 3 && /\S/.test(child.nodeValue ?? '')) out.push(child as Text);
  }
  return out;
}
