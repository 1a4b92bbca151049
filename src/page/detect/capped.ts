/** The first `cap` elements under `root` that match `selector`: every scan of the detector is bounded. */
export function capped(root: ParentNode, selector: string, cap: number): Element[] {
  const list = root.querySelectorAll(selector);
  const out: Element[] = [];
  for (let i = 0; i < list.length && i < cap; i++) out.push(list[i] as Element);
  return out;
}

/** Characters of an element's text, white space at its ends aside. */
export const textLength = (el: Node): number => (el.textContent ?? '').trim().length;
