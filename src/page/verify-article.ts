/**
 * Never lose the article, by construction: with the plan applied, the text a reader can see inside
 * the article must hold nearly all of Readability's. The plan hides only what Readability dropped
 * or what lies beside the article, but a wrong pick, a plan that no longer fits the page, or the
 * page's own style sheets (text kept invisible until a script runs, text in a `<div>` the page
 * does not display) can still leave the article unseen.
 *
 * Checked before anything is written, so the page's style is read while it is up to date (one
 * style pass with reveal.ts's reads, none forced after our writes): our hiding is read from the
 * plan (an ancestor in its hide list), the page's from `checkVisibility` with visibility (display
 * none on any ancestor, content-visibility, visibility hidden), what reveal.ts will reveal
 * counted as shown; text the page shows elsewhere word for word (a copy laid out for another
 * screen size) counts as seen once. Measure: letters and digits (any script; word counts need spaces, which
 * Chinese, Japanese and Thai do not use) of the text nodes Readability kept — those whose parent
 * element it kept, as its `textContent` is made of them — counted only when some would be unseen.
 *
 * When less than LIMITS.minSeenArticleShare would be seen, the plan's blocks over the missing text
 * are left visible and the page's own hiders inside the root (display none, visibility hidden)
 * get the reveal marker. Text folded in a closed `<details>` inside the root counts as unseen
 * here (a reader sees only its summary, and Readability's reading has it all): when that is what
 * keeps the article from being seen, those `<details>` are opened (the `open` token: the cleaner
 * sets their `open` attribute, undone on restore). A `<details>` above the root is the page's
 * choice and counts as seen, one click away. When most of the article would still be unseen
 * (hidden above the root beyond what reveal.ts shows, a shadow tree that does not slot it), the
 * page is not cleaned.
 */
import { LIMITS } from '../reader/vocabulary';
import { REVEAL_ATTR } from './markers';

/** Letters and digits in `text`. */
export function letterCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/[\p{L}\p{N}]/gu)) n++;
  return n;
}

/** Whether `el`'s reveal marker (reveal.ts, clean.css) carries `token`. */
const revealedAs = (el: Element, token: string) => (el.getAttribute(REVEAL_ATTR) ?? '').split(' ').includes(token);

/**
 * Displayed and visible by the page's own style: `checkVisibility` where the browser has it (clean.css
 * applied, our markers count), else computed styles up the tree with our reveal markers read as
 * clean.css would apply them.
 */
export function shownByPage(el: Element): boolean {
  // Folded in a closed <details> by the page's own design: one click away (planSight opens the
  // ones inside the article when they hold what would be missing).
  const details = el.closest('details');
  if (details && !details.open && !el.closest('summary')) return true;
  if (typeof el.checkVisibility === 'function') return el.checkVisibility({ visibilityProperty: true });
  const win = el.ownerDocument.defaultView;
  if (!win) return true;
  for (let e: Element | null = el; e; e = e.parentElement) if (win.getComputedStyle(e).display === 'none' && !revealedAs(e, 'display')) return false;
  if (win.getComputedStyle(el).visibility !== 'hidden') return true;
  let start = el;
  while (start.parentElement && win.getComputedStyle(start.parentElement).visibility === 'hidden') start = start.parentElement;
  return revealedAs(start, 'visible');
}

/**
 * The page's own containers from `el` up to <html> that keep it from being seen, with the reveal
 * tokens each needs: display none, and visibility hidden where it starts (visibility is
 * inherited: the fix inherits down the same way).
 */
function pageHiders(el: Element): Array<[Element, string, boolean]> {
  const win = el.ownerDocument.defaultView;
  if (!win) return [];
  const out: Array<[Element, string, boolean]> = [];
  for (let e: Element | null = el; e; e = e.parentElement) {
    const style = win.getComputedStyle(e);
    const tokens: string[] = [];
    if (style.display === 'none') tokens.push('display');
    const parent = e.parentElement;
    if (style.visibility === 'hidden' && (!parent || win.getComputedStyle(parent).visibility !== 'hidden')) tokens.push('visible');
    // Hidden by its own style attribute: the page's explicit choice (Readability's too), never revealed here.
    const inline = (e as HTMLElement).style;
    if (tokens.length > 0) out.push([e, tokens.join(' '), inline?.display !== 'none' && inline?.visibility !== 'hidden']);
  }
  return out;
}

/** Whether an element holds non-blank text of its own (a text node child). */
function ownsText(el: Element): boolean {
  for (let child = el.firstChild; child; child = child.nextSibling) if (child.nodeType === 3 && (child.nodeValue ?? '').trim() !== '') return true;
  return false;
}

/** The closed `<details>` strictly inside `root` that fold `el` away (not in their summary), outermost first. */
function foldedIn(el: Element, root: Element): Element[] {
  const out: Element[] = [];
  const summary = el.closest('summary');
  for (let e: Element | null = el.parentElement; e && e !== root; e = e.parentElement) {
    if (e.localName === 'details' && !e.hasAttribute('open') && summary?.parentElement !== e) out.unshift(e);
  }
  return out;
}

/** The element of `hide` that `el` is inside of (itself included), if any. */
function underHidden(el: Element, hide: ReadonlySet<Element>): Element | undefined {
  let found: Element | undefined;
  for (let e: Element | null = el; e; e = e.parentElement) if (hide.has(e)) found = e;
  return found;
}

export interface SightPlan {
  /** The plan's hide list, without the blocks that would hide the article. */
  hide: Element[];
  /** The reveal markers to set: `invisible` (reveal.ts) with the page's hiders of the article merged in. */
  reveal: Array<{ element: Element; reveal: string }>;
  /** Blocks of the plan left visible to keep the article seen. */
  unhidden: Element[];
  /** False when most of the article would stay unseen even so: the page is then not to be cleaned. */
  ok: boolean;
}

/** The check (see above) on the plan's hide list and reveal.ts's `invisible`, before anything is written. */
export function planSight(
  kept: Iterable<Element>,
  root: Element,
  hide: readonly Element[],
  invisible: ReadonlyArray<{ element: Element; reveal: string }>,
  shown: (el: Element) => boolean = shownByPage,
): SightPlan {
  const hideSet = new Set(hide);
  const reveal = () => invisible.map(({ element, reveal }) => ({ element, reveal }));
  const tokens = new Map<Element, Set<string>>(invisible.map(({ element, reveal }) => [element, new Set(reveal.split(' '))]));
  const revealed = (e: Element, t: string) => t.split(' ').every((token) => tokens.get(e)?.has(token));
  // Not shown by the page's style, and not shown by what reveal.ts marks either.
  const unseen = (el: Element) => !shown(el) && !pageHiders(el).every(([e, t]) => revealed(e, t));
  const owners: Element[] = [];
  const ours = new Map<Element, Element>(); // owner -> the outermost hidden block over it
  const page = new Set<Element>();
  const folded = new Map<Element, Element[]>(); // owner -> the closed <details> in the root over it
  for (const el of kept) {
    if (!ownsText(el)) continue;
    owners.push(el);
    const over = underHidden(el, hideSet);
    if (over) ours.set(el, over);
    const fold = foldedIn(el, root);
    if (fold.length > 0) folded.set(el, fold);
    else if (unseen(el)) page.add(el);
  }
  if (ours.size === 0 && page.size === 0 && folded.size === 0) return { hide: [...hide], reveal: reveal(), unhidden: [], ok: true };
  const ownText = (el: Element) => Array.from(el.childNodes, (n) => (n.nodeType === 3 ? (n.nodeValue ?? '') : '')).join(' ');
  // Text the page does not show but shows elsewhere, the same words (a copy of the body laid out
  // for another screen size, as reveal.ts leaves it), or a second copy of text it does not show:
  // seen once is enough, the copy is not missing.
  if (page.size > 0) {
    const key = (el: Element) => ownText(el).replace(/\s+/g, ' ').trim();
    const once = new Set(owners.filter((el) => !ours.has(el) && !page.has(el) && !folded.has(el)).map(key));
    for (const el of [...page]) {
      const k = key(el);
      if (once.has(k)) page.delete(el);
      else once.add(k);
    }
    if (ours.size === 0 && page.size === 0 && folded.size === 0) return { hide: [...hide], reveal: reveal(), unhidden: [], ok: true };
  }
  const letters = new Map(owners.map((el) => [el, letterCount(ownText(el))]));
  let total = 0;
  let seen = 0;
  for (const [el, n] of letters) {
    total += n;
    if (!ours.has(el) && !page.has(el) && !folded.has(el)) seen += n;
  }
  if (total === 0 || seen >= LIMITS.minSeenArticleShare * total) return { hide: [...hide], reveal: reveal(), unhidden: [], ok: true };
  // Folded text is a click away: the page is clean with it folded, and the details are opened
  // only where the article needs them to be seen.
  for (const [el, fold] of folded) {
    if (!ours.has(el) && !page.has(el)) seen += letters.get(el) ?? 0;
    for (const d of fold) {
      const set = tokens.get(d) ?? new Set<string>();
      set.add('open');
      tokens.set(d, set);
    }
  }
  // Show again: our blocks over the missing text (each hidden ancestor), the page's hiders inside the root.
  const unhidden = new Set<Element>();
  for (const el of ours.keys()) for (let e: Element | null = el; e; e = e.parentElement) if (hideSet.has(e)) unhidden.add(e);
  let freed = seen + [...ours.keys()].filter((el) => !page.has(el)).reduce((sum, el) => sum + (letters.get(el) ?? 0), 0);
  // Inside the root each hider gets the reveal marker; above it, only what reveal.ts marks already
  // (the root's path) is shown: the rest of the page is not ours to unhide.
  for (const el of page) {
    let covered = true;
    const found: Array<[Element, string]> = [];
    for (const [e, t, revealable] of pageHiders(el)) {
      if (revealable && root.contains(e)) found.push([e, t]);
      else if (!revealed(e, t)) covered = false;
    }
    if (covered) freed += letters.get(el) ?? 0;
    for (const [e, t] of found) {
      const set = tokens.get(e) ?? new Set<string>();
      for (const token of t.split(' ')) set.add(token);
      tokens.set(e, set);
    }
  }
  return {
    hide: hide.filter((el) => !unhidden.has(el)),
    reveal: [...tokens].map(([element, set]) => ({ element, reveal: [...set].join(' ') })),
    unhidden: [...unhidden],
    ok: freed >= LIMITS.minShownArticleShare * total,
  };
}
