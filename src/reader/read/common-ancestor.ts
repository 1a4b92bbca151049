/** The lowest common ancestor of elements of one document, for the reader and the cleaner alike. */

/** Lowest common ancestor of `elements` (all in one document). Linear in the depth: no contains(). */
export function commonAncestor(elements: Iterable<Element>): Element | undefined {
  let chain: Element[] | undefined; // ancestors of the current answer, root first
  let depthOf: Map<Element, number> | undefined;
  for (const el of elements) {
    if (!chain || !depthOf) {
      chain = [];
      for (let e: Element | null = el; e; e = e.parentElement) chain.push(e);
      chain.reverse();
      depthOf = new Map(chain.map((e, i) => [e, i]));
      continue;
    }
    let e: Element | null = el;
    while (e && !depthOf.has(e)) e = e.parentElement;
    if (!e) return undefined;
    const depth = depthOf.get(e) as number;
    for (let i = depth + 1; i < chain.length; i++) depthOf.delete(chain[i] as Element);
    chain.length = depth + 1;
  }
  return chain?.[chain.length - 1];
}
