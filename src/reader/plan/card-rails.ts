/**
 * Rails of cards after the article: "more stories", shop products, reading lists: a block after
 * the article's body, outside the block that holds its paragraphs, made of several like items
 * (same tag and classes) that each link elsewhere and are short, with a picture or mostly link
 * text. Readability often keeps such a rail with the article (it sits in the same section of the
 * page); the plan hides it whether Readability kept it or not. Found by structure and position
 * only, so it holds in any language. A list inside the body (a listicle's items, the article's
 * own list of sources) is never looked at: only what follows the body's block.
 */
import { LIMITS, linkedLength, readableLength } from '../vocabulary';

/** Node.DOCUMENT_POSITION_FOLLOWING, spelled out so the module runs without DOM globals. */
const FOLLOWING = 4;

/** A paragraph of the article: a kept `<p>` of prose (enough text, few links). */
function isProse(el: Element): boolean {
  if (el.localName !== 'p') return false;
  const text = readableLength(el);
  return text >= LIMITS.minCardBodyParagraphChars && linkedLength(el) <= LIMITS.maxProseLinkDensity * text;
}

/** An item's kind: its tag and its sorted classes. */
const kindOf = (el: Element) => `${el.localName}.${(el.getAttribute('class') ?? '').trim().split(/\s+/).sort().join('.')}`;

/** A card: short, links elsewhere, with a picture or mostly link text. */
function isCard(el: Element): boolean {
  const text = readableLength(el);
  if (text > LIMITS.maxCardChars || el.querySelector('a[href]') === null) return false;
  if (el.querySelector('img, picture, svg image') !== null) return true;
  return text > 0 && linkedLength(el) >= LIMITS.minCardLinkShare * text;
}

/** A list of at least LIMITS.minCards like items, nearly all of them cards. */
export function isCardList(el: Element): boolean {
  const items = el.children;
  if (items.length < LIMITS.minCards || items.length > LIMITS.maxCards) return false;
  const kinds = new Map<string, number>();
  for (const item of Array.from(items)) kinds.set(kindOf(item), (kinds.get(kindOf(item)) ?? 0) + 1);
  const [kind, count] = [...kinds].reduce((a, b) => (b[1] > a[1] ? b : a));
  if (count < LIMITS.minCards || count < LIMITS.minCardShare * items.length) return false;
  let cards = 0;
  for (const item of Array.from(items)) if (kindOf(item) === kind && isCard(item)) cards++;
  return cards >= LIMITS.minCardShare * count;
}

/**
 * The block that holds the article's paragraphs: the nearest ancestor of its last paragraph that
 * holds at least LIMITS.minBodyParagraphs of them (undefined when there are fewer).
 */
function bodyBlock(paragraphs: readonly Element[], root: Element): Element | undefined {
  const last = paragraphs[paragraphs.length - 1];
  if (!last || paragraphs.length < LIMITS.minBodyParagraphs) return undefined;
  for (let el = last.parentElement; el; el = el.parentElement) {
    let n = 0;
    for (const p of paragraphs) if (el.contains(p) && ++n >= LIMITS.minBodyParagraphs) return el;
    if (el === root) return undefined;
  }
  return undefined;
}

/**
 * The rails of cards after the article's body inside `root` (see above), each out to the block
 * around it that holds nothing else but a heading or a label ("More from us", a "view all" link).
 */
export function cardRails(root: Element, kept: Iterable<Element>): Element[] {
  const paragraphs: Element[] = [];
  for (const el of kept) if (root.contains(el) && isProse(el)) paragraphs.push(el);
  // In document order: kept comes in reading order, but be sure.
  paragraphs.sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
  const body = bodyBlock(paragraphs, root);
  if (!body || body === root) return [];
  const out: Element[] = [];
  let scanned = 0;
  // The blocks after the body's block, level by level up to the root.
  for (let level: Element = body; level !== root && level.parentElement; level = level.parentElement) {
    for (let next = level.nextElementSibling; next; next = next.nextElementSibling) {
      const lists = [next, ...Array.from(next.querySelectorAll('ul, ol, div, section'))];
      for (const list of lists) {
        if (++scanned > LIMITS.maxCardScan) return out;
        if (out.some((x) => x.contains(list)) || !isCardList(list)) continue;
        out.push(widen(list, level));
      }
    }
  }
  return out;
}

/** Out from `list` to the block around it that adds no more than a label, below `stop`'s parent. */
function widen(list: Element, stop: Element): Element {
  let block = list;
  const limit = stop.parentElement;
  for (let parent = block.parentElement; parent && parent !== limit && !parent.contains(stop); parent = parent.parentElement) {
    if (readableLength(parent) - readableLength(block) > LIMITS.maxCardLabelChars) break;
    block = parent;
  }
  return block;
}
