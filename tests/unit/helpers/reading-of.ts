/**
 * A reading as the extractor answers it (numbers of elements in the live page), built by hand for
 * a test that needs Readability to have picked a given block: `kept` are the elements it kept,
 * `top` the block its text comes from, `setAside` what it set aside.
 */
export function readingOf(doc: Document, pick: { kept: Element[]; top: Element; title: string; setAside?: Element[] }) {
  const live = Array.from(doc.querySelectorAll('*'));
  const kept = pick.kept.map((el) => live.indexOf(el)).sort((x, y) => x - y);
  return {
    kind: 'article',
    elements: live.length,
    kept,
    keptTags: kept.map((n) => live[n]!.localName),
    keptParents: kept.map((n) => live.indexOf(live[n]!.parentElement!)),
    top: [live.indexOf(pick.top)],
    textLength: (pick.top.textContent ?? '').length,
    ...(pick.setAside ? { setAside: pick.setAside.map((el) => live.indexOf(el)) } : {}),
    metadata: { title: pick.title },
    attribution: { pageUrl: doc.URL, authors: [], canonicalUrl: { value: doc.URL, source: 'url' }, credits: [] },
  };
}

/** The block and everything inside it. */
export const withDescendants = (el: Element): Element[] => [el, ...Array.from(el.querySelectorAll('*'))];
