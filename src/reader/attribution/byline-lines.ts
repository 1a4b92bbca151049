/**
 * A byline line anywhere in the article, when the header shows none: "By Jane Doe" as the body's
 * last line, "Datum: 19.11.2021 Autor: Jane Doe", "Posted on 21 September 2020 by Jane Doe". The
 * line is read from the page's article element (or its body), in document order, leaving out site
 * chrome, asides, comments and author boxes (whose "View all posts by …" links name the author of
 * other posts too). Bounded: a fixed number of text nodes, each read up to a short line's length.
 */
import type { Person } from './model';
import { dedupePeople, isBylinePrefix, NEXT_FIELD, namesFromByline, person, plausibleName, startsWithByline, WRITTEN_BY } from './person-names';
import { inChrome, lineText } from './dom-utils';
import { dateFromText, orderOf } from './normalize-date';
import type { PageIndex } from './page-index';
import { BYLINE_WORDS, wordAlternation } from '../vocabulary';

/** Text nodes looked at, at most. */
const MAX_NODES = 20_000;
/** Elements around a text node tried as the line: "<p><span>Von</span> <a>Jane Doe</a></p>". */
const LINE_DEPTH = 3;
/** A word that can open or label a byline, in any of the prefixes' languages (a cheap first test). */
const PREFIX_WORD = new RegExp(`(?:^|[^\\p{L}])(?:${wordAlternation([...BYLINE_WORDS.prefixes, ...BYLINE_WORDS.beforeBy, ...BYLINE_WORDS.phrases, ...BYLINE_WORDS.labels])})(?:[^\\p{L}]|$)`, 'iu');
/** A byline line is short: longer text is a sentence that mentions someone. */
const MAX_LINE = 160;

/** "Autor: Jane Doe" after other fields on one line: a field label, in the languages the prefixes cover. */
const LABELLED = new RegExp(`(?:^|[\\s|•·,;])(?:${wordAlternation(BYLINE_WORDS.labels)})\\s*[:：]\\s*(?=\\p{Lu})`, 'iu');

/** "… 21 September 2020 by Jane Doe": a date, then the prefix (in lower case) and a name. */
const AFTER_DATE = new RegExp(`\\s(?:${wordAlternation(BYLINE_WORDS.afterDate)})\\s+(?=\\p{Lu})`, 'u');

/** The part of a line that names the author, or undefined when the line is no byline. */
export function bylinePart(line: string): string | undefined {
  // A rule of dashes may set the line off ("---- by Jane Doe", "— Jane Doe").
  const text = line
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-–—―]+\s*/, '');
  if (!text) return undefined;
  // A line of fields ends the name at the next field's label ("Autor: Jane Doe Tags: …").
  const upToNextField = (part: string) => part.replace(NEXT_FIELD, '') || undefined;
  if (startsWithByline(text)) return text.replace(/^(\S+\s*[:：]?\s*)(.*)$/, (_, lead: string, rest: string) => lead + rest.replace(NEXT_FIELD, ''));
  // "This post was written by Jane Doe, MD": a short sentence that ends in the byline.
  const sentence = WRITTEN_BY.exec(text);
  if (sentence) return upToNextField(text.slice(sentence[0].length));
  const labelled = LABELLED.exec(text);
  if (labelled) return upToNextField(text.slice(labelled.index + labelled[0].length));
  const after = AFTER_DATE.exec(text);
  if (after && dateFromText(text.slice(0, after.index + 1))) return upToNextField(text.slice(after.index + after[0].length));
  return undefined;
}

/** Elements that end a line: a break, and blocks (paragraphs, lists, headings, tables, sections). */
const LINE_END = /^(?:BR|P|DIV|LI|UL|OL|DL|TABLE|SECTION|ARTICLE|ASIDE|HEADER|FOOTER|FIGURE|BLOCKQUOTE|H[1-6])$/;

/** Text nodes read for an element's first line, at most. */
const FIRST_LINE_NODES = 200;

/**
 * The text of an inline element up to the end of the first block inside it that holds text: a
 * card in a <span> (a name heading over a role line) gives the name alone, never "Jane DoeSenior
 * Writer" glued; an element without blocks gives its whole text.
 */
function firstLineOf(el: Element): string | undefined {
  const blockOf = (node: Node) => {
    for (let up = node.parentElement; up && up !== el; up = up.parentElement) if (LINE_END.test(up.tagName)) return up;
    return el;
  };
  const walker = el.ownerDocument.createTreeWalker(el, 0x4);
  let out = '';
  let first: Element | undefined;
  let n = 0;
  for (let node = walker.nextNode(); node && n < FIRST_LINE_NODES; node = walker.nextNode(), n++) {
    const value = node.nodeValue ?? '';
    if (value.trim() === '') continue;
    const block = blockOf(node);
    first ??= block;
    if (block !== first && !first.contains(block)) break;
    out += ` ${value}`;
    if (out.length > MAX_LINE * 8) return undefined;
  }
  const text = out.replace(/\s+/g, ' ').trim();
  return text.length <= MAX_LINE ? text : undefined;
}

/** The text after `el` up to the line's end (a <br>, a block or the parent's end), or undefined past MAX_LINE. */
function lineAfter(el: Element): string | undefined {
  let out = '';
  for (let node = el.nextSibling, i = 0; node && i < 20; node = node.nextSibling, i++) {
    if (node.nodeType === 1) {
      const tag = (node as Element).tagName;
      if (LINE_END.test(tag)) break;
      // An inline element that holds blocks (a card in a <span>): its first block ends the line.
      const blocks = (node as Element).querySelector('p, div, h1, h2, h3, h4, h5, h6, li, section, article, br') !== null;
      const text = blocks ? firstLineOf(node as Element) : lineText(node as Element, MAX_LINE);
      if (text === undefined) return undefined;
      out += ` ${text}`;
      if (blocks) break;
    } else if (node.nodeType === 3) out += ` ${node.nodeValue ?? ''}`;
    if (out.length > MAX_LINE * 8) return undefined;
  }
  const text = out.replace(/\s+/g, ' ').trim();
  return text && text.length <= MAX_LINE ? text : undefined;
}

/** An <article> that is one card among its like siblings (a grid of posts) and lies apart from the headline. */
function isTeaser(article: Element, headline: Element): boolean {
  const parent = article.parentElement;
  if (!parent || parent.contains(headline)) return false;
  let like = 0;
  for (let sib = parent.firstElementChild, i = 0; sib && i < 50; sib = sib.nextElementSibling, i++) if (sib !== article && sib.tagName === article.tagName) like++;
  return like > 0;
}

/** Items of a list after a label, at most. */
const MAX_ITEMS = 10;

/**
 * After a label in a block of its own ("<h3>Author</h3><p>Jane Doe</p>", "<h6>Author(s)</h6><ul><li>…</li></ul>"):
 * the next block's line, or a list's items joined by commas; undefined past a line's length.
 */
function blockAfter(el: Element): string | undefined {
  const next = el.nextElementSibling;
  if (!next) return undefined;
  if (next.tagName === 'UL' || next.tagName === 'OL') {
    const items = Array.from(next.children).slice(0, MAX_ITEMS + 1);
    if (items.length > MAX_ITEMS) return undefined;
    const texts = items.map((li) => lineText(li, MAX_LINE));
    if (texts.some((t) => t === undefined)) return undefined;
    const joined = texts.filter(Boolean).join(', ');
    return joined && joined.length <= MAX_LINE ? joined : undefined;
  }
  // A block of blocks (a card's name heading over a role line): its first block's line, so the
  // name and the role are never glued into one ("Jane DoeSenior Writer").
  let block = next;
  for (let depth = 0; depth < LINE_DEPTH; depth++) {
    const first = Array.from(block.children)
      .slice(0, MAX_ITEMS)
      .find((child) => LINE_END.test(child.tagName) && (lineText(child, MAX_LINE * 4) ?? '-') !== '');
    if (!first) break;
    block = first;
  }
  return lineText(block, MAX_LINE) || undefined;
}

/**
 * The article's first byline line: the authors it names and the day it states ("Von Jane Doe am
 * 07.08.2013", "Datum: 19.11.2021 Autor: Jane Doe", "8. Dezember 2010 · Jane Doe"), read from the
 * line or, when the line holds no date, from the small block around it.
 */
export function readBylineLine(
  doc: Document,
  index: PageIndex | undefined,
  headline: Element | undefined,
  isSite: (name: string) => boolean = () => false,
): { authors: Person[]; date?: string; el?: Element } {
  // The first <article> may be a teaser card (a related post) that does not hold the headline: the
  // body is read then, in document order as always.
  const article = index?.article;
  const scope = article && (!headline || article.contains(headline) || headline.contains(article) || !isTeaser(article, headline)) ? article : doc.body;
  if (!scope) return { authors: [] };
  // One walk over the text: only a text node holding a prefix word is looked at, with the few
  // elements around it (the innermost one that reads as a byline line is the line).
  const walker = doc.createTreeWalker(scope, 0x4);
  let found: { el: Element; part: string } | undefined;
  let n = 0;
  for (let node = walker.nextNode(); node && !found && n < MAX_NODES; node = walker.nextNode(), n++) {
    if (!PREFIX_WORD.test((node.nodeValue ?? '').slice(0, MAX_LINE))) continue;
    let el = node.parentElement;
    for (let depth = 0; el && el !== scope.parentElement && depth < LINE_DEPTH; depth++, el = el.parentElement) {
      if (headline && (el === headline || headline.contains(el) || el.contains(headline))) break;
      const text = lineText(el, MAX_LINE);
      if (text === undefined) break;
      if (text.length < 4) continue;
      // A label in an element of its own ("<strong>Text:</strong> Jane Doe<br>", "<h5>Autor: </h5>Jane
      // Doe"): the line is the label and what follows it up to the line's end.
      const inline = isBylinePrefix(text) ? lineAfter(el) : undefined;
      const block = isBylinePrefix(text) && !inline ? blockAfter(el) : undefined;
      const after = inline ?? block;
      const part = bylinePart(after ? `${text} ${after}` : text);
      if (!part) continue;
      // A field label in a block of its own with its value in the next block ("<h6>Author(s)</h6>
      // <ul>…</ul>") is the article's field even in an aside (a card of the article's facts beside
      // it); any other line there is a sidebar's.
      if (inChrome(el) || el.closest(block ? BYLINE_WORDS.notArticleField : BYLINE_WORDS.notArticle)) break;
      // A line that names only the site ("By The Planetary Press" over a post it republishes) is
      // passed over: a later line may name the person ("Written by: Jane Doe").
      const all = namesFromByline(part.slice(0, MAX_LINE));
      const names = all.filter(plausibleName);
      // A heading that opens with a prefix and holds a phrase no name is ("Von Atemschutzmaske über
      // Exit-Strategie und Kontaktverbot bis Zoonose") is a title, not a byline: none of its parts is.
      if (names.length === 0 || (/^H[1-6]$/.test(el.tagName) && names.length < all.length)) continue;
      if (names.every(isSite)) break;
      found = { el, part };
      break;
    }
  }
  if (!found) return { authors: [] };
  const authors = dedupePeople(
    namesFromByline(found.part)
      .filter(plausibleName)
      .map((n) => person(n)),
  );
  const line = lineText(found.el, MAX_LINE) ?? '';
  const around = found.el.parentElement ? lineText(found.el.parentElement, MAX_LINE) : undefined;
  const order = orderOf(found.el);
  const date = dateFromText(line, order) ?? (around ? dateFromText(around, order) : undefined);
  return date ? { authors, date, el: found.el } : { authors, el: found.el };
}
