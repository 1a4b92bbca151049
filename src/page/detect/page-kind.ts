/**
 * How a page that is not an article is built, from its markup alone (no layout, no Readability):
 * shop markup, pricing, code blocks and documentation trees, posts by several people, prose
 * spread over many sections of similar weight. Every scan is capped, so the cost stays bounded
 * on pages with tens of thousands of elements.
 */
import { capped, textLength } from './capped';
import { MAX_AUTHORS, MAX_MATCHES, MAX_TREES } from './limits';

export interface PageKind {
  /** Buying markup: schema.org price or offers, product price meta, add-to-cart forms or buttons. */
  shop: boolean;
  /** Elements whose class names a price (`price`, `pricing`, `product-price`…). */
  prices: number;
  /** `<pre>` blocks with some code in them, capped. */
  codeBlocks: number;
  /** Links inside nested lists (`li li a`) of the largest of the first navigation trees. */
  navTree: number;
  /** Distinct author names on posts (forum replies, answers, comments), capped. */
  authors: number;
}

/**
 * Parts of class names and ids, in the casings pages use (lower, camelCase, PascalCase). Matched
 * case-sensitively on purpose: in Chromium a case-insensitive substring selector (`[class*=pric i]`)
 * costs about 15 times a case-sensitive one (0.61 against 0.04 ms a query on 12 wcxb-dev pages,
 * scripts off), and these queries run on every page. On the three corpora (1,372 pages) each casing
 * below is the only one found on at least one page (Sidebar 10, Pric 9, ToCart 3, TOC 2, Username
 * 1, Poster 1 …); casings seen on one page only and costing detect.js bytes (SideBar, Toc,
 * UserName) are left out, as are camelCase words that only contain "toc" ("addToCart").
 */
/**
 * `[class*="a"],[class*="b"]…` for `parts('[class', 'a b')`: an attribute holding any of the
 * space-separated `words` (written so to keep detect.js small).
 */
export const parts = (attribute: string, words: string): string => words.replace(/\S+/g, (w) => `${attribute}*="${w}"]`).replace(/ /g, ',');

const CART = 'to-cart tocart toCart ToCart';

export function pageKind(doc: Document): PageKind {
  // (The selectors are written where they are used: a constant costs detect.js a few bytes.)
  const shop = !!doc.querySelector(
    `[itemprop^=price],[itemprop=offers],meta[property$="price:amount"],form[action*=cart i],[name=add-to-cart],[name=add][type=submit],button[name*=cart i],${parts('[class', CART)},${parts('[id', CART)}`,
  );
  const prices = doc.querySelectorAll(parts('[class', 'pric Pric')).length;
  let codeBlocks = 0;
  for (const pre of capped(doc, 'pre', MAX_MATCHES)) if (textLength(pre) >= 20) codeBlocks++;
  let navTree = 0;
  for (const tree of capped(doc, `nav,aside,[role=navigation],${parts('[class', 'sidebar Sidebar toc TOC')}`, MAX_TREES)) navTree = Math.max(navTree, tree.querySelectorAll('li li a[href]').length);
  const names = new Set<string>();
  // Names of post authors in forum, Q&A and comment markup of the common engines and schema.org.
  const authors = `[itemprop=author] [itemprop=name],[itemprop=author],[data-author],${parts('[class', 'username Username user-name author-name post-author poster Poster')},[class*=postprofile] a,.author`;
  for (const el of capped(doc, authors, MAX_AUTHORS)) {
    const name = (el.getAttribute('data-author') ?? el.textContent ?? '').trim().toLowerCase();
    if (name.length > 1 && name.length <= 40) names.add(name);
  }
  return { shop, prices, codeBlocks, navTree, authors: names.size };
}
