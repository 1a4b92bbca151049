/**
 * Decides which live elements to hide so that only the article is left:
 * (a) everything beside the path from <body> down to the article and its extras (headline,
 *     byline, lead image): the siblings of each of their ancestors;
 * (b) inside the article root, the blocks Readability dropped that look like boilerplate
 *     (share bars, promos, related links, forms, fixed overlays). A dropped block that looks
 *     like prose is left visible: when unsure, hide less;
 * (c) inside a kept byline, the author's bio or hover card (the name stays).
 */

import { furnitureName, LEAK, LIMITS, linkedLength, NAMES, PATTERNS, readableLength, SELECTORS, TAGS } from '../vocabulary';
import { authorAddresses, bioPartsWithin, isAuthorBox, isBio } from './article-extras';
import { cardRails } from './card-rails';

const MEDIA_SELECTOR = [...TAGS.mediaElements].map((t) => t.toLowerCase()).join(', ');
/** Controls and navigation: what a toolbar holds. */
const CONTROLS = [...TAGS.furnitureWithin].map((t) => t.toLowerCase()).join(', ');

function isTeaser(el: Element): boolean {
  return NAMES.teaser.test(furnitureName(el)) && (el.querySelector('a[href]') !== null || el.closest('a[href]') !== null);
}

/** Named as page furniture by its class, id, role or label (or a teaser that links elsewhere). */
export function isNamedFurniture(el: Element): boolean {
  return NAMES.furniture.test(furnitureName(el)) || isTeaser(el);
}

export interface HidePlanInput {
  root: Element;
  /** Live elements Readability kept (all inside root). */
  kept: ReadonlySet<Element>;
  /** Headline, byline, lead image… kept even though Readability left them out. */
  extras: readonly Element[];
  /** Computed position of an element; injected so the plan can be tested without layout. */
  positionOf?: (el: Element) => string;
}

export function isHideable(el: Element): boolean {
  return !TAGS.neverHide.has(el.tagName.toUpperCase());
}

export interface Prose {
  /** Characters of text, white space left out… */
  text: number;
  /** …and of link text among them. */
  linked: number;
  /** Whether there is a picture, player or table, outside links and furniture. */
  media: boolean;
}

/**
 * The text a reader would read in `el` and how much of it is link text, leaving out scripts and
 * styles and the furniture inside it (by tag or name, as isFurnitureWithin). `own` leaves out
 * the article's media too (figures, tables, players and their fallback): a figure's "download
 * the graphic" link or a player's file link says nothing about the prose beside it.
 */
function proseOf(el: Element): { own: Prose; all: Prose } {
  const own = { text: 0, linked: 0, media: false };
  const all = { text: 0, linked: 0, media: false };
  const stack: Array<{ node: Node; inLink: boolean; inMedia: boolean }> = [{ node: el, inLink: el.closest('a') !== null, inMedia: false }];
  while (stack.length > 0) {
    const { node, inLink, inMedia } = stack.pop() as { node: Node; inLink: boolean; inMedia: boolean };
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const length = (child.nodeValue ?? '').replace(/\s+/g, '').length;
        all.text += length;
        if (inLink) all.linked += length;
        if (!inMedia) {
          own.text += length;
          if (inLink) own.linked += length;
        }
      } else if (child.nodeType === 1) {
        const e = child as Element;
        const tag = e.tagName.toUpperCase();
        if (TAGS.code.has(tag)) continue;
        if (isFurnitureWithin(e)) continue;
        // A picture inside a link is a teaser card's, not the article's media.
        const media = TAGS.media.has(tag) && !inLink;
        if (media && TAGS.mediaElements.has(tag)) own.media = all.media = true;
        stack.push({ node: e, inLink: inLink || tag === 'A', inMedia: inMedia || media });
      }
    }
  }
  return { own, all };
}

/** The prose of a block as a reader reads it: its own text, or (if it has none) its media's. */
export function ownProse(el: Element): Prose {
  const prose = proseOf(el);
  return prose.own.text > 0 ? prose.own : prose.all;
}

/**
 * The heading `el` is, or wraps: page builders put each heading in a block of its own
 * (`<div class="j-header"><h2>…`, Elementor's heading widget). Such a block is judged as its heading.
 */
export function headingOf(el: Element): Element | undefined {
  let e: Element = el;
  for (let depth = 0; depth < LIMITS.headingWrapperDepth; depth++) {
    if (/^H[1-6]$/i.test(e.tagName)) return e;
    if (e.childElementCount !== 1 || e.localName === 'a') return undefined; // a teaser card's link is not a heading block
    const only = e.firstElementChild as Element;
    for (let n = e.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '') return undefined;
    e = only;
  }
  return undefined;
}

function isSentence(el: Element): boolean {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return PATTERNS.sentence.test(text) && text.split(' ').length >= LIMITS.minSentenceWords;
}

/** A parent that holds running text of its own (not only child elements), e.g. a paragraph. */
function isInlineContext(parent: Element): boolean {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim().length > 0) return true;
  }
  return PATTERNS.runningTextParent.test(parent.tagName.toUpperCase());
}

/**
 * Whether a block Readability dropped from inside the article should be hidden. Readability's
 * verdict stands for page furniture (named so, or link lists, or short labels); what reads like
 * prose or is the article's own media stays visible even so: when unsure, hide less.
 */
export function isDroppedBoilerplate(el: Element, positionOf?: (el: Element) => string): boolean {
  const tag = el.tagName.toUpperCase();
  if (TAGS.phrasing.has(tag) && el.parentElement && isInlineContext(el.parentElement)) return false;
  const named = isNamedFurniture(el);
  const heading = headingOf(el);
  if (heading) return named || (heading !== el && isNamedFurniture(heading));
  if (TAGS.furniture.has(tag)) return true;
  // An equation is the article's, whatever its container is called: MathJax names each one after
  // its context menu (`CtxtMenu_Attached_0`), which reads as a menu.
  if (tag === 'MATH' || el.getElementsByTagName('math').length > 0) return false;
  if (named) return true;
  const position = positionOf?.(el);
  if (position === 'fixed' || position === 'sticky') return true;
  if (TAGS.media.has(tag)) return false;
  const verdict = ({ text, linked }: { text: number; linked: number }, hasMedia: boolean): boolean => {
    const linkDensity = text > 0 ? linked / text : 0;
    if (linkDensity > LIMITS.maxProseLinkDensity) return true;
    if (tag === 'ASIDE') return !(hasMedia && text < LIMITS.mediaAsideChars);
    if (hasMedia) return false;
    if (text < LIMITS.shortBlockChars && linkDensity > LIMITS.maxShortBlockLinkDensity) return true;
    return text > 0 && text < LIMITS.proseChars && !(linked === 0 && isSentence(el));
  };
  // Measured whole first (native, fast); what would be hidden so is judged again on its own prose:
  // a share bar or a promo inside it is furniture of its own (hidden within it if the block
  // stays), not a reason to hide the paragraph beside it. Nothing but furniture: hidden.
  if (!verdict({ text: readableLength(el), linked: linkedLength(el) }, el.querySelector(MEDIA_SELECTOR) !== null)) return false;
  const own = ownProse(el);
  return own.text === 0 || verdict(own, own.media);
}

/** Node.DOCUMENT_POSITION_FOLLOWING, spelled out so the module runs without DOM globals. */
const FOLLOWING = 4;

/**
 * A comment section Readability dropped after the article's last kept text: a field to write a
 * text in (`<textarea>`) and, outside the form, the same control over and over (each comment's
 * "Reply", "Antworten", "Répondre": two or more buttons or links with one text). Its prose (the
 * comments) kept it visible as if it were the article's. A block with a comment form and a note
 * or a video of the post's own has no such repeated control, and stays (only its form goes).
 */
function isCommentSection(el: Element): boolean {
  if (el.getElementsByTagName('textarea').length === 0) return false;
  const seen = new Set<string>();
  const controls = el.querySelectorAll('a, button, [role="button"]');
  for (let i = 0; i < controls.length && i < LEAK.maxCommentControls; i++) {
    const control = controls[i] as Element;
    if (control.closest('form') || control.parentElement?.closest('a, button, [role="button"]')) continue;
    const text = (control.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
    if (text.length === 0 || text.length > LIMITS.proseChars) continue;
    if (seen.has(text)) return true;
    seen.add(text);
  }
  return false;
}

/** The first and the last of `els` that hold text of their own, in document order. */
function ends(els: Iterable<Element>): { first?: Element; last?: Element } {
  let first: Element | undefined;
  let last: Element | undefined;
  for (const el of els) {
    if (!isInlineContext(el)) continue;
    if (!first || el.compareDocumentPosition(first) & FOLLOWING) first = el;
    if (!last || last.compareDocumentPosition(el) & FOLLOWING) last = el;
  }
  return { ...(first ? { first } : {}), ...(last ? { last } : {}) };
}

/** Ancestors of `nodes` (the nodes themselves included), up to <html>. */
export function pathTo(nodes: Iterable<Element>): Set<Element> {
  const path = new Set<Element>();
  for (const node of nodes) {
    for (let el: Element | null = node; el && !path.has(el); el = el.parentElement) path.add(el);
  }
  return path;
}

/** (a) of the plan: the siblings of every element on the paths from <body> to `root` and to the extras outside it. */
function besidePath(root: Element, extras: readonly Element[]): Element[] {
  const hide: Element[] = [];
  // Extras inside the root only need protecting from (b); the paths are drawn to the others.
  const outside = extras.filter((x) => !root.contains(x) && !extras.some((y) => y !== x && y.contains(x)));
  const keepNodes = [root, ...outside];
  const path = pathTo(keepNodes);
  const keepSet = new Set(keepNodes);
  for (const node of path) {
    if (keepSet.has(node)) continue; // never look inside what we keep
    if (node === root.ownerDocument.documentElement) continue; // <head>/<body> are not hidden
    for (const child of Array.from(node.children)) {
      if (!path.has(child) && isHideable(child)) hide.push(child);
    }
  }
  return hide;
}

export function planHiding({ root, kept, extras, positionOf }: HidePlanInput): Element[] {
  // (a) siblings along the paths, from <body> down.
  const hide = besidePath(root, extras);
  // (b) boilerplate Readability dropped from inside the root.
  const holdsKept = pathTo(kept);
  const hidden = new Set<Element>();
  const hideOne = (el: Element) => {
    hidden.add(el);
    hide.push(el);
  };
  const nearExtra = (el: Element) => extras.some((x) => el.contains(x) || x.contains(el));
  // An author box after the article's last kept element: it links the byline's author page.
  const { first, last } = ends(kept);
  const authors = authorAddresses(root, extras, first);
  const afterArticle = (el: Element) => last !== undefined && (last.compareDocumentPosition(el) & FOLLOWING) !== 0 && !el.contains(last);
  // Iterative on purpose: pages nest thousands of levels deep. `inside` marks a block Readability
  // dropped that stayed visible (it reads like prose): within it only furniture by name or tag goes.
  const stack: Array<{ el: Element; inside: boolean }> = holdsKept.has(root) ? [{ el: root, inside: false }] : [];
  const stayed: Element[] = []; // dropped blocks left visible as prose
  while (stack.length > 0) {
    const { el, inside } = stack.pop() as { el: Element; inside: boolean };
    const children = Array.from(el.children);
    for (const child of children) {
      if (!inside && holdsKept.has(child)) {
        stack.push({ el: child, inside: false });
        continue;
      }
      if (!isHideable(child)) continue;
      if (extras.some((x) => x.contains(child))) continue; // an extra is kept whole
      const extraInside = extras.some((x) => child.contains(x));
      const boilerplate =
        !extraInside && (inside ? isFurnitureWithin(child) : isDroppedBoilerplate(child, positionOf) || (afterArticle(child) && (isAuthorBox(child, authors) || isCommentSection(child))));
      if (boilerplate) hideOne(child);
      else {
        if (!inside && !extraInside) stayed.push(child);
        if (child.children.length > 0) stack.push({ el: child, inside: true });
      }
    }
    hideOrphanHeadings(children, hidden, holdsKept, nearExtra, hideOne);
  }
  // (e) what follows the article's end: prose Readability dropped after a block hidden after the
  // last text it kept (a share or print bar, a tag line: the end of the article) is a disclaimer,
  // an author bio, a call to action. Bare Readability does not show it either.
  for (const el of afterTheEnd(stayed, hidden, afterArticle)) hideOne(el);
  // (d) rails of cards after the article's body, kept by Readability or not (card-rails.ts).
  for (const rail of cardRails(root, kept)) {
    if (!hidden.has(rail) && !extras.some((x) => x.contains(rail) || rail.contains(x))) hide.push(rail);
  }
  // (c) an author's bio or hover card inside a kept byline, and the toolbars beside it.
  hide.push(...bioPartsWithin(extras));
  hide.push(...toolbarsWithin(extras, root));
  // (f) author bio boxes and hover cards inside the root that are still visible (biosInRoot).
  hide.push(...biosInRoot(root, extras, new Set(hide)));
  return hide;
}

/**
 * The substrings a class or id needs for NAMES.bio to name it: a native pre-filter, so that only
 * the few candidates run the name test (isBioPart decides).
 */
const BIO_CANDIDATES = ['bio', 'tooltip', 'popover', 'vita', 'author', 'autor'].map((s) => `[class*="${s}" i], [id*="${s}" i]`).join(', ');

/**
 * Author bio boxes and hover cards inside the root, named so (NAMES.bio: "author-bio",
 * "about_author", a tooltip) or an author block holding a paragraph of prose (isBio), that are
 * still visible: Readability keeps them when they sit in the
 * article's container (before the body, beside the byline, or between the body and a note it
 * kept), where neither the tail nor the hide plan's dropped blocks reach. Measured on the jsdom
 * plan (session 17): wcxb-dev articles 693 words of it visible on 12 pages, 3 of them in the
 * reference; trafilatura-dev 539 words on 11 pages, no `with` snippet, 6 `without` ones;
 * readability-test-pages none. Author blocks with prose, added after: wcxb 167 words on 4 pages,
 * 2 in the reference; trafilatura-dev 491 words, no `with` snippet, 1 `without`; rtp none.
 * Never one that holds or is inside an extra (the byline's own
 * bio is bioPartsWithin's), a phrasing element in running text (a glossary tooltip in a
 * sentence), nor a block longer than an author box or than half of the root's text.
 */
function biosInRoot(root: Element, extras: readonly Element[], hidden: ReadonlySet<Element>): Element[] {
  const out: Element[] = [];
  const candidates = root.querySelectorAll(BIO_CANDIDATES);
  let rootText: number | undefined;
  const isHidden = (el: Element) => {
    for (let e: Element | null = el; e && e !== root; e = e.parentElement) if (hidden.has(e)) return true;
    return false;
  };
  for (let i = 0; i < candidates.length && i < LEAK.maxBioCandidates; i++) {
    const el = candidates[i] as Element;
    // In document order: what is inside a bio already found goes with it.
    if (out.length > 0 && (out[out.length - 1] as Element).contains(el)) continue;
    if (!isBio(el) || !isHideable(el)) continue;
    if (TAGS.phrasing.has(el.tagName.toUpperCase()) && el.parentElement && isInlineContext(el.parentElement)) continue;
    if (extras.some((x) => x.contains(el) || el.contains(x))) continue;
    rootText ??= readableLength(root);
    const text = readableLength(el);
    if (text > LIMITS.maxAuthorBoxChars || text > rootText / 2 || isHidden(el)) continue;
    out.push(el);
  }
  return out;
}

/**
 * Of the dropped blocks left visible (`stayed`), those after the article's end: the first block
 * hidden as furniture by tag or name, or holding controls (a share or print bar, a tag line), after the last text
 * Readability kept (`afterArticle`) marks the end, and the blocks that follow it as siblings (of
 * it or of a block around it) go, when all that stayed after it is short of an article section
 * (LEAK.maxAfterEndChars): a note, not the article's last sections Readability left out.
 */
function afterTheEnd(stayed: readonly Element[], hidden: ReadonlySet<Element>, afterArticle: (el: Element) => boolean): Element[] {
  let end: Element | undefined;
  for (const el of hidden) {
    if (!afterArticle(el) || !(isFurnitureWithin(el) || el.querySelector(CONTROLS) !== null)) continue;
    if (!end || el.compareDocumentPosition(end) & FOLLOWING) end = el;
  }
  if (!end) return [];
  const marker = end;
  const afterMarker = (el: Element): boolean => {
    for (let s = el.previousElementSibling, n = 0; s && n < LEAK.maxAfterEndSiblings; s = s.previousElementSibling, n++) if (s === marker || s.contains(marker)) return true;
    return false;
  };
  // All that stayed after the end must be short: a note, not the article's own last sections.
  let tail = 0;
  for (const el of stayed) if (marker.compareDocumentPosition(el) & FOLLOWING && !el.contains(marker)) tail += readableLength(el);
  return tail <= LEAK.maxAfterEndChars ? stayed.filter(afterMarker) : [];
}

/**
 * Share, print, font-size and follow toolbars, forms and buttons inside a kept header part (a
 * byline block, a dateline, a standfirst: an extra of at most maxExtraChars, not the root):
 * the plan keeps an extra whole, so they stayed beside the byline. By tag (nav, form, button…)
 * or furniture name, never a block that holds the byline's own name or date.
 */
function toolbarsWithin(extras: readonly Element[], root: Element): Element[] {
  const out: Element[] = [];
  for (const extra of extras) {
    if (extra.contains(root) || readableLength(extra) > LIMITS.maxExtraChars) continue;
    const all = extra.getElementsByTagName('*');
    for (let i = 0; i < all.length && i < LIMITS.maxBioScan; i++) {
      const el = all[i] as Element;
      if (out.some((x) => x.contains(el)) || !isHideable(el)) continue;
      if (!isFurnitureWithin(el) || el.matches(SELECTORS.byline) || el.querySelector(SELECTORS.byline)) continue;
      if (extras.some((x) => x !== extra && el.contains(x))) continue;
      out.push(el);
    }
  }
  return out;
}

/**
 * Inside a dropped block that stays visible (it may be article text Readability missed), only
 * what names itself page furniture, or is a form or navigation, is hidden; short or link-heavy
 * bits are not, since they may be the article's own.
 */
function isFurnitureWithin(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (TAGS.phrasing.has(tag) && el.parentElement && isInlineContext(el.parentElement)) return false;
  if (TAGS.furnitureWithin.has(tag)) return true;
  return isNamedFurniture(el);
}

/**
 * A heading Readability dropped, whose section (the siblings after it, up to the next heading) is
 * all hidden, is the title of that hidden block ("Related posts", "Weitere Themen"): hidden too.
 * A heading wrapped in a block of its own is hidden also when nothing follows it.
 */
function hideOrphanHeadings(children: readonly Element[], hidden: ReadonlySet<Element>, holdsKept: ReadonlySet<Element>, nearExtra: (el: Element) => boolean, hideOne: (el: Element) => void): void {
  for (let i = 0; i < children.length; i++) {
    const heading = children[i] as Element;
    if (hidden.has(heading) || holdsKept.has(heading)) continue;
    const inner = headingOf(heading);
    if (!inner || nearExtra(heading)) continue;
    let section = 0;
    let allHidden = true;
    for (let j = i + 1; j < children.length; j++) {
      const next = children[j] as Element;
      if (headingOf(next)) break;
      if (!isHideable(next)) continue;
      section++;
      if (!hidden.has(next)) {
        allHidden = false;
        break;
      }
    }
    // A heading in a block of its own was a short block before it was a heading: it stays only
    // over something that stays.
    if (allHidden && (section > 0 || inner !== heading)) hideOne(heading);
  }
}
