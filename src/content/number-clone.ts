/**
 * Parses a copy of the page, never the page itself: clones the document and numbers the clone's
 * elements so that whatever Readability keeps can be traced back to the live element.
 *
 * `cloneNode(true)` keeps the element structure, so the clone's elements and the live ones pair
 * one to one in document order. The numbers survive Readability: `_setNodeTag` copies attributes,
 * and its retry rebuilds the tree from innerHTML, which keeps attributes too.
 */
import { NUMBER_ATTR } from './markers';

export interface NumberedClone {
  clone: Document;
  /** live[n] is the live element whose clone carries number n. */
  live: Element[];
}

export function numberedClone(doc: Document): NumberedClone | undefined {
  const clone = doc.cloneNode(true) as Document;
  const liveAll = doc.getElementsByTagName('*');
  const cloneAll = clone.getElementsByTagName('*');
  // The page cannot change between the two lines above (no script runs), so a mismatch
  // means something unexpected (e.g. a custom element upgrade): give up rather than mis-map.
  if (liveAll.length !== cloneAll.length) return undefined;
  const live = new Array<Element>(liveAll.length);
  for (let i = 0; i < liveAll.length; i++) {
    live[i] = liveAll[i] as Element;
    (cloneAll[i] as Element).setAttribute(NUMBER_ATTR, String(i));
  }
  return { clone, live };
}

/** The live elements whose numbers appear in `root`'s subtree (root included). */
export function liveElementsIn(root: Element, live: readonly Element[]): Set<Element> {
  const found = new Set<Element>();
  const add = (el: Element) => {
    const n = el.getAttribute(NUMBER_ATTR);
    if (n === null) return;
    const element = live[Number(n)];
    if (element) found.add(element);
  };
  add(root);
  for (const el of Array.from(root.getElementsByTagName('*'))) add(el);
  return found;
}
