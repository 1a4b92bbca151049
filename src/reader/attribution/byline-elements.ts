/**
 * Authors from the page itself: rel=author links and byline elements (class or id naming
 * byline/author), the way Readability finds bylines, but on the live page and bounded.
 */
import type { Person } from './model';
import { compact, type Facts } from './facts';
import { dedupePeople, looksLikeName, namesFromByline, person, cleanName, startsWithByline } from './person-names';
import { BYLINE_WORDS } from '../vocabulary';
import { inChrome, lineText, smallText } from './dom-utils';
import { indexPage, type PageIndex } from './page-index';
import { safeHttpUrl } from '../../shared/safe-url';
import { bylinePart } from './byline-lines';
import { placedAside } from './name-placement';

/** A text that opens with a field's label: "Datum:", "Quelle: …". */
const FIELD_LABEL = /^\s*\p{L}[\p{L} ]{0,20}[:：]/u;

/** Class names that contain "author" but hold something else (bios, avatars, comment authors). */
const NOT_BYLINE = /avatar|comment|bio\b|image|img|photo|social|share|follow|more-|related|box/i;

export function readRelAuthor(doc: Document, index: PageIndex = indexPage(doc)): Facts {
  const authors: Person[] = [];
  for (const el of index.relAuthors) {
    if (inChrome(el)) continue;
    const name = cleanName(smallText(el, 200) ?? '');
    if (!looksLikeName(name)) continue;
    authors.push(person(name, { url: safeHttpUrl(el.getAttribute('href'), doc.baseURI) }));
  }
  return compact({ authors: dedupePeople(authors) });
}

/**
 * True when the element's line, or the words before it in the small blocks around it, introduce
 * someone other than the author: "Updated by <span>Jane Doe</span>", "Reviewed by …", "Photos: …".
 */
export function introducedAsOther(el: Element, text: string): boolean {
  const own = text.replace(/\s+/g, ' ').trim();
  const other = (lead: string) => BYLINE_WORDS.notAuthor.test(lead.slice(-30)) && !startsWithByline(lead);
  // Its own words up to "by" or a colon ("Updated by", "Photos:"); a role after the name ("Jane Doe, Editor") is no lead.
  const lead = /^[^:]{0,25}?(?:\bby\b|\bvon\b|\bpar\b|:)/i.exec(own)?.[0];
  if (lead && other(lead)) return true;
  let node: Element | null = el;
  for (let depth = 0; depth < 2 && node?.parentElement; depth++) {
    node = node.parentElement;
    const line = lineText(node, 200);
    if (line === undefined) break;
    const at = line.indexOf(own);
    if (at > 0 && other(line.slice(0, at).trim())) return true;
  }
  return false;
}

/** The first small element whose class or id says byline/author (as Readability looks for them), with its names. */
export function bylineElement(index: PageIndex): { el: Element; names: string[] } | undefined {
  for (const el of index.bylines) {
    const hint = `${typeof el.className === 'string' ? el.className : ''} ${el.id}`;
    // One of a list of like cards (the bylines of other posts), a comment's or a control's: not the article's.
    if (NOT_BYLINE.test(hint) || inChrome(el) || placedAside(el)) continue;
    const text = smallText(el, 200);
    if (!text || text.trim().length < 3) continue;
    // "Updated by …", "Reviewed by …", "Photos: …": someone other than the author.
    if (introducedAsOther(el, text)) continue;
    // A name has at most five words; sentences in an author box are a bio, not a byline.
    if (/\p{Ll}{2}[.!?]\s+\p{Lu}\p{Ll}/u.test(text) && text.trim().split(/\s+/).length > 8) continue;
    // A line of fields names the author after its label ("Datum: 19.11.2021 Autor: Jane Doe"); a
    // field of another kind ("Datum:") names nobody.
    const part = bylinePart(text) ?? (FIELD_LABEL.test(text) ? undefined : text);
    if (!part) continue;
    const names = namesFromByline(part).filter((n) => n.split(/\s+/).length <= 5);
    if (names.length === 0) continue;
    return { el, names };
  }
  return undefined;
}

export function readBylineElements(doc: Document, index: PageIndex = indexPage(doc)): Facts {
  const found = bylineElement(index);
  return found ? compact({ authors: dedupePeople(found.names.map((n) => person(n))) }) : {};
}
