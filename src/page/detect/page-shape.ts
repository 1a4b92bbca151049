/** What a page's markup says about it: how much running text, how many teaser cards. */
import { capped, textLength } from './capped';
import { MAX_CALLS, MAX_PARAGRAPHS, MIN_BODY_TEXT, MIN_PARAGRAPH } from './limits';

export interface PageShape {
  /** Characters of paragraph text in the largest article-like container (or the body). */
  bodyText: number;
  /** Teaser cards: `<article>` elements, or headings that are links, whichever is more. */
  cards: number;
  /** Share of that text in the one element holding most of it: an article's prose sits together. */
  topShare: number;
  /** Elements holding prose paragraphs: landing pages spread short prose over many sections. */
  proseParents: number;
  /** Paragraph text in the whole body (outside lists, rails and cards). */
  prose: number;
  /** Share of that text in one block: the top element grown to the ancestor (up to 3 levels) that gathers its siblings' prose. */
  blockShare: number;
  /** `<div>`, `<span>`, `<a>` and `<li>` elements: the markup of menus, cards and widgets. */
  markup: number;
  /** `<section>` elements and buttons: a landing page's blocks and calls to action. */
  sections: number;
  buttons: number;
  /** Prose paragraphs in the body, and those of them holding a link: written pieces cite. */
  paragraphs: number;
  linked: number;
  /** `<time>` elements: a dated piece has one or a few, a list of posts many. */
  times: number;
  /** Links styled as buttons (`btn`, `button` in their class) set between the prose paragraphs. */
  calls: number;
}

/**
 * Running text under `root`: paragraphs long enough to be prose, outside lists and rails, and
 * (when the page has several `<article>` elements, i.e. cards) outside other articles. Those
 * paragraphs go to `found` in document order, and their text per parent element to `parents`.
 */
function paragraphText(root: Element, cardLayout: boolean, parents?: Map<Element, number>, found?: Element[]): number {
  let total = 0;
  const paragraphs = root.querySelectorAll('p');
  const n = Math.min(paragraphs.length, MAX_PARAGRAPHS);
  for (let i = 0; i < n; i++) {
    const p = paragraphs[i] as HTMLParagraphElement;
    const length = textLength(p);
    if (length < MIN_PARAGRAPH) continue;
    // Teaser text sits in lists and rails; it is not the page's own text.
    if (p.closest('li,aside,nav,footer')) continue;
    if (cardLayout) {
      const owner = p.closest('article');
      if (owner && owner !== root) continue;
    }
    total += length;
    if (parents && p.parentElement) parents.set(p.parentElement, (parents.get(p.parentElement) ?? 0) + length);
    found?.push(p);
  }
  return total;
}

export function pageShape(doc: Document): PageShape {
  const count = (tag: string) => doc.getElementsByTagName(tag).length;
  const articles = count('article');
  const cardLayout = articles >= 3;
  let bodyText = 0;
  // Where the article's text would be: semantic containers.
  const containers = capped(doc, 'article,main,[role=main],[itemprop=articleBody]', 30);
  for (const container of containers) bodyText = Math.max(bodyText, paragraphText(container, cardLayout));
  // Where the body's prose sits: one element (an article) or many (a landing page's sections).
  const parents = new Map<Element, number>();
  // The body's prose paragraphs, in document order.
  const found: Element[] = [];
  // (The scorer looks only at documents with a body.)
  const all = paragraphText(doc.body, cardLayout, parents, found);
  // Many article pages have no semantic container, or one that wraps only the header.
  if (bodyText < MIN_BODY_TEXT) bodyText = all;
  let top = 0;
  let topParent: Element | undefined;
  for (const [el, n] of parents) {
    if (n > top) {
      top = n;
      topParent = el;
    }
  }
  // An article's paragraphs may sit in several wrappers of one body (a block per paragraph, a
  // column per page): grow the top element while an ancestor gathers clearly more of the prose.
  let block = top;
  for (let el = topParent?.parentElement, i = 0; el && el !== doc.body && i < 3; el = el.parentElement, i++) {
    let sum = 0;
    for (const [p, n] of parents) if (el.contains(p)) sum += n;
    if (sum > block * 1.3) block = sum;
  }
  // Walk the headings (few) rather than match `h2 a[href]` against every link (thousands on
  // Wikipedia-like pages: 4.5 ms there in Chromium, against well under 1 ms this way).
  let headingLinks = 0;
  for (const h of capped(doc, 'h2,h3,h4', 500)) {
    if (h.querySelector('a[href]') || h.closest('a[href]')) headingLinks++;
  }
  // Links styled as buttons between the first and the last prose paragraph, outside the page's
  // frame (menus, header, footer, rails): calls to action set among the copy.
  // (Both are there or neither.)
  const first = found[0] as Element;
  const last = found.at(-1);
  let calls = 0;
  if (last) {
    for (const a of capped(doc, 'a[class*=btn],a[class*=button]', MAX_CALLS)) {
      // 4: Node.DOCUMENT_POSITION_FOLLOWING, set in both when the link lies between the two.
      if (first.compareDocumentPosition(a) & a.compareDocumentPosition(last) & 4 && !a.closest('nav,header,footer,aside') && textLength(a) > 2) calls++;
    }
  }
  return {
    bodyText,
    cards: Math.max(articles, headingLinks),
    topShare: all ? top / all : 0,
    proseParents: parents.size,
    prose: all,
    blockShare: all ? block / all : 0,
    markup: count('div') + count('span') + count('a') + count('li'),
    sections: count('section'),
    buttons: count('button'),
    paragraphs: found.length,
    linked: found.filter((p) => p.querySelector('a[href]')).length,
    calls,
    times: count('time'),
  };
}

/**
 * Readability's quick check (`isProbablyReaderable`) without its list of unlikely class names, so
 * the detector need not carry Readability: paragraphs outside lists, code blocks, articles and the
 * blocks of text broken by `<br>`, each counting the square root of its length past 140
 * characters, until the sum passes 20. Hidden ones do not count.
 */
export function readerable(doc: Document): boolean {
  // A `<br>` stands for the block it breaks, counted once however many it holds.
  const found = Array.from(doc.querySelectorAll('p,pre,article,div>br'), (el) => (el.localName === 'br' ? (el.parentElement as Element) : el));
  let score = 0;
  for (const node of new Set(found.slice(0, 2 * MAX_PARAGRAPHS))) {
    if (node.closest('[hidden],[aria-hidden=true]') || node.matches('li p')) continue;
    const length = textLength(node);
    if (length <= 140) continue;
    score += Math.sqrt(length - 140);
    if (score > 20) return true;
  }
  return false;
}

/** A year from 1980 to 2039, as dates write it in any language and script (`2024`, `2024年`). */
const YEAR = /\b(?:19[89]|20[0-3])\d\b/;
const NOT_TEXT = /^(?:script|style|noscript)$/;

/**
 * Whether the text right after the page's first `<h1>`, if it has text (its first 150
 * characters, across elements), holds a year: the date line under a dated piece's headline, whatever its language.
 */
export function yearUnderHeadline(doc: Document): boolean {
  // 4: NodeFilter.SHOW_TEXT (the global is not there where the scorer runs outside a page).
  const walker = doc.createTreeWalker(doc.body, 4);
  // Without a headline the walk starts at its root, which has no next sibling: no year. An <h1>
  // with no text is a site's logo (a forum's), under which its clock may tick: none either.
  const h1 = doc.querySelector('h1');
  walker.currentNode = h1 && textLength(h1) ? h1 : doc.body;
  let text = '';
  // The first text after the headline's own, then on in document order; bounded by nodes and length.
  for (let node = walker.nextSibling(), i = 0; node && i < 50 && text.length < 150; node = walker.nextNode(), i++) {
    if (!NOT_TEXT.test((node.parentNode as Element).localName)) text = `${text} ${node.nodeValue}`.replace(/\s+/g, ' ');
  }
  return YEAR.test(text.slice(0, 151));
}
