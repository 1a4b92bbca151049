/**
 * Some pages keep <body> (or the article's containers) invisible until their scripts have run
 * ("anti-flicker" snippets: visibility hidden or opacity 0). When a script is blocked or fails, the
 * reader sees a blank page. After cleanup, any container on the path to what we keep that is
 * invisible in this way is made visible again, through a marker attribute and clean.css.
 */
import type { ChangeLog } from './change-log';
import { pathTo } from './hide-plan';
import { REVEAL_ATTR } from './markers';

/** Reads which containers on the path to `keep` are invisible (visibility hidden where it starts, or opacity 0). */
export function findInvisibleContainers(keep: readonly Element[]): Element[] {
  const win = keep[0]?.ownerDocument.defaultView;
  if (!win) return [];
  const found: Element[] = [];
  for (const el of pathTo(keep)) {
    const style = win.getComputedStyle(el);
    // visibility is inherited: mark only where it starts, so the fix inherits down the same way.
    const parent = el.parentElement;
    const hiddenHere = style.visibility === 'hidden' && (!parent || win.getComputedStyle(parent).visibility !== 'hidden');
    if (hiddenHere || style.opacity === '0') found.push(el);
  }
  return found;
}

export function revealContainers(containers: readonly Element[], log: ChangeLog): void {
  for (const el of containers) log.set(el, REVEAL_ATTR, '');
}
