/**
 * After the page around the article is hidden, the article may be left in a narrow column beside
 * empty space (its sidebar gone). Then its containers are freed from the page's column layout and
 * the article takes a comfortable reading width, centred.
 */
import type { ChangeLog } from './change-log';
import { WIDEN_ATTR } from './markers';

/** Narrower than this share of the viewport counts as a narrow column. */
const NARROW_SHARE = 0.5;
/** Empty space on one side larger than the other by this share of the viewport: a lopsided column. */
const LOPSIDED_SHARE = 0.2;
const MIN_VIEWPORT = 900;

/**
 * `rect`: the root's box as the browser last laid it out (an IntersectionObserver's entry);
 * without it, the box is asked for, which lays the page out first if it has changed.
 */
export function widenIfNarrow(root: Element, log: ChangeLog, rect: DOMRectReadOnly = root.getBoundingClientRect()): boolean {
  const win = root.ownerDocument.defaultView;
  const body = root.ownerDocument.body;
  if (!win || !body || win.innerWidth < MIN_VIEWPORT) return false;
  if (rect.width === 0) return false;
  const leftGap = rect.left;
  const rightGap = win.innerWidth - rect.right;
  const narrow = rect.width < win.innerWidth * NARROW_SHARE;
  const lopsided = Math.abs(leftGap - rightGap) > win.innerWidth * LOPSIDED_SHARE;
  if (!narrow && !lopsided) return false;
  for (let el: Element | null = root; el && el !== body; el = el.parentElement) {
    log.set(el, WIDEN_ATTR, el === root ? 'root' : '');
  }
  return true;
}
