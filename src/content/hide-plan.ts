/**
 * Decides which live elements to hide so that only the article is left:
 * (a) everything beside the path from <body> down to the article and its extras (headline,
 *     byline, lead image): the siblings of each of their ancestors;
 * (b) inside the article root, the blocks Readability dropped that look like boilerplate
 *     (share bars, promos, related links, forms, fixed overlays). A dropped block that looks
 *     like prose is left visible: when unsure, hide less.
 */

/** Elements that are never rendered or that we must not touch. */
const NEVER_HIDE = new Set(['HTML', 'HEAD', 'BODY', 'SCRIPT', 'STYLE', 'LINK', 'META', 'TEMPLATE', 'NOSCRIPT', 'TITLE', 'BASE']);

/** Dropped blocks with these tags are page furniture, not prose. */
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FORM', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'FOOTER', 'DIALOG', 'IFRAME', 'FIELDSET', 'MENU']);

const MEDIA_SELECTOR = 'img, picture, video, audio, svg, figure, figcaption, table';

export const BOILERPLATE_NAME =
  /(^|[\s_-])(share|sharing|social|sharebar|related|recommend(ed|ations)?|more-?stories|read-?more|read-?next|up-?next|promo|promotion|newsletter|subscribe|subscription|signup|sign-up|paywall|regwall|advert|advertisement|ad|ads|adslot|ad-?slot|ad-?container|dfp|gpt|sponsor(ed)?|comments?|disqus|popup|modal|overlay|banner|cookie|consent|gdpr|outbrain|taboola|tags|tag-?list|breadcrumbs?|print|toolbar|widget|trending|most-?popular|popular|follow|author-?bio|bio|donate|donation|inline-?cta|cta)([\s_-]|$)/i;

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
  return !NEVER_HIDE.has(el.tagName.toUpperCase());
}

function nameOf(el: Element): string {
  const cls = typeof el.className === 'string' ? el.className : el.getAttribute('class') ?? '';
  return `${cls} ${el.id} ${el.getAttribute('role') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
}

function linkDensity(el: Element): number {
  const text = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (text === 0) return 0;
  let linked = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return linked / text;
}

/** Whether a block Readability dropped from inside the article should be hidden. */
export function isDroppedBoilerplate(el: Element, positionOf?: (el: Element) => string): boolean {
  const tag = el.tagName.toUpperCase();
  if (/^H[1-6]$/.test(tag)) return BOILERPLATE_NAME.test(nameOf(el));
  const hasMedia = el.matches(MEDIA_SELECTOR) || el.querySelector(MEDIA_SELECTOR) !== null;
  if (FURNITURE_TAGS.has(tag)) return !hasMedia || tag !== 'ASIDE';
  if (BOILERPLATE_NAME.test(nameOf(el))) return true;
  const position = positionOf?.(el);
  if (position === 'fixed' || position === 'sticky') return true;
  if (hasMedia) return false;
  const textLength = (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  if (textLength === 0) return false; // nothing a reader would notice either way
  return textLength < 1500 && linkDensity(el) > 0.5;
}

/** Ancestors of `nodes` (the nodes themselves included), up to <html>. */
export function pathTo(nodes: Iterable<Element>): Set<Element> {
  const path = new Set<Element>();
  for (const node of nodes) {
    for (let el: Element | null = node; el && !path.has(el); el = el.parentElement) path.add(el);
  }
  return path;
}

export function planHiding({ root, kept, extras, positionOf }: HidePlanInput): Element[] {
  const hide: Element[] = [];
  // Extras inside the root only need protecting from (b); the paths are drawn to the others.
  const outside = extras.filter((x) => !root.contains(x) && !extras.some((y) => y !== x && y.contains(x)));
  const keepNodes = [root, ...outside];
  const path = pathTo(keepNodes);
  const keepSet = new Set(keepNodes);
  // (a) siblings along the paths, from <body> down.
  for (const node of path) {
    if (keepSet.has(node)) continue; // never look inside what we keep
    if (node === root.ownerDocument.documentElement) continue; // <head>/<body> are not hidden
    for (const child of Array.from(node.children)) {
      if (!path.has(child) && isHideable(child)) hide.push(child);
    }
  }
  // (b) boilerplate Readability dropped from inside the root.
  const holdsKept = pathTo(kept);
  // Iterative on purpose: pages nest thousands of levels deep.
  const stack: Element[] = holdsKept.has(root) ? [root] : [];
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    for (const child of Array.from(el.children)) {
      if (holdsKept.has(child)) {
        stack.push(child);
      } else if (isHideable(child) && !extras.some((x) => child.contains(x) || x.contains(child)) && isDroppedBoilerplate(child, positionOf)) {
        hide.push(child);
      }
    }
  }
  return hide;
}
