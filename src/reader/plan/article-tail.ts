/**
 * What follows the article's last paragraph inside the root, kept by Readability or not: a block
 * named as page furniture (related posts, a share or follow bar, a newsletter or contact box, an
 * author bio, a disclosure), a form, a navigation or a footer, with the label right above it, and a
 * block that opens with the byline's name (the author's bio, also when it is the last paragraph).
 * Readability keeps such blocks when they sit in the article's own container; the hide plan only
 * judges the blocks it dropped. Found by position (after the last kept paragraph of prose, with
 * nothing of the body after it), by tag, by name and by the byline, so in any language; never an
 * extra (headline, byline, comments kept on request) nor a block around one.
 */
import { BYLINE_WORDS, LEAK, LIMITS, normalizeText, readableLength, TAGS, wordAlternation } from '../vocabulary';
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
 * The names in Readability's byline ("By Jane Doe and John Roe", "Written By Jane Doe"), lower
 * case: the parts between separators, a leading prefix word left out, of one to five words.
 */
export function bylineNames(byline: string | null | undefined): string[] {
  const prefix = new RegExp(`^(?:(?:${wordAlternation([...BYLINE_WORDS.beforeBy, ...BYLINE_WORDS.phrases])})\\s+)?(?:${wordAlternation(BYLINE_WORDS.prefixes)})\\s+`, 'i');
  const out: string[] = [];
  for (const raw of (byline ?? '').slice(0, LEAK.maxBylineChars).split(/[,;|&\n/]| and | und | et | y | e /i)) {
    const name = normalizeText(raw).replace(prefix, '').trim();
    const words = name.split(' ').filter(Boolean);
    if (words.length >= LEAK.minNameWords && words.length <= LEAK.maxNameWords && /\p{L}{3}/u.test(name) && !/\d/.test(name) && !out.includes(name)) out.push(name);
  }
  return out;
}

/**
 * A block about the author: the byline's name within its opening characters ("Jane Doe is a
 * reporter…", "Written by Jane Doe", "About the author Jane Doe"), and as long as an author box.
 */
function isNamedBio(el: Element, names: readonly string[]): boolean {
  if (names.length === 0) return false;
  const text = readableLength(el);
  if (text < LIMITS.minBioChars || text > LIMITS.maxAuthorBoxChars) return false;
  const opening = normalizeText((el.textContent ?? '').slice(0, LEAK.bioNameWithinChars * 2)).slice(0, LEAK.bioNameWithinChars);
  return names.some((name) => opening.includes(name));
}

/**
 * The article's last paragraphs when they are its author's bio (see isNamedBio): the block around
 * them, out to the largest one that holds no other paragraph of the body, and after it nothing
 * else of prose. Readability keeps a bio written as a paragraph in the post's own container.
 */
function bioAtEnd(paragraphs: readonly Element[], root: Element, names: readonly string[]): { box: Element; before: Element } | undefined {
  if (names.length === 0) return undefined;
  for (let i = paragraphs.length - 1; i >= Math.max(LIMITS.minBodyParagraphs, paragraphs.length - LEAK.maxBioParagraphs); i--) {
    const before = paragraphs[i - 1] as Element;
    let box = paragraphs[i] as Element;
    for (let parent = box.parentElement; parent && parent !== root && !parent.contains(before) && readableLength(parent) <= LIMITS.maxAuthorBoxChars; parent = parent.parentElement) box = parent;
    if (box.contains(paragraphs[paragraphs.length - 1] as Element) && isNamedBio(box, names)) return { box, before };
  }
  return undefined;
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
export function articleTail(root: Element, kept: Iterable<Element>, extras: readonly Element[], byline?: string | null): Element[] {
  const paragraphs = proseParagraphs(root, kept);
  if (paragraphs.length < LIMITS.minBodyParagraphs) return [];
  const names = bylineNames(byline);
  const near = (el: Element) => extras.some((x) => x.contains(el) || el.contains(x));
  const out: Element[] = [];
  // The author's bio as the last paragraphs: hidden, and the article ends before it.
  const bio = bioAtEnd(paragraphs, root, names);
  if (bio && !near(bio.box)) out.push(bio.box);
  const last = bio && !near(bio.box) ? bio.before : (paragraphs[paragraphs.length - 1] as Element);
  let scanned = 0;
  // Reading a block's text costs its size: the name is looked for in so many blocks at most.
  let bioTests = 0;
  const namedBio = (el: Element) => names.length > 0 && ++bioTests <= LEAK.maxBioTests && isNamedBio(el, names);
  for (let level: Element = last; level !== root && level.parentElement; level = level.parentElement) {
    for (let next = level.nextElementSibling; next; next = next.nextElementSibling) {
      const all = next.getElementsByTagName('*');
      for (let i = -1; i < all.length; i++) {
        if (++scanned > LEAK.maxTailScan) return out;
        const el = i < 0 ? next : (all[i] as Element);
        if (out.some((x) => x.contains(el)) || near(el) || TAGS.neverHide.has(el.tagName.toUpperCase())) continue;
        if (!isTailFurniture(el) && !namedBio(el)) continue;
        const label = labelOf(el, last);
        if (label && !near(label) && !out.includes(label)) out.push(label);
        out.push(el);
      }
    }
  }
  return out;
}
