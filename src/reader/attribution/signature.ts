/**
 * The name that signs an article at its end, for a page whose header names nobody: a short
 * paragraph right after the article's last paragraph of prose that holds a name and nothing else
 * ("<p><strong>Jane Doe</strong></p>", "<p align=right><em>Jean Dupont</em></p>", "<p>Jane
 * Doe<br>Chair of the Board</p>"), in any language. Structure decides: the line closes the block
 * its prose stands in (no more prose follows there; footnotes may), it is set off as a signature
 * (emphasis around all of it, right-aligned, or a role on the line under it), and its words are a
 * name's (two to four, each with a capital, particles aside, no digit, no sentence mark). Lines in
 * figures, quotes, asides, comments and the site's chrome are never a signature.
 */
import { inChrome, precedes, some } from './dom-utils';
import type { PageIndex } from './page-index';
import { PARTICLES } from './person-names';
import { BYLINE_WORDS } from '../vocabulary';
import { dateFromText } from './normalize-date';

/** Paragraphs looked at, at most (bounded scan). */
const MAX_PARAGRAPHS = 3000;
/** A paragraph this long is prose. */
const PROSE_CHARS = 120;
/** A signature's paragraph is at most this long (the name and a role under it). */
const LINE_CHARS = 80;
/** A footnote under the article ("(1) Ces chiffres …", "[2] …", "* …") is no more prose. */
const FOOTNOTE = /^(?:\(\d{1,2}\)|\[\d{1,2}\]|\d{1,2}\)|\*)\s/;
/** Inline elements that set a whole line off as a signature. */
const EMPHASIS = new Set(['STRONG', 'B', 'EM', 'I', 'SMALL', 'FONT', 'SPAN', 'CITE']);
/** A line under a signature that is the day and nothing else ("10. September 2017", "Mon, 4 Jan 2021"). */
const DAY_LINE_CHARS = 32;
/** Where a signature cannot stand. */
const NOT_SIGNATURE = 'figure, figcaption, blockquote, li';

/** The name a line holds and nothing else ("— Jane Doe"), or undefined. */
export function signatureName(line: string): string | undefined {
  const text = line
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–—―]+/, '')
    .trim();
  if (text.length < 5 || text.length > 60 || /[\d:;!?()[\]{}<>@#|/\\©®→»«"“”„,]/.test(text)) return undefined;
  const words = text.split(' ');
  if (words.length < 2 || words.length > 4) return undefined;
  // Each word a name's: a capital first (a letter with no case counts), or a particle ("van", "de").
  const ok = words.every((w, i) => {
    if (!/^\p{L}[\p{L}.'’-]*$/u.test(w)) return false;
    const first = w.charAt(0);
    if (first !== first.toLowerCase() || first === first.toUpperCase()) return true;
    return i > 0 && i < words.length - 1 && PARTICLES.has(w.toLowerCase());
  });
  // A sentence's last word ends in a period; an initial ("J.") is one letter and a period.
  const last = words[words.length - 1] ?? '';
  return ok && !/\p{L}{2}\.$/u.test(last) ? text : undefined;
}

/** The paragraph's lines: its text split at <br>, white space collapsed, empty lines left out. */
function linesOf(p: Element): string[] {
  const lines: string[] = [''];
  const walker = p.ownerDocument.createTreeWalker(p, 0x1 | 0x4);
  for (let node = walker.nextNode(), n = 0; node && n < 200; node = walker.nextNode(), n++) {
    if (node.nodeType === 3) lines[lines.length - 1] += node.nodeValue ?? '';
    else if ((node as Element).tagName === 'BR') lines.push('');
  }
  return lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
}

/** True when the whole paragraph's text lies inside one emphasis element ("<p><strong>Jane Doe</strong></p>"). */
function emphasised(p: Element): boolean {
  let el: Element = p;
  for (let depth = 0; depth < 4; depth++) {
    const kids = Array.from(el.childNodes).filter((n) => n.nodeType === 1 || (n.nodeValue ?? '').trim() !== '');
    if (kids.length !== 1 || kids[0]?.nodeType !== 1) return false;
    el = kids[0] as Element;
    if (EMPHASIS.has(el.tagName)) return true;
  }
  return false;
}

function rightAligned(p: Element): boolean {
  return (p.getAttribute('align') ?? '').toLowerCase() === 'right' || /text-align\s*:\s*right/i.test(p.getAttribute('style') ?? '');
}

/** The name set off as a signature in paragraph `p`, or undefined. */
function signatureIn(p: Element): string | undefined {
  const lines = linesOf(p);
  if (lines.length === 0 || lines.length > 2) return undefined;
  // A first name alone over the day ("Benni<br>10. September 2017"): a blog's signature too.
  const first = lines[0] ?? '';
  const day = lines[1] ?? '';
  if (lines.length === 2 && /^\p{Lu}\p{Ll}{1,20}$/u.test(first) && day.length <= DAY_LINE_CHARS && dateFromText(day)) return first;
  const name = signatureName(first);
  if (!name) return undefined;
  // A role under the name ("Chair of the Board"), or the name alone set off by emphasis or alignment.
  return lines.length === 2 || emphasised(p) || rightAligned(p) ? name : undefined;
}

/** The nearest sibling before (or after) `el` that holds text, or null. */
function textSibling(el: Element, dir: 'previousElementSibling' | 'nextElementSibling'): Element | null {
  let sib = el[dir];
  for (let i = 0; sib && i < 20; i++, sib = sib[dir]) if ((sib.textContent ?? '').trim() !== '') return sib;
  return null;
}

/** What may not follow a signature in its block: a list or a heading it would introduce ("Key Takeaways" over a list). */
const NOT_AFTER = /^(?:UL|OL|DL|H[1-6])$/;

/** The name signing the article at its end, or undefined. */
export function readSignature(doc: Document, index: PageIndex | undefined, headline: Element | undefined): string | undefined {
  const scope = headline ? doc.body : (index?.article ?? doc.body);
  if (!scope) return undefined;
  let pending: { name: string; parent: Element | null } | undefined;
  let prose: Element | undefined;
  for (const p of some(scope, 'p', MAX_PARAGRAPHS)) {
    if (headline && (precedes(p, headline) || headline.contains(p))) continue;
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    if (text.length > LINE_CHARS) {
      if (FOOTNOTE.test(text)) continue;
      if (text.length < PROSE_CHARS) continue;
      // Prose again: in the block of the signature found, the article goes on; elsewhere it has ended.
      if (pending) {
        if (pending.parent !== p.parentElement) return pending.name;
        pending = undefined;
      }
      prose = p;
      continue;
    }
    if (pending || !prose || prose.parentElement !== p.parentElement) continue;
    // Under a paragraph (no heading between: "More projects:" over a teaser's title), and no list
    // or heading after it.
    const next = textSibling(p, 'nextElementSibling');
    const previous = textSibling(p, 'previousElementSibling');
    if (previous?.tagName !== 'P' || (next && NOT_AFTER.test(next.tagName))) continue;
    const name = signatureIn(p);
    if (name && !inChrome(p) && !p.closest(NOT_SIGNATURE) && !p.closest(BYLINE_WORDS.notArticle)) pending = { name, parent: p.parentElement };
  }
  return pending?.name;
}
