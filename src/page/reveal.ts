/**
 * Some pages keep <html>, <body> or the article's containers invisible until their scripts have
 * run ("anti-flicker" snippets: visibility hidden, opacity 0, or `html { display: none }`). When a
 * script is blocked or fails, the reader sees a blank page. After cleanup, what stands in the way
 * of the article is made visible again, through a marker attribute and clean.css:
 * - containers on the path to what we keep that are invisible (visibility or opacity): "visible";
 * - <html>, <body> and the article root's ancestors (the root included) that are not rendered at
 *   all (display none) and wrap most of the page's text: "display". Only that path: a headline or
 *   image the page does not display beside it stays as the page has it, and so does a small block
 *   the page keeps undisplayed (a pick inside it is not the article);
 * - inside the root, the containers that keep text Readability kept from being displayed (a body
 *   collapsed until a script opens it, slides of a one-page gallery): "display". Readability reads
 *   no style sheets, so its reading (what a reader view shows) has that text; the page shows it too.
 *   Not a block whose text the page displays already (a copy of the body for another screen size).
 */
import type { ChangeLog } from './change-log';
import { pathTo } from '../reader/plan/hide-plan';
import { REVEAL_ATTR } from './markers';

export interface InvisibleContainer {
  element: Element;
  /** The marker's tokens: "visible" (visibility, opacity), "display" (display none), or both. */
  reveal: string;
}

/** The marker tokens per element, in the order found. */
type Tokens = Map<Element, Set<string>>;

function add(tokens: Tokens, el: Element, token: string): void {
  const set = tokens.get(el) ?? new Set<string>();
  set.add(token);
  tokens.set(el, set);
}

/** Characters of text in `el`, white space left out. */
const textSize = (el: Element) => (el.textContent ?? '').replace(/\s+/g, '').length;

/**
 * Whether a container on the root's path that the page does not display is one kept undisplayed
 * until a script runs: <html>, <body>, or a wrapper of most of the page's text. A smaller block
 * not displayed (a toolbar's "about" panel, a closed dialog) is the page's choice: a pick inside
 * it is not the article, and revealing it would show that block instead (verify-article.ts then
 * leaves the page as it is).
 */
function wrapsThePage(el: Element, body: () => number): boolean {
  const doc = el.ownerDocument;
  return el === doc.documentElement || el === doc.body || textSize(el) * 2 >= body();
}

/** Containers on the path to `keep` that are invisible (visibility, opacity), and root-path ones not displayed. */
function markPath(tokens: Tokens, win: Window, keep: readonly Element[], root: Element): void {
  const rootPath = pathTo([root]);
  let bodyText: number | undefined;
  const body = () => (bodyText ??= root.ownerDocument.body ? textSize(root.ownerDocument.body) : 0);
  for (const el of pathTo(keep)) {
    const style = win.getComputedStyle(el);
    // visibility is inherited: mark only where it starts, so the fix inherits down the same way.
    const parent = el.parentElement;
    const hiddenHere = style.visibility === 'hidden' && (!parent || win.getComputedStyle(parent).visibility !== 'hidden');
    if (hiddenHere || style.opacity === '0') add(tokens, el, 'visible');
    if (style.display === 'none' && rootPath.has(el) && wrapsThePage(el, body)) add(tokens, el, 'display');
  }
}

/** A block's text for comparing copies: white space runs made one space. */
const textKey = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Text blocks whose being displayed is worth a look (what a reader reads). */
const TEXT_BLOCK = /^(P|LI|H[1-6]|BLOCKQUOTE|PRE|DD|DT|TD|TH|FIGCAPTION)$/;

/**
 * The elements strictly inside `root` that are not displayed (display none) and hold a text block
 * Readability kept. Style only, no layout: `checkVisibility` first, computed styles only on the way
 * up from the few blocks it finds undisplayed.
 */
function markUndisplayedText(tokens: Tokens, win: Window, root: Element, kept: ReadonlySet<Element>): void {
  const undisplayed: Element[] = [];
  const displayed: Element[] = [];
  for (const el of kept) {
    if (!TEXT_BLOCK.test(el.tagName.toUpperCase()) || typeof el.checkVisibility !== 'function') continue;
    if (el.checkVisibility()) displayed.push(el);
    else if ((el.textContent ?? '').trim() !== '') undisplayed.push(el);
  }
  if (undisplayed.length === 0) return;
  // Each element's style is read once, however many undisplayed blocks share it (a whole page
  // kept undisplayed above the root would otherwise cost every block a walk to the root).
  const none = new Map<Element, boolean>();
  const undisplayedHere = (e: Element) => {
    let v = none.get(e);
    if (v === undefined) {
      v = win.getComputedStyle(e).display === 'none';
      none.set(e, v);
    }
    return v;
  };
  // The blocks under each outermost container the page does not display, inside the root.
  const groups = new Map<Element, Element[]>();
  for (const el of undisplayed) {
    let top: Element | undefined;
    for (let e: Element | null = el; e && e !== root; e = e.parentElement) if (undisplayedHere(e)) top = e;
    if (!top) continue;
    const group = groups.get(top);
    if (group) group.push(el);
    else groups.set(top, [el]);
  }
  // A container whose every block repeats text the page displays (each displayed block standing
  // for one of them) is the same content laid out for another screen size (site builders render
  // one variant per breakpoint and show one), not text the reader is missing: revealing it would
  // show the article twice or thrice. Anything else in it, or more copies than are shown: revealed.
  const shown = new Map<string, number>();
  for (const el of displayed) shown.set(textKey(el), (shown.get(textKey(el)) ?? 0) + 1);
  for (const [, blocks] of groups) {
    const left = new Map(shown);
    const copy = blocks.every((b) => {
      const k = textKey(b);
      const n = left.get(k) ?? 0;
      left.set(k, n - 1);
      return n > 0;
    });
    if (copy) continue;
    for (const b of blocks) for (let e: Element | null = b; e && e !== root; e = e.parentElement) if (undisplayedHere(e)) add(tokens, e, 'display');
  }
}

/**
 * What keeps the article from being seen: containers on the path to `keep` (`root` and the extras
 * kept beside it), and inside `root` the containers of text Readability kept (`kept`).
 */
export function findInvisibleContainers(keep: readonly Element[], root: Element, kept: ReadonlySet<Element> = new Set()): InvisibleContainer[] {
  const win = root.ownerDocument.defaultView;
  if (!win) return [];
  const tokens: Tokens = new Map();
  markPath(tokens, win, keep, root);
  markUndisplayedText(tokens, win, root, kept);
  return [...tokens].map(([element, set]) => ({ element, reveal: [...set].join(' ') }));
}

export function revealContainers(containers: readonly InvisibleContainer[], log: ChangeLog): void {
  for (const { element, reveal } of containers) {
    log.set(element, REVEAL_ATTR, reveal);
    // A closed <details> the article needs (verify-article.ts): opened, closed again on restore.
    if (element.localName === 'details' && reveal.split(' ').includes('open')) log.set(element, 'open', '');
  }
}
