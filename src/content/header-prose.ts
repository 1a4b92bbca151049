/**
 * Prose between the headline and the article body: the introduction a page sets under its
 * headline, outside the block Readability picked (a dossier page whose pick is the long run of
 * sections below its introduction, a lead paragraph kept apart from the body). The path drawn to
 * the headline would hide these paragraphs as its siblings. Only paragraphs of real prose (enough
 * text, few links), and none inside page furniture: a teaser, a sign-up box, a sidebar, an
 * author's bio.
 */
import { isBioPart } from './article-extras';
import { isNamedFurniture } from './hide-plan';

/** A paragraph of this much text (white space left out) is prose, not a label or a kicker… */
const MIN_PROSE_CHARS = 80;
/** …with links making up no more than this share of it. */
const MAX_LINK_DENSITY = 0.3;
/** Elements looked at after the headline, and paragraphs kept, at most. */
const MAX_WALKED = 400;
const MAX_PARAGRAPHS = 10;
/** Blocks whose paragraphs are not the article's, whatever their names. */
const FURNITURE_TAGS = new Set(['aside', 'nav', 'form', 'footer', 'dialog', 'figure', 'blockquote', 'button', 'label', 'a']);
/** Node.DOCUMENT_POSITION_FOLLOWING, spelled out so the module runs without DOM globals. */
const FOLLOWING = 4;

const compactLength = (text: string | null) => (text ?? '').replace(/\s+/g, '').length;

function isProse(p: Element): boolean {
  const text = compactLength(p.textContent);
  if (text < MIN_PROSE_CHARS) return false;
  let linked = 0;
  for (const a of Array.from(p.getElementsByTagName('a'))) linked += compactLength(a.textContent);
  return linked <= MAX_LINK_DENSITY * text;
}

/** Inside furniture, below `top` (the block holding both headline and body). */
function inFurniture(el: Element, top: Element): boolean {
  for (let e = el.parentElement; e && e !== top; e = e.parentElement) {
    if (FURNITURE_TAGS.has(e.localName) || isNamedFurniture(e) || isBioPart(e)) return true;
  }
  return false;
}

/** The paragraphs of prose after `headline` and before `root` (see above), each with the section heading right above it. */
export function headerProse(headline: Element, root: Element): Element[] {
  if (root.contains(headline) || headline.contains(root)) return [];
  if (!(headline.compareDocumentPosition(root) & FOLLOWING)) return [];
  const doc = root.ownerDocument;
  let top: Element | null = headline.parentElement;
  while (top && !top.contains(root)) top = top.parentElement;
  if (!top) return [];
  const walker = doc.createTreeWalker(top, 1 /* NodeFilter.SHOW_ELEMENT */);
  walker.currentNode = headline;
  let node = walker.nextNode();
  while (node && headline.contains(node)) node = walker.nextNode();
  const out: Element[] = [];
  for (let i = 0; node && i < MAX_WALKED && out.length < MAX_PARAGRAPHS; i++, node = walker.nextNode()) {
    const el = node as Element;
    if (el === root) break;
    if (el.localName !== 'p') continue;
    if (!isProse(el) || inFurniture(el, top)) continue;
    // A section heading right above the paragraph goes with it.
    const heading = el.previousElementSibling;
    if (heading && /^h[2-6]$/.test(heading.localName) && !heading.querySelector('a[href]') && !out.includes(heading)) out.push(heading);
    out.push(el);
  }
  return out;
}
