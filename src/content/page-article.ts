/**
 * A second opinion on where the article is: the page's own markup. When a page has one
 * `<article>` (or one `itemprop="articleBody"`) and Readability's pick lies inside it but holds
 * less than half of its text, Readability took one part of the article for the whole (a list of
 * signatories under an open letter, a table under its story): the page's article is the root to
 * keep instead, and inside it only what looks like furniture is hidden. When unsure, hide less.
 */

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
