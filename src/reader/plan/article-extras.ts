/**
 * The parts of an article that Readability leaves out of its content but a reader expects to see:
 * the headline, the byline and dateline, the standfirst and the lead image. They usually sit next
 * to the article body, in a header above it.
 */
import { commonAncestor } from '../read/pairing';
import { classAndId, LIMITS, NAMES, normalizeText, SELECTORS, TAGS } from '../vocabulary';

/** Node.DOCUMENT_POSITION_FOLLOWING, spelled out so the module runs without DOM globals. */
const FOLLOWING = 4;

function textOf(el: Element): string {
  return normalizeText(el.textContent);
}

/** The live heading that shows the article title, if any. */
export function findHeadline(doc: Document, title: string | null | undefined, root: Element): Element | undefined {
  const wanted = normalizeText(title);
  const candidates = Array.from(doc.querySelectorAll(SELECTORS.headlines)).slice(0, LIMITS.maxHeadlineCandidates);
  const matches = (el: Element) => {
    const text = textOf(el);
    if (text.length < LIMITS.minHeadlineChars) return false;
    if (!wanted) return false;
    return text === wanted || (text.length >= LIMITS.minHeadlineShare * wanted.length && wanted.includes(text)) || (text.includes(wanted) && text.length <= wanted.length * LIMITS.maxHeadlineRatio);
  };
  const found = candidates.find((el) => el.tagName === 'H1' && matches(el)) ?? candidates.find(matches);
  if (found) return found;
  // No title match: a single h1 right before the article, or at its top, is the headline.
  const h1s = candidates.filter((el) => el.tagName === 'H1');
  if (h1s.length === 1) {
    const h1 = h1s[0] as Element;
    const before = h1.compareDocumentPosition(root) & FOLLOWING;
    if (root.contains(h1) || before) return h1;
  }
  return undefined;
}

/** Small elements near the article that a reader expects to keep: byline, dateline, standfirst, lead image. */
export function findExtras(root: Element, headline: Element | undefined): Element[] {
  const doc = root.ownerDocument;
  let container = headline ? commonAncestor([root, headline]) : (root.parentElement ?? undefined);
  if (!container || container === doc.body || container === doc.documentElement) container = root.parentElement ?? undefined;
  if (!container || container === doc.documentElement) return [];
  const extras: Element[] = [];
  const outsideRoot = (el: Element) => !root.contains(el) && !el.contains(root);
  // Only what comes before the article body (and after the headline, if there is one) is "header" material.
  const inHeaderZone = (el: Element) => {
    if (!outsideRoot(el)) return false;
    if (!(el.compareDocumentPosition(root) & FOLLOWING)) return false;
    if (headline && !headline.contains(el) && !(headline.compareDocumentPosition(el) & FOLLOWING)) return false;
    return true;
  };
  for (const el of Array.from(container.querySelectorAll(SELECTORS.byline)).slice(0, LIMITS.maxBylineCandidates)) {
    if (!inHeaderZone(el)) continue;
    if (textOf(el).length > LIMITS.maxExtraChars) continue;
    if (el.closest(SELECTORS.navigation)) continue;
    if (isBio(el) || insideBio(el, container)) continue;
    extras.push(el);
  }
  for (const el of Array.from(container.querySelectorAll(SELECTORS.images)).slice(0, LIMITS.maxImageCandidates)) {
    if (!inHeaderZone(el)) continue;
    if (el.closest('a[href]') && !el.closest('figure')) continue; // linked thumbnails are teasers, not the lead image
    if (insideBio(el, container)) continue; // the author's portrait
    const figure = el.closest('figure');
    const target = figure && container.contains(figure) ? figure : el;
    if (target.tagName === 'IMG' && isTinyImage(target as HTMLImageElement)) continue;
    extras.push(target);
    break; // one lead image
  }
  if (headline) {
    // The standfirst right under the headline: named so, or a subtitle heading (an h2 after the h1).
    const next = headline.nextElementSibling;
    const nextText = next ? textOf(next).length : 0;
    if (next && inHeaderZone(next) && nextText <= LIMITS.maxExtraChars) {
      const named = /^(P|H2|H3|DIV)$/.test(next.tagName) && NAMES.standfirst.test(`${next.className} ${next.id}`);
      const subtitle = /^H[2-6]$/.test(next.tagName) && nextText >= LIMITS.minStandfirstChars && !next.querySelector('a[href]');
      if (named || subtitle) extras.push(next);
    }
    // A heading group is the headline with its kicker and subtitle.
    const group = headline.parentElement;
    if (group?.localName === 'hgroup' && outsideRoot(group) && group.compareDocumentPosition(root) & FOLLOWING && textOf(group).length <= LIMITS.maxExtraChars && !extras.includes(group))
      extras.push(group);
  }
  return extras;
}

/** The first block of the article's running text: a paragraph Readability kept, of prose length. */
function firstProse(root: Element, kept: ReadonlySet<Element>): Element | undefined {
  const paragraphs = root.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length && i < LIMITS.maxBylineCandidates; i++) {
    const p = paragraphs[i] as Element;
    if (kept.has(p) && textOf(p).length >= LIMITS.minHeaderProseChars) return p;
  }
  return undefined;
}

/**
 * Bylines and datelines inside the article root, above its running text. Readability takes a
 * byline out of its content (it reads it as metadata), so the plan would hide it as a short block
 * it dropped. Found by structure — rel, itemprop, class or id, `<address>`, `<time>` — and
 * position, so in any language; not inside a navigation or a bio box.
 */
export function bylinesInRoot(root: Element, kept: ReadonlySet<Element>): Element[] {
  const first = firstProse(root, kept);
  if (!first) return [];
  const out: Element[] = [];
  for (const el of Array.from(root.querySelectorAll(SELECTORS.byline)).slice(0, LIMITS.maxBylineCandidates)) {
    if (!(el.compareDocumentPosition(first) & FOLLOWING)) break; // document order: the text has started
    if (kept.has(el) || out.some((x) => x.contains(el))) continue;
    if (textOf(el).length > LIMITS.maxExtraChars || el.closest(SELECTORS.navigation)) continue;
    if (isBio(el) || insideBio(el, root)) continue;
    out.push(el);
  }
  return out;
}

/**
 * The elements after the headline (outside it) and before the article body, in document order,
 * the body's own ancestors left out: where a standfirst, a byline or an introduction sits. Empty
 * when the body does not follow the headline. Read once per cleanup, by the standfirst and the
 * header prose.
 */
export function headerZone(headline: Element, root: Element): Element[] {
  if (root.contains(headline) || headline.contains(root) || !(headline.compareDocumentPosition(root) & FOLLOWING)) return [];
  let top: Element | null = headline.parentElement;
  while (top && !top.contains(root)) top = top.parentElement;
  if (!top) return [];
  const walker = root.ownerDocument.createTreeWalker(top, 1 /* NodeFilter.SHOW_ELEMENT */);
  walker.currentNode = headline;
  let node = walker.nextNode();
  while (node && headline.contains(node)) node = walker.nextNode();
  const zone: Element[] = [];
  for (; node && node !== root && zone.length < LIMITS.maxHeaderZone; node = walker.nextNode()) {
    if (!(node as Element).contains(root)) zone.push(node as Element);
  }
  return zone;
}

/**
 * The standfirst named by no class: the innermost block of the header zone (see headerZone) whose
 * text the page's description quotes (or which quotes the description whole). Sites write the
 * description from the standfirst; Readability leaves it out of the body.
 */
export function describedStandfirst(zone: readonly Element[], description: string | null | undefined): Element | undefined {
  const summary = normalizeText(description)
    .replace(/(\.\.\.|…)$/, '')
    .trim();
  if (summary.length < LIMITS.minStandfirstChars) return undefined;
  let found: Element | undefined;
  for (const element of zone) {
    if (!TAGS.standfirst.has(element.localName)) continue;
    const text = textOf(element);
    if (text.length < LIMITS.minStandfirstChars || text.length > LIMITS.maxExtraChars) continue;
    if (summary.includes(text) || (text.includes(summary) && text.length <= LIMITS.maxStandfirstRatio * summary.length)) {
      // Innermost: a later match inside this one replaces it.
      if (found && !found.contains(element)) break;
      found = element;
    }
  }
  if (!found || found.closest(`${SELECTORS.navigation}, a[href]`)) return undefined;
  return found;
}

function isTinyImage(img: HTMLImageElement): boolean {
  const w = img.width || Number(img.getAttribute('width')) || 0;
  const h = img.height || Number(img.getAttribute('height')) || 0;
  return (w > 0 && w < LIMITS.minImageWidth) || (h > 0 && h < LIMITS.minImageHeight);
}

/** A part of the page about the author: named so and long enough to be more than a label. */
export function isBioPart(el: Element): boolean {
  return NAMES.bio.test(classAndId(el)) && textOf(el).length >= LIMITS.minBioChars;
}

/** A byline candidate that is a bio box: named so, or an author block holding a paragraph of prose. */
export function isBio(el: Element): boolean {
  if (isBioPart(el)) return true;
  if (!NAMES.author.test(classAndId(el))) return false;
  for (const p of Array.from(el.querySelectorAll('p')).slice(0, LIMITS.maxBylineParagraphs)) {
    if (textOf(p).length >= LIMITS.maxBylineProse) return true;
  }
  return false;
}

/** Inside a bio box (up to `container`): its name link is the bio's, not the article's byline. */
function insideBio(el: Element, container: Element): boolean {
  for (let e = el.parentElement; e && e !== container; e = e.parentElement) if (isBioPart(e)) return true;
  return false;
}

/** Bio parts inside the kept extras (an author hover card inside the byline): hidden, the byline stays. */
export function bioPartsWithin(extras: readonly Element[]): Element[] {
  const parts: Element[] = [];
  for (const extra of extras) {
    for (const el of Array.from(extra.querySelectorAll('*')).slice(0, LIMITS.maxBioScan)) {
      if (parts.some((p) => p.contains(el))) continue;
      if (isBioPart(el) && !extras.some((x) => x !== extra && el.contains(x))) parts.push(el);
    }
  }
  return parts;
}

/** Node.DOCUMENT_POSITION_PRECEDING, spelled out so the module runs without DOM globals. */
const PRECEDING = 2;

/**
 * The addresses the article's header links to (an author's page, the section's front), read from
 * the kept extras before the body and the links inside the root before its first kept text (the
 * byline, the "reviewed by" line): a block after the article that links one of them is about the
 * author or the section, not the article. The page's own address and in-page anchors are left out
 * (a headline links itself).
 */
export function authorAddresses(root: Element, extras: readonly Element[], firstKept: Element | undefined): Set<string> {
  const out = new Set<string>();
  if (!firstKept) return out;
  const page = root.ownerDocument.URL.split('#')[0];
  const before = (el: Element) => (firstKept.compareDocumentPosition(el) & PRECEDING) !== 0 && !el.contains(firstKept);
  const links: Element[] = [];
  for (const extra of extras) if (before(extra)) links.push(...(extra.localName === 'a' ? [extra] : Array.from(extra.querySelectorAll('a[href]')).slice(0, LIMITS.maxAuthorLinks)));
  const inRoot = root.getElementsByTagName('a');
  for (let i = 0; i < inRoot.length && i < LIMITS.maxAuthorLinks && before(inRoot[i] as Element); i++) links.push(inRoot[i] as Element);
  for (const a of links) {
    const href = (a as HTMLAnchorElement).href ?? '';
    if (/^https?:/i.test(href) && href.split('#')[0] !== page) out.add(href);
    if (out.size >= LIMITS.maxAuthorLinks) break;
  }
  return out;
}

/** A block about the author: it links an address of the byline's (see authorAddresses) and is no longer than an author box. */
export function isAuthorBox(el: Element, addresses: ReadonlySet<string>): boolean {
  if (addresses.size === 0) return false;
  const links = el.localName === 'a' ? [el] : Array.from(el.querySelectorAll('a[href]')).slice(0, LIMITS.maxAuthorLinks);
  if (!links.some((a) => addresses.has((a as HTMLAnchorElement).href ?? ''))) return false;
  const text = textOf(el).length;
  return text >= LIMITS.minBioChars && text <= LIMITS.maxAuthorBoxChars;
}
