/**
 * Rails of cards after the article: "more stories", shop products, reading lists: a block after
 * the article's body, outside the block that holds its paragraphs (most of their text), made of several like items
 * (same tag and classes) that each link elsewhere and are short, with a picture or mostly link
 * text. Readability often keeps such a rail with the article (it sits in the same section of the
 * page); the plan hides it whether Readability kept it or not. Found by structure and position
 * only, so it holds in any language. A list inside the body (a listicle's items, the article's
 * own list of sources) is never looked at: only what follows the body's block.
 */
import { LIMITS, linkedLength, readableLength } from '../vocabulary';

/** A paragraph of the article: a kept `<p>` of prose (enough text, few links). */
export function isProse(el: Element): boolean {
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
 * The block that holds the article's body: out from the parent with the most paragraph text to the
 * nearest block holding LIMITS.minBodyTextShare of all of it (undefined with fewer than
 * LIMITS.minBodyParagraphs paragraphs). Card teasers Readability kept after the body are each a
 * small share of the text, so the body's block does not reach them.
 */
function bodyBlock(paragraphs: readonly Element[]): Element | undefined {
  if (paragraphs.length < LIMITS.minBodyParagraphs) return undefined;
  const sizes = new Map<Element, number>();
  const byParent = new Map<Element, number>();
  let total = 0;
  for (const p of paragraphs) {
    const n = readableLength(p);
    sizes.set(p, n);
    total += n;
    if (p.parentElement) byParent.set(p.parentElement, (byParent.get(p.parentElement) ?? 0) + n);
  }
  let start: Element | undefined;
  for (const [parent, n] of byParent) if (!start || n > (byParent.get(start) ?? 0)) start = parent;
  for (let el: Element | null = start ?? null; el; el = el.parentElement) {
    let held = 0;
    for (const [p, n] of sizes) if (el.contains(p)) held += n;
    if (held >= LIMITS.minBodyTextShare * total) return el;
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
  const body = bodyBlock(paragraphs);
  if (!body || body === root || !root.contains(body)) return [];
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
