/**
 * What follows the article's last paragraph inside the root, kept by Readability or not: a block
 * named as page furniture (related posts, a share or follow bar, a newsletter or contact box, an
 * author bio, a disclosure), a form, a navigation or a footer, and a rail of cards or links
 * (card-rails.ts) with the label right above it ("You might also like:"). Readability keeps such
 * blocks when they sit in the article's own container; the hide plan only judges the blocks it
 * dropped. Found by position (after the last kept paragraph of prose, with nothing of the body
 * after it), by tag and by name, so in any language; never an extra (headline, byline, comments
 * kept on request) nor a block around one. When unsure, hide less: a block after the end that
 * holds a paragraph of prose is looked into, never hidden whole unless named so.
 */
import { LEAK, LIMITS, readableLength, TAGS } from '../vocabulary';
import { isBioPart } from './article-extras';
import { isCardList, isProse } from './card-rails';
import { headingOf, isNamedFurniture } from './hide-plan';

/** Node.DOCUMENT_POSITION_FOLLOWING, spelled out so the module runs without DOM globals. */
const FOLLOWING = 4;

/** The last of the article's paragraphs of prose that Readability kept in `root`, once it has a body of them. */
function lastProse(root: Element, kept: Iterable<Element>): Element | undefined {
  let last: Element | undefined;
  let count = 0;
  for (const el of kept) {
    if (!root.contains(el) || !isProse(el)) continue;
    count++;
    if (!last || last.compareDocumentPosition(el) & FOLLOWING) last = el;
  }
  return count >= LIMITS.minBodyParagraphs ? last : undefined;
}

/** Page furniture by tag or name, an author bio, or a rail of cards: never the article's, after its end. */
function isTailFurniture(el: Element): boolean {
  if (TAGS.furniture.has(el.tagName.toUpperCase()) && el.localName !== 'iframe' && el.localName !== 'object' && el.localName !== 'embed') return true;
  return isNamedFurniture(el) || isBioPart(el) || isCardList(el);
}

/** The label right above a hidden tail block: a heading, or a short block of no prose ("Related:"). */
function labelOf(el: Element, after: Element): Element | undefined {
  const prev = el.previousElementSibling;
  if (!prev || !(after.compareDocumentPosition(prev) & FOLLOWING) || prev.contains(after)) return undefined;
  if (headingOf(prev)) return prev;
  const text = readableLength(prev);
  if (text === 0 || text > LIMITS.maxCardLabelChars || prev.querySelector('img, picture, video, table') !== null) return undefined;
  return prev;
}

/**
 * The blocks to hide after the article's end (see above), outermost first. `extras` are kept whole,
 * and a block holding one stays (what is around the extra is judged on its own).
 */
export function articleTail(root: Element, kept: Iterable<Element>, extras: readonly Element[]): Element[] {
  const last = lastProse(root, kept);
  if (!last) return [];
  const out: Element[] = [];
  let scanned = 0;
  const near = (el: Element) => extras.some((x) => x.contains(el) || el.contains(x));
  for (let level: Element = last; level !== root && level.parentElement; level = level.parentElement) {
    for (let next = level.nextElementSibling; next; next = next.nextElementSibling) {
      const all = next.getElementsByTagName('*');
      for (let i = -1; i < all.length; i++) {
        if (++scanned > LEAK.maxTailScan) return out;
        const el = i < 0 ? next : (all[i] as Element);
        if (out.some((x) => x.contains(el)) || near(el) || TAGS.neverHide.has(el.tagName.toUpperCase())) continue;
        if (!isTailFurniture(el)) continue;
        const label = labelOf(el, last);
        if (label && !near(label) && !out.includes(label)) out.push(label);
        out.push(el);
      }
    }
  }
  return out;
}
