/**
 * Authors from the page itself: rel=author links and byline elements (class or id naming
 * byline/author), the way Readability finds bylines, but on the live page and bounded.
 */
import type { Person } from './model';
import { compact, type Facts } from './facts';
import { dedupePeople, looksLikeName, namesFromByline, person, cleanName } from './person-names';
import { inChrome, smallText, some } from './dom-utils';
import { safeHttpUrl } from '../safe-url';

const BYLINE_SELECTOR = '[class*="byline" i], [id*="byline" i], [class*="author" i], [id*="author" i], [class*="dateline" i], [class*="writtenby" i]';
/** Class names that contain "author" but hold something else (bios, avatars, comment authors). */
const NOT_BYLINE = /avatar|comment|bio\b|image|img|photo|social|share|follow|more-|related|box/i;

export function readRelAuthor(doc: Document): Facts {
  const authors: Person[] = [];
  for (const el of some(doc, 'a[rel~="author" i]', 30)) {
    if (inChrome(el)) continue;
    const name = cleanName(smallText(el, 200) ?? '');
    if (!looksLikeName(name)) continue;
    authors.push(person(name, { url: safeHttpUrl(el.getAttribute('href'), doc.baseURI) }));
  }
  return compact({ authors: dedupePeople(authors) });
}

export function readBylineElements(doc: Document): Facts {
  const body = doc.body;
  if (!body) return {};
  for (const el of some(body, BYLINE_SELECTOR, 60)) {
    const hint = `${typeof el.className === 'string' ? el.className : ''} ${el.id}`;
    if (NOT_BYLINE.test(hint) || inChrome(el)) continue;
    const text = smallText(el, 200);
    if (!text || text.trim().length < 3) continue;
    const names = namesFromByline(text);
    if (names.length === 0) continue;
    return compact({ authors: dedupePeople(names.map((n) => person(n))) });
  }
  return {};
}
