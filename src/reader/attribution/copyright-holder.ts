/**
 * Who holds the page's copyright, for a page that names no author at all: the group author, as
 * citation styles take the organisation (or the site's owner) responsible for a page that names
 * no person. Read from the site's copyright notice ("© 2022 EnBW Energie Baden-Württemberg AG.
 * Alle Rechte vorbehalten.", "(c) 2012- Jane Doe. All rights reserved.") in the page's footer
 * (a <footer>, role=contentinfo, or a block named footer or copyright), else from
 * <meta name="copyright">. Never from the article, its figures or captions: a "© Jane Doe" there
 * credits a picture.
 *
 * Structure first: the notice's mark (©, "(c)", "Copyright"), the years after it, then the holder
 * up to the end of its line, a sentence's end or a separator. Text only where unavoidable: the
 * "All rights reserved" phrases that end a holder (RIGHTS_RESERVED) and legal forms (LEGAL_FORMS)
 * that say the holder is an organisation.
 */
import type { Person } from './model';
import { lineText, wrapsPage } from './dom-utils';
import { dateFromText } from './normalize-date';
import { looksLikeName, plausibleName } from './person-names';
import type { PageIndex } from './page-index';
import { LEGAL_FORMS, RIGHTS_RESERVED, wordAlternation } from '../vocabulary';

/** Text nodes read per block, at most. */
const MAX_NODES = 2000;
/** A notice's line longer than this is prose, not a notice. */
const LINE_CHARS = 240;
/** A holder of more words than this is a sentence. */
const MAX_WORDS = 6;

const MARK = /©|\(c\)|\bcopyright\b/i;
/** The mark and years before the holder: "Copyright © 2012-2024, ", "(c) 2012- ", "© by ". */
const LEAD = /^(?:(?:©|\(c\)|copyright\b|&copy;)\s*)+(?:(?:\d{4}(?:\s*[-–—/]\s*(?:\d{4})?)?|\d{4}\s*[-–—]?)\s*[,.:]?\s*)*(?:by\s+)?/i;
/** Where the holder ends: a rights phrase, a separator (a dash at the line's end too), a sentence's end, a comma, a line's end. */
const END = new RegExp(`\\s*(?:${wordAlternation(RIGHTS_RESERVED)}|[|•·/\\n]|\\s[-–—](?:\\s|$)|[.;:,](?=\\s|$)|\\.(?=\\p{Lu}\\p{Ll})).*$`, 'isu');
/** Years or a bare number after the holder: "EnBW AG 2022". */
const TRAILING_YEARS = /\s*[,(]?\s*\d{4}(?:\s*[-–—]\s*\d{4})?\)?\s*$/;
const LEGAL = new RegExp(`(?:^|\\s)(?:${wordAlternation(LEGAL_FORMS)})$`, 'i');

/** The holder a notice names, as written, or undefined when it names none ("© 2025", "© All rights reserved"). */
export function holderOf(notice: string): string | undefined {
  const text = notice.replace(/\s+/g, ' ').trim();
  const at = text.search(MARK);
  if (at < 0) return undefined;
  const rest = text.slice(at).replace(LEAD, '');
  const holder = rest.replace(END, '').replace(TRAILING_YEARS, '').trim();
  // A holder starts with a letter, not in lower case ("Copyright and Trademark" is a link's label).
  if (holder.length < 2 || !/^\p{L}/u.test(holder) || /^\p{Ll}/u.test(holder) || holder.split(/\s+/).length > MAX_WORDS) return undefined;
  if (!looksLikeName(holder) || !plausibleName(holder) || /\d{3}/.test(holder) || dateFromText(holder)) return undefined;
  return holder;
}

/** A holder as a person record: an organisation when its name ends in a legal form ("… AG", "… Inc"), else of no stated kind. */
export function holderPerson(name: string): Person {
  return LEGAL.test(name.replace(/[,]/g, '')) ? { name, kind: 'organization' } : { name };
}

/** A footer block of the site, not of an article or a figure (a post's own footer holds its tags, a picture's its credit). */
function siteFooter(el: Element, index: PageIndex): boolean {
  if (el.closest('article, [itemprop~="articleBody"], figure, figcaption') !== null) return false;
  // A block named so around the article or the headline wraps the page, not its footer.
  return !wrapsPage(el, index.article);
}

/** The page's copyright holder, from its footer's notice (the last footer block first), else from its copyright meta tag. */
export function readCopyrightHolder(index: PageIndex, metaCopyright: string | undefined): string | undefined {
  // The named blocks first (the notice's own small block, when the page names it), then the footers around them.
  for (const block of [...index.namedFooters].reverse().concat([...index.footers].reverse())) {
    if (!siteFooter(block, index)) continue;
    const found = noticeIn(block);
    if (found) return found;
  }
  return metaCopyright ? holderOf(metaCopyright) : undefined;
}

/** The holder named by the last copyright notice inside `block`. */
function noticeIn(block: Element): string | undefined {
  const walker = block.ownerDocument.createTreeWalker(block, 0x4);
  const marks: Element[] = [];
  let n = 0;
  for (let node = walker.nextNode(); node && n < MAX_NODES; node = walker.nextNode(), n++) {
    if (MARK.test(node.nodeValue ?? '') && node.parentElement) marks.push(node.parentElement);
  }
  for (const el of marks.reverse()) {
    // The notice's line: the mark's element, or its parent when the holder is a link beside it ("© 2025 <a>Site</a>").
    for (let line: Element | null = el, depth = 0; line && depth < 3; line = line.parentElement, depth++) {
      const text = lineText(line, LINE_CHARS);
      if (text === undefined) break;
      const holder = holderOf(text);
      if (holder) return holder;
    }
  }
  return undefined;
}
