/**
 * A second opinion on where the article is: the page's own markup. When a page has one
 * `<article>` (or one `itemprop="articleBody"`) and Readability's pick lies inside it but holds
 * less than half of its text, Readability took one part of the article for the whole (a list of
 * signatories under an open letter, a table under its story): the page's article is the root to
 * keep instead, and inside it only what looks like furniture is hidden. When unsure, hide less.
 */
import { LEAK, LIMITS, linkedLength, NAMES, readableLength, SELECTORS, spacedLength } from '../vocabulary';
import { isCardList } from './card-rails';
import { isNamedFurniture, ownProse } from './hide-plan';

/** The page's one article element, if it has exactly one. */
function onlyArticle(doc: Document): Element | undefined {
  for (const selector of SELECTORS.pageArticle) {
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
  const chars = spacedLength(article);
  if (chars < LIMITS.minPageArticleChars || readingChars >= LIMITS.minPageArticleShare * chars) return root;
  return article;
}

/**
 * An article split over blocks of one kind: a CMS that stores each part of the text as an item
 * of its own (Drupal's `field__item`s), a post in sections, a forum thread of posts. Readability
 * takes the block with the most text and leaves its like siblings out. A sibling of the root (or
 * of one of its nearest ancestors) with the same tag and classes (not only grid classes), holding
 * prose of its own (furniture inside it left out), is a continuation: kept beside the root. A run
 * longer than LIMITS.maxContinuations is a list (teasers, comments), not one article's parts: none is
 * kept.
 */
/** A block's kind: its tag and its whole class list, unless that names only layout. */
function signature(el: Element): string | undefined {
  const classes = (el.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).sort();
  if (classes.length === 0 || classes.every((c) => NAMES.layout.test(c))) return undefined;
  return `${el.localName}.${classes.join('.')}`;
}

function holdsProse(el: Element): boolean {
  if (isNamedFurniture(el)) return false;
  const { text, linked } = ownProse(el);
  return text >= LIMITS.minContinuationChars && linked <= LIMITS.maxContinuationLinkDensity * text && !holdsCards(el);
}

/**
 * Whether `el` holds a rail of teaser cards (card-rails.ts): block themes give every group of the
 * page the same classes (`wp-block-group`), so "related posts" with their excerpts look like one
 * more part of the article. Bounded by LEAK.maxContinuationCardScan blocks.
 */
function holdsCards(el: Element): boolean {
  const lists = el.querySelectorAll('ul, ol, div, section');
  if (isCardList(el)) return true;
  for (let i = 0; i < lists.length && i < LEAK.maxContinuationCardScan; i++) if (isCardList(lists[i] as Element)) return true;
  return false;
}

/** More than a label, of mostly link text: a list of other pages, not a part of the article. */
function isLinkList(el: Element): boolean {
  const text = readableLength(el);
  return text > LIMITS.maxCardLabelChars && linkedLength(el) > LIMITS.maxProseLinkDensity * text;
}

/**
 * The like siblings of `el` in one run with it: out from `el` both ways, up to the first sibling
 * of another kind that is more than a label of mostly link text (a "related topics" list, a
 * section's navigation). A like block the page sets after such a block is the page's next
 * component built from the same template (a legal disclaimer, a box of offers), not the article's
 * part. Blocks of the article's own between its parts (a table, a figure, an ad slot) do not end
 * a run.
 */
function runOf(el: Element, sig: string): Element[] {
  const run: Element[] = [];
  for (const step of ['previousElementSibling', 'nextElementSibling'] as const) {
    for (let s = el[step]; s; s = s[step]) {
      if (signature(s) === sig) run.push(s);
      else if (isLinkList(s)) break;
    }
  }
  return run;
}

/** The like siblings of `root` or of its nearest ancestors that continue the article (see above). */
export function continuations(root: Element): Element[] {
  const doc = root.ownerDocument;
  const out: Element[] = [];
  let el: Element | null = root;
  for (let level = 0; level < LIMITS.continuationLevels && el && el !== doc.body && el !== doc.documentElement; level++, el = el.parentElement) {
    const sig = signature(el);
    const parent: Element | null = el.parentElement;
    if (!sig || !parent) continue;
    const like = Array.from(parent.children).filter((s) => s !== el && signature(s) === sig);
    if (like.length === 0) continue;
    if (like.length > LIMITS.maxContinuations) return [];
    out.push(...runOf(el, sig).filter(holdsProse));
  }
  return out;
}
