/**
 * Some pages keep <html>, <body> or the article's containers invisible until their scripts have
 * run ("anti-flicker" snippets: visibility hidden, opacity 0, or `html { display: none }`). When a
 * script is blocked or fails, the reader sees a blank page. After cleanup, what stands in the way
 * of the article is made visible again, through a marker attribute and clean.css:
 * - containers on the path to what we keep that are invisible (visibility or opacity): "visible";
 * - <html>, <body> and the article root's ancestors (the root included) that are not rendered at
 *   all (display none): "display". Only that path: a headline or image the page does not display
 *   beside it stays as the page has it.
 */
import type { ChangeLog } from './change-log';
import { pathTo } from './hide-plan';
import { REVEAL_ATTR } from './markers';

export interface InvisibleContainer {
  element: Element;
  /** The marker's tokens: "visible" (visibility, opacity), "display" (display none), or both. */
  reveal: string;
}

/** Reads which containers on the path to `keep` (`root` first) are invisible, and how. */
export function findInvisibleContainers(keep: readonly Element[], root: Element | undefined = keep[0]): InvisibleContainer[] {
  const win = keep[0]?.ownerDocument.defaultView;
  if (!win) return [];
  const rootPath = root ? pathTo([root]) : new Set<Element>();
  const found: InvisibleContainer[] = [];
  for (const el of pathTo(keep)) {
    const style = win.getComputedStyle(el);
    // visibility is inherited: mark only where it starts, so the fix inherits down the same way.
    const parent = el.parentElement;
    const hiddenHere = style.visibility === 'hidden' && (!parent || win.getComputedStyle(parent).visibility !== 'hidden');
    const tokens: string[] = [];
    if (hiddenHere || style.opacity === '0') tokens.push('visible');
    if (style.display === 'none' && rootPath.has(el)) tokens.push('display');
    if (tokens.length > 0) found.push({ element: el, reveal: tokens.join(' ') });
  }
  return found;
}

export function revealContainers(containers: readonly InvisibleContainer[], log: ChangeLog): void {
  for (const { element, reveal } of containers) log.set(element, REVEAL_ATTR, reveal);
}
