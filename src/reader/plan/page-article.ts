/**
 * A second opinion on where the article is: the page's own markup. When a page has one
 * `<article>` (or one `itemprop="articleBody"`) and Readability's pick lies inside it but holds
 * less than half of its text, Readability took one part of the article for the whole (a list of
 * signatories under an open letter, a table under its story): the page's article is the root to
 * keep instead, and inside it only what looks like furniture is hidden. When unsure, hide less.
 */
import { isNamedFurniture, ownProse } from './hide-plan';

/** Readability's reading must hold at least this share of the page article's text to stand alone. */
const MIN_SHARE = 0.5;
/** A page article with less text than this is a card or a stub, not the article. */
const MIN_ARTICLE_CHARS = 500;

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/** The page's one article element, if it has exactly one. */
function onlyArticle(doc: Document): Element | undefined {
  for (const selector of ['[itemprop~="articleBody" i]', 'article']) {
    const found = doc.querySelectorAll(selector);
    if (found.length === 1) return found[0];
    if (found.length > 1) return undefined;
  }
  return undefined;
}

/** The root to keep: the page's own article when Readability's pick is only a small part of it. */
export function widerRoot(doc: Document, root: Element, readingChars: number): Element {
  const article = onlyArticle(doc);
  if (!article || article === root || !article.contains(root)) return root;
  const chars = textLength(article);
  if (chars < MIN_ARTICLE_CHARS || readingChars >= MIN_SHARE * chars) return root;
  return article;
}

/**
 * An article split over blocks of one kind: a CMS that stores each part of the text as an item
 * of its own (Drupal's `field__item`s), a post in sections, a forum thread of posts. Readability
 * takes the block with the most text and leaves its like siblings out. A sibling of the root (or
 * of one of its nearest ancestors) with the same tag and classes (not only grid classes), holding
 * prose of its own (furniture inside it left out), is a continuation: kept beside the root. A run
 * longer than MAX_CONTINUATIONS is a list (teasers, comments), not one article's parts: none is
 * kept.
 */
const CONTINUATION_LEVELS = 4;
const MAX_CONTINUATIONS = 20;
/** Prose: at least this much text (white space left out)… */
const MIN_CONTINUATION_CHARS = 120;
/** …no more than this share of it links. */
const MAX_CONTINUATION_LINK_DENSITY = 0.3;

/** Grid and layout classes: blocks named only so are any part of any page, not of one kind. */
const LAYOUT_CLASS = /^(row|rows|col|cols|column|columns|col-[\w-]+|container(-fluid)?|wrap|wrapper|inner|outer|grid[\w-]*|span\d+|(x?small|medium|large|xlarge)-\d+|clearfix|cf|section|block|box|content|main)$/i;

/** A block's kind: its tag and its whole class list, unless that names only layout. */
function signature(el: Element): string | undefined {
  const classes = (el.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).sort();
  if (classes.length === 0 || classes.every((c) => LAYOUT_CLASS.test(c))) return undefined;
  return `${el.localName}.${classes.join('.')}`;
}

function holdsProse(el: Element): boolean {
  if (isNamedFurniture(el)) return false;
  const { text, linked } = ownProse(el);
  return text >= MIN_CONTINUATION_CHARS && linked <= MAX_CONTINUATION_LINK_DENSITY * text;
}

/** The like siblings of `root` or of its nearest ancestors that continue the article (see above). */
export function continuations(root: Element): Element[] {
  const doc = root.ownerDocument;
  const out: Element[] = [];
  let el: Element | null = root;
  for (let level = 0; level < CONTINUATION_LEVELS && el && el !== doc.body && el !== doc.documentElement; level++, el = el.parentElement) {
    const sig = signature(el);
    const parent: Element | null = el.parentElement;
    if (!sig || !parent) continue;
    const like = Array.from(parent.children).filter((s) => s !== el && signature(s) === sig);
    if (like.length === 0) continue;
    if (like.length > MAX_CONTINUATIONS) return [];
    out.push(...like.filter(holdsProse));
  }
  return out;
}
