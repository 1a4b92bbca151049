/**
 * Releases the scroll locks a modal leaves on the page: overflow hidden/clip on <html> or <body>,
 * a fixed-position <body> (with its scroll offset in `top`), lock classes, and inert / aria-hidden
 * put on the page's containers. Overrides go through a marker attribute and clean.css (user origin,
 * so they win over the page's own !important rules); only lock classes and inert/aria-hidden are
 * changed directly, each through the change log.
 */
import type { ChangeLog } from './change-log';
import { UNLOCK_ATTR } from './markers';

const LOCK_CLASS =
  /^(no-?scroll|scroll-?lock(ed)?|lock-?scroll|modal-?open|has-?modal|is-?modal-?open|overflow-?hidden|noscroll|disable-?scroll|scroll-?disabled|is-?locked|body-?lock|popup-?open|overlay-?open|tp-modal-open|fc-no-scroll|sp-message-open)$/i;

export interface LockRelease {
  /** The document scroll position to return to after releasing a fixed <body>. */
  scrollTo?: number;
}

/** What to change, read from computed styles before anything is written (one style pass). */
export interface LockPlan {
  writes: Array<{ el: Element; classes?: string; unlock?: string }>;
  scrollTo?: number;
}

function lockedOverflow(style: CSSStyleDeclaration): boolean {
  return /hidden|clip/.test(style.overflowY) || /hidden|clip/.test(style.overflow);
}

/** Reads which scroll locks <html> and <body> carry now. */
export function planScrollLocks(doc: Document): LockPlan {
  const win = doc.defaultView;
  const plan: LockPlan = { writes: [] };
  if (!win) return plan;
  for (const el of [doc.documentElement, doc.body]) {
    if (!el) continue;
    const write: LockPlan['writes'][number] = { el };
    const classes = Array.from(el.classList);
    if (classes.some((c) => LOCK_CLASS.test(c))) write.classes = classes.filter((c) => !LOCK_CLASS.test(c)).join(' ');
    const style = win.getComputedStyle(el);
    const fixedBody = el === doc.body && style.position === 'fixed';
    if (fixedBody) {
      const top = Number.parseFloat(style.top);
      if (Number.isFinite(top) && top < 0) plan.scrollTo = -top;
    }
    const tokens = new Set((el.getAttribute(UNLOCK_ATTR) ?? '').split(' ').filter(Boolean));
    const had = tokens.size;
    if (lockedOverflow(style)) tokens.add('overflow');
    if (fixedBody) tokens.add('fixed');
    if (tokens.size > had) write.unlock = [...tokens].sort().join(' ');
    if (write.classes !== undefined || write.unlock !== undefined) plan.writes.push(write);
  }
  return plan;
}

/**
 * Applies a plan, and undoes inert / aria-hidden that a modal put on the containers of what we
 * keep (the rest of the page is hidden from assistive technology while a modal is open).
 */
export function applyScrollLocks(plan: LockPlan, log: ChangeLog, keep: readonly Element[]): LockRelease {
  for (const { el, classes, unlock } of plan.writes) {
    if (classes !== undefined) log.set(el, 'class', classes);
    if (unlock !== undefined) log.set(el, UNLOCK_ATTR, unlock);
  }
  for (const node of keep) {
    for (let el: Element | null = node; el; el = el.parentElement) {
      if (el.hasAttribute('inert')) log.remove(el, 'inert');
      if (el.getAttribute('aria-hidden') === 'true') log.remove(el, 'aria-hidden');
    }
  }
  return plan.scrollTo === undefined ? {} : { scrollTo: plan.scrollTo };
}

/** Reads and applies at once; safe to call again (e.g. when the page re-locks). */
export function releaseScrollLocks(doc: Document, log: ChangeLog, keep: readonly Element[]): LockRelease {
  return applyScrollLocks(planScrollLocks(doc), log, keep);
}
