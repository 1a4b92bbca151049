/**
 * Never lose the article, by construction: once the plan is applied, the text a reader can see
 * inside the article must hold nearly all of Readability's. The plan hides only what Readability
 * dropped or what lies beside the article, but a wrong pick, a plan that no longer fits the page,
 * or the page's own style sheets (text kept invisible until a script runs, text in a `<div>` the
 * page does not display) can still leave the article unseen.
 *
 * Measure: letters and digits (any script; word counts need spaces, which Chinese, Japanese and
 * Thai do not use) of the text nodes Readability kept — those whose parent element it kept, as its
 * `textContent` is made of them — counted as seen when their parent is displayed and visible:
 * no ancestor hidden by us (our marker), and, for the page's own CSS, `checkVisibility` with
 * `visibility` (display none on any ancestor, content-visibility, visibility hidden). Style only,
 * no layout, once per element that holds kept text.
 *
 * When too little is seen, each block hiding kept text is shown again: ours lose their marker;
 * the page's own (display none, visibility hidden), inside the article root, get the reveal
 * marker as reveal.ts gives them. Text folded in a closed `<details>` counts as seen: the page
 * folds it by design and the reader opens it with a click. What still cannot be seen after that is
 * the page's doing (hidden above the root, a shadow tree that does not slot it): when it is still
 * most of the article, the cleaner does not report the page clean.
 */
import type { ChangeLog } from './change-log';
import { LIMITS } from '../reader/vocabulary';
import { HIDE_ATTR, REVEAL_ATTR } from './markers';

/** Letters and digits in `text`. */
export function letterCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/[\p{L}\p{N}]/gu)) n++;
  return n;
}

/** The elements that hold Readability's text directly, with how many letters each holds. */
export function keptText(kept: Iterable<Element>): Map<Element, number> {
  const out = new Map<Element, number>();
  for (const el of kept) {
    let n = 0;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) n += letterCount(child.nodeValue ?? '');
    }
    if (n > 0) out.set(el, n);
  }
  return out;
}

/** Hidden by us: the element or an ancestor carries our marker (without waiting for clean.css). */
export function hiddenByUs(el: Element): Element | undefined {
  let found: Element | undefined;
  for (let e: Element | null = el; e; e = e.parentElement) if (e.hasAttribute(HIDE_ATTR)) found = e;
  return found;
}

/** Whether `el`'s reveal marker (reveal.ts, clean.css) carries `token`. */
const revealedAs = (el: Element, token: string) => (el.getAttribute(REVEAL_ATTR) ?? '').split(' ').includes(token);

/**
 * Displayed and visible by the page's own style: `checkVisibility` where the browser has it (clean.css
 * applied, our markers count), else computed styles up the tree with our reveal markers read as
 * clean.css would apply them.
 */
export function shownByPage(el: Element): boolean {
  // Folded in a closed <details> by the page's own design: one click away, not hidden.
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

export interface ArticleSight {
  /** Letters of Readability's text on the page… */
  total: number;
  /** …and of them, those a reader can see. */
  seen: number;
  /** Elements holding kept text that are hidden by us. */
  ours: Element[];
  /** Elements holding kept text that the page's own style hides (not us). */
  page: Element[];
}

/** How much of `text` (see keptText) a reader can see. `shown` is injected so the measure can be tested without a browser. */
export function measureSight(text: ReadonlyMap<Element, number>, shown: (el: Element) => boolean = shownByPage): ArticleSight {
  const sight: ArticleSight = { total: 0, seen: 0, ours: [], page: [] };
  for (const [el, n] of text) {
    sight.total += n;
    if (hiddenByUs(el)) sight.ours.push(el);
    else if (shown(el)) sight.seen += n;
    else sight.page.push(el);
  }
  return sight;
}

/** Whether a reader sees nearly all of the article's text. */
export function seesArticle(sight: ArticleSight, share: number = LIMITS.minSeenArticleShare): boolean {
  return sight.total === 0 || sight.seen >= share * sight.total;
}

/** The page's own containers, from `el` up to `root` (included), that keep it from being seen: with the reveal tokens for each. */
function pageHiders(el: Element, root: Element): Array<[Element, string]> {
  const win = el.ownerDocument.defaultView;
  if (!win || !root.contains(el)) return [];
  const out: Array<[Element, string]> = [];
  for (let e: Element | null = el; e; e = e.parentElement) {
    const style = win.getComputedStyle(e);
    const tokens: string[] = [];
    if (style.display === 'none') tokens.push('display');
    // visibility is inherited: marked only where it starts, so the fix inherits down the same way.
    const parent = e.parentElement;
    if (style.visibility === 'hidden' && (!parent || win.getComputedStyle(parent).visibility !== 'hidden')) tokens.push('visible');
    if (tokens.length > 0) out.push([e, tokens.join(' ')]);
    if (e === root) break;
  }
  return out;
}

export interface ArticleCheck {
  /** The measure after any repair. */
  sight: ArticleSight;
  /** Our hidden blocks shown again. */
  unhidden: Element[];
  /** The page's containers revealed. */
  revealed: Element[];
}

/**
 * Checks that the reader sees the article (`kept`: Readability's elements, inside `root`) and,
 * when not, shows again what hides it, recording every change in `log`.
 */
export function verifyArticle(kept: Iterable<Element>, root: Element, log: ChangeLog, shown: (el: Element) => boolean = shownByPage): ArticleCheck {
  const text = keptText(kept);
  const sight = measureSight(text, shown);
  if (seesArticle(sight)) return { sight, unhidden: [], revealed: [] };
  const unhidden = new Set<Element>();
  for (const el of sight.ours) {
    for (let e: Element | null = el; e; e = e.parentElement) if (e.hasAttribute(HIDE_ATTR)) unhidden.add(e);
  }
  for (const el of unhidden) log.remove(el, HIDE_ATTR);
  // What the page hides, among what we hid too: the hiders are known only once ours are gone.
  const pageHidden = [...sight.page, ...sight.ours.filter((el) => !shown(el))];
  const revealed = new Map<Element, Set<string>>();
  for (const el of pageHidden) {
    for (const [e, tokens] of pageHiders(el, root)) {
      const set = revealed.get(e) ?? new Set((e.getAttribute(REVEAL_ATTR) ?? '').split(' ').filter(Boolean));
      for (const t of tokens.split(' ')) set.add(t);
      revealed.set(e, set);
    }
  }
  for (const [e, set] of revealed) log.set(e, REVEAL_ATTR, [...set].join(' '));
  return { sight: measureSight(text, shown), unhidden: [...unhidden], revealed: [...revealed.keys()] };
}

/**
 * The cleaner's check (see above): true when, after any repair, a reader sees at least
 * LIMITS.minShownArticleShare of the article's text; false when most of it stays unseen.
 */
export function keepsArticle(kept: Iterable<Element>, root: Element, log: ChangeLog): boolean {
  return seesArticle(verifyArticle(kept, root, log).sight, LIMITS.minShownArticleShare);
}
