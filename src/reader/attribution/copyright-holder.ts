/**
 * The copyright holder the page names in its own notice ("© 2019 Jane Doe", "Copyright (c)
 * 2012- Jane Doe. All rights reserved.", "© Harbour Works AG 2022"): on a personal site or a press
 * release with no byline, the one who answers for the text. A last resort for the author, taken
 * only when no source names anyone. Image credits (figures, captions, credit lines) are left out:
 * they name a picture's owner. The last notice in the document wins (the page's footer comes last).
 * Bounded: a fixed number of text nodes, each read up to a short length.
 */
import { plausibleName } from './person-names';
import { cleanText } from '../../shared/safe-url';
import { LIMITS } from './limits';

/** Text nodes looked at, at most. */
const MAX_NODES = 20_000;

const NOTICE = /(?:©|\(c\)|\bcopyright\b)\s*(?:\(c\)\s*|©\s*)?(?:(?:19|20)\d{2}\s*(?:[-–—]\s*(?:(?:19|20)\d{2})?)?\s*)?(?:by\s+)?/iu;
/** Where the holder's name ends: a sentence, a separator, a year, the rights clause. */
const END = /\s*(?:[.|•·,;:/]|\s[-–—]\s|\b(?:19|20)\d{2}\b|\b(?:all rights|alle rechte|tous droits|todos los derechos|tutti i diritti)\b).*$/iu;
/** Where an image's owner is named, not the page's. */
const CREDIT =
  'figure, figcaption, [class*="credit" i], [class*="caption" i], [class*="copyright-img" i], [class*="image" i], [class*="photo" i], [class*="teaser" i], [class*="cookie" i], [class*="consent" i], script, style, template, noscript';

/** The name in one notice, or undefined. */
export function holderIn(text: string): string | undefined {
  const m = NOTICE.exec(text.slice(0, 300));
  if (!m) return undefined;
  const name = cleanText(text.slice(m.index + m[0].length).replace(END, ''), LIMITS.name);
  if (!name || name.split(/\s+/).length > 6 || !plausibleName(name)) return undefined;
  // A name starts with a capital (or a letter without case); digits only in a one-word handle.
  const first = name.charAt(0);
  if (first !== first.toUpperCase() || !/\p{L}/u.test(first) || (/\d/.test(name) && /\s/.test(name))) return undefined;
  return name;
}

/** A company's legal form at the end of its name: the holder is an organisation, not a person. */
const LEGAL_FORM = /\b(?:GmbH|AG|SE|KG|OHG|UG|e\.?\s?V|Inc|LLC|Ltd|Limited|Corp|Corporation|Co|B\.?V|N\.?V|S\.?A|S\.?L|S\.?r\.?l|S\.?p\.?A|Oy|AB|A\/S|ASA|PLC|LLP|Pty)\.?$/i;

export function isCompanyName(name: string): boolean {
  return LEGAL_FORM.test(name.trim());
}

export function readCopyrightHolder(doc: Document): string | undefined {
  const body = doc.body;
  if (!body) return undefined;
  const walker = doc.createTreeWalker(body, 0x4);
  let found: string | undefined;
  let n = 0;
  for (let node = walker.nextNode(); node && n < MAX_NODES; node = walker.nextNode(), n++) {
    const value = node.nodeValue ?? '';
    if (!/©|\(c\)|copyright/i.test(value)) continue;
    const el = node.parentElement;
    if (!el || el.closest(CREDIT)) continue;
    // The notice may run on in the next text nodes ("© 2019 <a>Jane Doe</a>").
    const text = (el.textContent ?? '').slice(0, 300);
    const name = holderIn(value.length > 3 && holderIn(value) ? value : text);
    if (name) found = name;
  }
  return found;
}
