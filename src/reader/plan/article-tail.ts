/**
 * What follows the article's last paragraph inside the root, kept by Readability or not: a block
 * named as page furniture (related posts, a share or follow bar, a newsletter or contact box, an
 * author bio, a disclosure), a form, a navigation or a footer, with the label right above it.
 * Readability keeps such blocks when they sit in the article's own container; the hide plan only
 * judges the blocks it dropped. Found by position (after the last kept paragraph of prose, with
 * nothing of the body after it), by tag and by name, so in any language; never an extra (headline,
 * byline, comments kept on request) nor a block around one. (A bio found by the byline's name was
 * tried and dropped: readability-test-pages count the bios Readability keeps as the article.)
 */
import { LEAK, LIMITS, readableLength, TAGS } from '../vocabulary';
import { isBioPart } from './article-extras';
import { isProse } from './card-rails';
import { headingOf, isNamedFurniture } from './hide-plan';

/** Node.DOCUMENT_POSITION_FOLLOWING, spelled out so the module runs without DOM globals. */
const FOLLOWING = 4;

/** The article's paragraphs of prose that Readability kept in `root`, in document order. */
function proseParagraphs(root: Element, kept: Iterable<Element>): Element[] {
  const out: Element[] = [];
  for (const el of kept) if (root.contains(el) && isProse(el)) out.push(el);
  return out.sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
}

/**
 * Page furniture by tag or name, or an author bio: never the article's, after its end. Lists of
 * links are not judged here: after the end they are as often the article's sources or "see also"
 * (which the references count) as related posts (card-rails.ts takes those after the body's block).
 */
function isTailFurniture(el: Element): boolean {
  if (TAGS.furniture.has(el.tagName.toUpperCase()) && el.localName !== 'iframe' && el.localName !== 'object' && el.localName !== 'embed') return true;
  return isNamedFurniture(el) || isBioPart(el);
}

/**
 * The label right above a hidden tail block: a heading, or a short block that ends in a colon
 * ("You might also like:"). A short paragraph of the article's own can sit right there too (a last
 * link with its note, "More on the maker's site: …"): anything else stays.
 */
function labelOf(el: Element, after: Element): Element | undefined {
  const prev = el.previousElementSibling;
  if (!prev || !(after.compareDocumentPosition(prev) & FOLLOWING) || prev.contains(after)) return undefined;
  if (headingOf(prev)) return prev;
  const text = readableLength(prev);
  if (text === 0 || text > LIMITS.maxCardLabelChars || prev.querySelector('img, picture, video, table') !== null) return undefined;
  return /[:：]$/.test((prev.textContent ?? '').trim()) ? prev : undefined;
}

/**
 * The blocks to hide after the article's end (see above), outermost first. `extras` are kept whole,
 * and a block holding one stays (what is around the extra is judged on its own).
 */
export function articleTail(root: Element, kept: Iterable<Element>, extras: readonly Element[]): Element[] {
  const paragraphs = proseParagraphs(root, kept);
  if (paragraphs.length < LIMITS.minBodyParagraphs) return [];
  const near = (el: Element) => extras.some((x) => x.contains(el) || el.contains(x));
  const out: Element[] = [];
  const last = paragraphs[paragraphs.length - 1] as Element;
  let scanned = 0;
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
        // What is inside goes with it: its elements follow it in `all`, counted but not judged.
        const inside = i < 0 ? all.length : el.getElementsByTagName('*').length;
        i += inside;
        scanned += inside;
        if (scanned > LEAK.maxTailScan) return out;
      }
    }
  }
  return out;
}
