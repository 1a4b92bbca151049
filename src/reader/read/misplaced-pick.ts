/**
 * When Readability's pick is not the article: it sometimes takes one block of the page for the
 * article because it holds the most paragraph-like text — a sidebar, a comment or review
 * section, an author box in the post's footer, an advertiser disclosure, a sign-up dialog, a
 * table of names under an open letter. Such a block sits beside the headline, not around it: it
 * is named or tagged as what it is, and it does not contain the page's headline. That block is
 * set aside in a fresh copy and the page read again (see read-article.ts).
 */
import { classAndId, NAMES, TAGS } from '../vocabulary';

function isBeside(el: Element): boolean {
  return TAGS.beside.has(el.localName) || NAMES.besideRole.test(el.getAttribute('role') ?? '') || NAMES.beside.test(classAndId(el));
}

/** The page's headlines: its `<h1>` elements with text. */
function headlines(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('body h1')).filter((h) => (h.textContent ?? '').trim() !== '');
}

/**
 * The block to set aside, if `root` (Readability's pick, in an untouched copy) lies in one: the
 * outermost ancestor of `root` (itself included, <body> not) that is tagged, given a role or named
 * as a block beside the article, or the table whose rows were picked, and that holds none of the
 * page's headlines. With no headline on the page, only tags and roles count: names alone are too
 * weak a sign. `table`: the block is the picked table (part of the article, not beside it).
 */
export function misplacedPick(root: Element): { block: Element; table: boolean } | undefined {
  const doc = root.ownerDocument;
  const heads = headlines(doc);
  const holdsHeadline = (el: Element) => heads.some((h) => el.contains(h));
  let found: { block: Element; table: boolean } | undefined;
  if (TAGS.tableParts.has(root.localName)) {
    const table = root.closest('table');
    if (table && !holdsHeadline(table)) found = { block: table, table: true };
  }
  for (let el: Element | null = root; el && el !== doc.body && el !== doc.documentElement; el = el.parentElement) {
    if (holdsHeadline(el)) break;
    const beside = heads.length > 0 ? isBeside(el) : TAGS.beside.has(el.localName) || NAMES.besideRole.test(el.getAttribute('role') ?? '');
    if (beside) found = { block: el, table: false };
  }
  return found;
}
