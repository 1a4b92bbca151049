/**
 * The day printed right after the article's text, for a page that dates it nowhere else: a
 * signature's date ("<p>Benni<br>10. September 2017</p>"), a closing line ("Aktualisiert:
 * 30.12.2016"), a post's footer ("Posted on April 13, 2023 · Tags: …", "<time>August 12,
 * 2025</time> By …"), in any language the date readers know. Structure decides: the short lines
 * that follow the article's last paragraph of prose, up to the first heading, form, more prose or
 * the site's footer; lines in lists, asides, comments, bios, teasers and navigation are passed
 * over; a copyright line is no date, and a numeric date that reads as two days ends the search.
 * The caller asks only when no other source gives a day.
 */
import { inChrome, lineText, precedes, some } from './dom-utils';
import { ambiguousNumeric, dateFromText, normalizeDate, orderOf } from './normalize-date';
import type { PageIndex } from './page-index';
import { BYLINE_WORDS } from '../vocabulary';

/** Paragraphs looked at for the article's last one of prose, at most. */
const MAX_PARAGRAPHS = 3000;
/** A paragraph this long is prose. */
const PROSE_CHARS = 120;
/** Elements after the last paragraph of prose looked at, at most. */
const AFTER_SCAN = 60;
/** A closing line is short. */
const LINE_CHARS = 100;
/** Where the article has ended: a heading (related posts, comments), a form, an aside, a navigation. */
const ENDS_ARTICLE = /^(?:H[1-6]|FORM|ASIDE|NAV)$/;
/** A copyright line dates the site, not the article ("Copyright © 19.12.2019 by …"). */
const COPYRIGHT = /©|\(c\)|copyright/i;

/**
 * Not the article's: navigation, comments, asides, bios, related posts and teasers (a footer
 * inside the article is the article's own: its date and tags).
 */
function notArticle(el: Element): boolean {
  return el.closest('nav, [role="navigation"], .comments, #comments, [class*="comment-"]') !== null || el.closest(BYLINE_WORDS.notArticle) !== null;
}

/**
 * The article's last paragraph of prose (after the headline): the last one in the block that
 * holds the most paragraphs of prose, so a sidebar's or footer's text after the article is not
 * taken for its end.
 */
function lastProse(scope: Element, headline: Element | undefined): Element | undefined {
  const count = new Map<Element, number>();
  const last = new Map<Element, Element>();
  for (const p of some(scope, 'p', MAX_PARAGRAPHS)) {
    if (headline && (precedes(p, headline) || headline.contains(p))) continue;
    if ((lineText(p, PROSE_CHARS) ?? 'x'.repeat(PROSE_CHARS)).length < PROSE_CHARS) continue;
    const parent = p.parentElement;
    if (!parent || inChrome(p) || notArticle(p)) continue;
    count.set(parent, (count.get(parent) ?? 0) + 1);
    last.set(parent, p);
  }
  let best: Element | undefined;
  for (const [parent, n] of count) if (!best || n > (count.get(best) ?? 0)) best = parent;
  return best ? last.get(best) : undefined;
}

/** The day printed right after the article's text, or undefined. */
export function dateAfterArticle(doc: Document, index: PageIndex | undefined, headline: Element | undefined): string | undefined {
  const scope = headline ? doc.body : (index?.article ?? doc.body);
  if (!scope) return undefined;
  const prose = lastProse(scope, headline);
  if (!prose) return undefined;
  const order = orderOf(prose);
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 0x1);
  walker.currentNode = prose;
  let n = 0;
  for (let node = walker.nextNode(); node && n < AFTER_SCAN; node = walker.nextNode()) {
    const el = node as Element;
    if (prose.contains(el)) continue;
    n++;
    if (ENDS_ARTICLE.test(el.tagName)) return undefined;
    // The site's footer (outside any article) ends the page.
    const footer = el.closest('footer, [role="contentinfo"]');
    if (footer && !footer.closest('article, main, [role="main"]')) return undefined;
    const text = lineText(el, LINE_CHARS);
    // More prose: the article goes on, or another text begins.
    if (text === undefined) {
      if (el.tagName === 'P' && lineText(el, PROSE_CHARS) === undefined) return undefined;
      continue;
    }
    if (text === '' || el.closest('li') || el.getElementsByTagName('li').length > 0 || notArticle(el)) continue;
    if (COPYRIGHT.test(text)) continue;
    // A numeric date the page's language leaves open ("01-04-2024" on a page in plain "en"): no day.
    if (!order && el.tagName !== 'TIME' && ambiguousNumeric(text)) return undefined;
    const day = (el.tagName === 'TIME' ? normalizeDate(el.getAttribute('datetime')) : undefined) ?? dateFromText(text, order);
    if (day) return day.slice(0, 10);
  }
  return undefined;
}
