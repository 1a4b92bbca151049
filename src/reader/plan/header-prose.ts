/**
 * Prose between the headline and the article body: the introduction a page sets under its
 * headline, outside the block Readability picked (a dossier page whose pick is the long run of
 * sections below its introduction, a lead paragraph kept apart from the body). The path drawn to
 * the headline would hide these paragraphs as its siblings. Only paragraphs of real prose (enough
 * text, few links), and none inside page furniture: a teaser, a sign-up box, a sidebar, an
 * author's bio.
 */
import { isBioPart } from './article-extras';
import { LIMITS, TAGS } from '../vocabulary';
import { isNamedFurniture, ownProse } from './hide-plan';

function isProse(p: Element): boolean {
  const { text, linked } = ownProse(p);
  return text >= LIMITS.minHeaderProseChars && linked <= LIMITS.maxHeaderProseLinkDensity * text;
}

/** Furniture itself, or inside furniture below the block holding both headline and body. */
function inFurniture(el: Element, root: Element): boolean {
  for (let e: Element | null = el; e && !e.contains(root); e = e.parentElement) {
    if (TAGS.notProse.has(e.localName) || isNamedFurniture(e) || isBioPart(e)) return true;
  }
  return false;
}

/**
 * The paragraphs of prose in the header zone (the elements between the headline and `root`, see
 * article-extras' headerZone), each with the section heading right above it.
 */
export function headerProse(zone: readonly Element[], root: Element): Element[] {
  const out: Element[] = [];
  for (const el of zone) {
    if (out.length >= LIMITS.maxHeaderParagraphs) break;
    if (el.localName !== 'p' || !isProse(el) || inFurniture(el, root)) continue;
    // A section heading right above the paragraph goes with it.
    const heading = el.previousElementSibling;
    if (heading && /^h[2-6]$/.test(heading.localName) && !heading.querySelector('a[href]') && !out.includes(heading)) out.push(heading);
    out.push(el);
  }
  return out;
}
