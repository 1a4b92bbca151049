/**
 * Who the article itself names as its source, for a page that names no author: the news agency
 * of the dateline that opens it ("Hamburg (dpa/lno) – …", "PARIS (AFP) -"), or the line that
 * closes it ("Quelle: kathpress", "Source: Newsroom/ab", "… geändert. (FR mit dpa)"). These are
 * organisations, and they are named as the page writes them ("dpa/lno", not "dpa"): the popup
 * shows them, marked as organisations, only when no source names a person.
 *
 * Structure first: the dateline is the start of one of the article's first paragraphs; the
 * closing line is a short paragraph after the article's last paragraph of prose (none follows it),
 * outside figures and captions (whose "Quelle: dpa" credits a picture) and the site's chrome.
 * Text only where unavoidable: the label words (SOURCE_LINE_WORDS) and the agencies' names.
 */
import { findAgency } from './agencies';
import { datelineAgency } from './dateline';
import { precedes, some } from './dom-utils';
import { looksLikeName } from './person-names';
import type { PageIndex } from './page-index';
import { SOURCE_LINE_WORDS, wordAlternation } from '../vocabulary';

/** Paragraphs at the article's start looked at for a dateline. */
const DATELINE_PARAGRAPHS = 12;
/** Paragraphs looked at in all for the closing line (bounded scan). */
const MAX_PARAGRAPHS = 3000;
/** A paragraph longer than this is prose; a closing line is shorter. */
const LINE_CHARS = 80;
/** "Quelle: kathpress": a label word, a colon, the name. */
const LABELLED = new RegExp(`^(?:${wordAlternation(SOURCE_LINE_WORDS)})\\s*[:：]\\s*(\\S.{0,60})$`, 'iu');
/** "… (FR mit dpa)" at a paragraph's end: a parenthesis naming an agency. */
const CLOSING_PAREN = /\(([^()]{2,40})\)\s*[.+]*\s*$/;
/** Where a named source cannot stand: pictures and their credits, navigation, asides, comments, the page's own footer. */
const NOT_SOURCE_TAGS = new Set(['FIGURE', 'FIGCAPTION', 'NAV', 'ASIDE']);
const NOT_SOURCE_ROLES = new Set(['navigation', 'contentinfo', 'complementary']);
const NOT_SOURCE_CLASS = /caption|credit|comment/i;

/** True inside a block where a named source cannot stand (an ancestor walk: cheaper than `closest` with a long selector). */
function notSource(el: Element): boolean {
  for (let node: Element | null = el, depth = 0; node && depth < 60; node = node.parentElement, depth++) {
    if (NOT_SOURCE_TAGS.has(node.tagName) || NOT_SOURCE_ROLES.has(node.getAttribute('role') ?? '')) return true;
    if (NOT_SOURCE_CLASS.test(node.getAttribute('class') ?? '')) return true;
    if (node.tagName === 'FOOTER' && node.parentElement?.tagName === 'BODY') return true;
  }
  return false;
}

/** The name as the page writes it (white space collapsed, trailing punctuation off), or '' when it is no name (markup, a link, no letter). */
function tidy(text: string): string {
  const name = text
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:]+$/, '')
    .trim();
  return looksLikeName(name) ? name : '';
}

/** The agency a dateline (among `list`, the page's paragraphs in document order) at the start of one of the article's first paragraphs names, as written ("dpa/lno"). */
export function datelineSource(list: Element[], headline: Element | undefined): string | undefined {
  for (let i = firstAfter(list, headline), seen = 0; i < list.length && seen < DATELINE_PARAGRAPHS; i++) {
    const p = list[i] as Element;
    if (notSource(p)) continue;
    seen++;
    const name = tidy(datelineAgency(p)?.written ?? '');
    if (name) return name;
  }
  return undefined;
}

/**
 * The source a short line right after a paragraph of prose names ("Quelle: kathpress"), or a
 * parenthesis closing a paragraph of prose ("… (FR mit dpa)"), when no more prose follows in the
 * same block: the article ends there (teasers further down are other blocks). The first such line.
 */
export function closingSource(list: Element[], headline: Element | undefined): string | undefined {
  let pending: { name: string; parent: Element | null } | undefined;
  let afterProse = false;
  for (let i = firstAfter(list, headline); i < list.length; i++) {
    const p = list[i] as Element;
    // A paragraph's whole text, once: cheaper than walking its nodes, and bounded by the page's size.
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    const line = text.length <= LINE_CHARS ? text : undefined;
    if (line === undefined) {
      // A paragraph of prose: in the block of a line found before it, the article goes on; elsewhere it has ended.
      if (pending && pending.parent !== p.parentElement) return pending.name;
      const end = CLOSING_PAREN.exec(text.slice(-200));
      const agency = end?.[1] && findAgency(end[1]) && !notSource(p) ? tidy(end[1]) : '';
      pending = agency ? { name: agency, parent: p.parentElement } : undefined;
      afterProse = true;
      continue;
    }
    const m = afterProse && !pending ? LABELLED.exec(line) : null;
    const name = m?.[1] && !notSource(p) ? tidy(m[1]) : '';
    if (name) pending = { name, parent: p.parentElement };
    afterProse = false;
  }
  return pending?.name;
}

/** The index of the first paragraph after the headline (the list is in document order: a binary search). */
function firstAfter(list: Element[], headline: Element | undefined): number {
  if (!headline) return 0;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (precedes(list[mid] as Element, headline)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The source the article names: its dateline's agency, else its closing line's source. */
export function readSourceLine(doc: Document, index: PageIndex | undefined, headline: Element | undefined): string | undefined {
  // After the headline when there is one (the first <article> may be a teaser above it), else in the article.
  const scope = headline ? doc.body : (index?.article ?? doc.body);
  if (!scope) return undefined;
  const paragraphs = some(scope, 'p', MAX_PARAGRAPHS);
  return datelineSource(paragraphs, headline) ?? closingSource(paragraphs, headline);
}
