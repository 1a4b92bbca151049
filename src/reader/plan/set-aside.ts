/**
 * Blocks set aside by the reading (read-article.ts: Readability's first pick, when it lay in a
 * block beside the article, see misplaced-pick.ts) are hidden when inside the root. A block set
 * aside by its name alone (a class such as "newsletter" or "modal": no aside, footer, nav or dialog
 * tag, no role) that comes right after the headline, ahead of the text the second reading kept, is
 * not beside the article but the article itself (a newsletter issue published as a page, whose
 * wrapper is named after the newsletter): the second reading then took the testimonials and
 * teasers after it. It is kept, never hidden: when unsure, hide less.
 */
import { LIMITS, NAMES, TAGS } from '../vocabulary';

/** Node.DOCUMENT_POSITION_FOLLOWING, spelled out so the module runs without DOM globals. */
const FOLLOWING = 4;

/** Characters of `el`'s own text nodes (not its children's), white space left out. */
function ownText(el: Element): number {
  let n = 0;
  for (let child = el.firstChild; child; child = child.nextSibling) if (child.nodeType === 3) n += (child.nodeValue ?? '').replace(/\s+/g, '').length;
  return n;
}

/** Named beside the article only: no tag or role says so. */
function namedOnly(el: Element): boolean {
  return !TAGS.beside.has(el.localName) && !NAMES.besideRole.test(el.getAttribute('role') ?? '');
}

/**
 * Whether a set-aside block leads the article (see above): named only, after the headline, and
 * the kept text between the headline and it is no more than a dateline's or a byline's (less than
 * an article's minimum): no paragraph of the body comes before it.
 */
export function leadsArticle(aside: Element, headline: Element | undefined, kept: ReadonlySet<Element>): boolean {
  if (!headline || !namedOnly(aside) || aside.contains(headline)) return false;
  if (!(headline.compareDocumentPosition(aside) & FOLLOWING)) return false;
  let before = 0;
  for (const el of kept) {
    if (headline.contains(el) || aside.contains(el) || el.contains(aside)) continue;
    if (!(el.compareDocumentPosition(aside) & FOLLOWING) || !(headline.compareDocumentPosition(el) & FOLLOWING)) continue;
    before += ownText(el);
    if (before >= LIMITS.minArticleChars) return false;
  }
  return true;
}
