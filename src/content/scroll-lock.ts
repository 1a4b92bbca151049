/**
 * Releases the scroll locks a modal leaves on the page: overflow hidden/clip on <html> or <body>,
 * a fixed-position <body> (with its scroll offset in `top`), lock classes, and inert / aria-hidden
 * put on the page's containers. Overrides go through a marker attribute and clean.css (user origin,
 * so they win over the page's own !important rules); only lock classes and inert/aria-hidden are
 * changed directly, each through the change log.
 */
import type { ChangeLog } from './change-log';
import { UNLOCK_ATTR } from './markers';

const LOCK_CLASS = /^(no-?scroll|scroll-?lock(ed)?|lock-?scroll|modal-?open|has-?modal|is-?modal-?open|overflow-?hidden|noscroll|disable-?scroll|scroll-?disabled|is-?locked|body-?lock|popup-?open|overlay-?open|tp-modal-open|fc-no-scroll|sp-message-open)$/i;

export interface LockRelease {
  /** The document scroll position to return to after releasing a fixed <body>. */
  scrollTo?: number;
}

function lockedOverflow(style: CSSStyleDeclaration): boolean {
  return /hidden|clip/.test(style.overflowY) || /hidden|clip/.test(style.overflow);
}

/** Applies the releases that are needed now; safe to call again (e.g. when the page re-locks). */
export function releaseScrollLocks(doc: Document, log: ChangeLog, keep: readonly Element[]): LockRelease {
  const win = doc.defaultView;
  const result: LockRelease = {};
  if (!win) return result;
  for (const el of [doc.documentElement, doc.body]) {
    if (!el) continue;
    for (const cls of Array.from(el.classList)) {
      if (LOCK_CLASS.test(cls)) {
        log.set(el, 'class', Array.from(el.classList).filter((c) => !LOCK_CLASS.test(c)).join(' '));
        break;
      }
    }
    const style = win.getComputedStyle(el);
    const fixedBody = el === doc.body && style.position === 'fixed';
    if (fixedBody) {
      const top = Number.parseFloat(style.top);
      if (Number.isFinite(top) && top < 0) result.scrollTo = -top;
    }
    const tokens = new Set((el.getAttribute(UNLOCK_ATTR) ?? '').split(' ').filter(Boolean));
    if (lockedOverflow(style)) tokens.add('overflow');
    if (fixedBody) tokens.add('fixed');
    if (tokens.size > 0) log.set(el, UNLOCK_ATTR, [...tokens].sort().join(' '));
  }
  // A modal makes the rest of the page inert or hidden from assistive technology: undo that
  // for the containers of what we keep.
  for (const node of keep) {
    for (let el: Element | null = node; el; el = el.parentElement) {
      if (el.hasAttribute('inert')) log.remove(el, 'inert');
      if (el.getAttribute('aria-hidden') === 'true') log.remove(el, 'aria-hidden');
    }
  }
  return result;
}

/** True when the page is locked again after a release (for the observer). */
export function isRelocked(doc: Document): boolean {
  const win = doc.defaultView;
  if (!win) return false;
  return [doc.documentElement, doc.body].some((el) => {
    if (!el) return false;
    if (Array.from(el.classList).some((c) => LOCK_CLASS.test(c))) return true;
    const style = win.getComputedStyle(el);
    return lockedOverflow(style) || (el === doc.body && style.position === 'fixed');
  });
}
