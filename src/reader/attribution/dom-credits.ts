/**
 * Credit lines of the article's images and figures, from the page: figcaption, and elements whose
 * class, id, itemprop or role says credit / caption / copyright / source / attribution. Only those
 * tied to an image (inside a figure, or next to an img/picture/video) count, so the site's footer
 * "© 2025 Site" does not.
 */
import type { Credit } from './model';
import { LIMITS } from './limits';
import { parseCreditLine } from './credit-line';
import { recognizeLicense } from './license';
import { inChrome, smallText, wrapsPage } from './dom-utils';
import { CREDIT_PROP, indexPage, type PageIndex } from './page-index';

/** The marker words as whole parts of a class name ("wp-caption-text", "image__credit"), not "resource". */
const CLASS_WORD = /(?:^|[-_\s])(?:credits?|captions?|copyright|attribution|source|byline-photo|photo-?credit)(?:[-_\s]|$)/i;
/** Marked as the credit itself: text needs no "Photo:" prefix to count. */
const EXPLICIT = /credit|copyright|attribution|source|creditText|copyrightHolder|copyrightNotice/i;
const MEDIA = 'img, picture, video, svg, iframe, canvas';

function isCandidate(el: Element): { explicit: boolean } | undefined {
  const itemprop = el.getAttribute('itemprop');
  if (itemprop !== null && CREDIT_PROP.test(itemprop)) return { explicit: EXPLICIT.test(itemprop) };
  if (el.tagName === 'FIGCAPTION' || el.getAttribute('role')?.toLowerCase() === 'caption') return { explicit: false };
  const marks = `${typeof el.className === 'string' ? el.className : ''} ${el.id}`;
  if (!CLASS_WORD.test(marks)) return undefined;
  const word = /credit|copyright|attribution|source/i.exec(marks);
  return { explicit: word !== null };
}

/**
 * A site's footer built of blocks named for it ("site-footer", "footer__bottom"): its copyright
 * line sits beside the footer's logo, yet credits no image of the article. A figure inside such a
 * block keeps its credit.
 */
const NAMED_FOOTER = /footer/i;

/** True when `el` sits in such a footer (one that does not wrap the page) and in no figure. */
function inNamedFooter(el: Element): boolean {
  if (el.closest('figure')) return false;
  for (let node = el.parentElement; node && node.tagName !== 'BODY' && node.tagName !== 'HTML'; node = node.parentElement) {
    const marks = `${typeof node.className === 'string' ? node.className : ''} ${node.id}`;
    if (NAMED_FOOTER.test(marks)) return !wrapsPage(node);
  }
  return false;
}

/** Tied to an image: inside a figure, or sharing a close ancestor with a media element. */
function nearMedia(el: Element): boolean {
  if (el.closest('figure, [itemtype*="ImageObject"], [itemtype*="VideoObject"]')) return true;
  let node: Element | null = el;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    if (node.querySelector(MEDIA)) return true;
  }
  return false;
}

export function readDomCredits(doc: Document, index: PageIndex = indexPage(doc)): Credit[] {
  const kept: { el: Element; explicit: boolean }[] = [];
  for (const el of index.credits) {
    const kind = isCandidate(el);
    if (!kind || inChrome(el) || !nearMedia(el)) continue;
    if (inNamedFooter(el)) continue;
    kept.push({ el, explicit: kind.explicit });
  }
  // A caption holding a marked credit (<figcaption>… <span class="credit">…</span>) gives the inner one.
  const innermost = kept.filter(({ el }) => !kept.some((other) => other.el !== el && el.contains(other.el)));
  const credits: Credit[] = [];
  const seen = new Set<string>();
  for (const { el, explicit } of innermost) {
    const text = smallText(el, LIMITS.credit * 4);
    if (!text) continue;
    const parsed = parseCreditLine(text, explicit);
    if (!parsed) continue;
    const key = parsed.text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    // A linked licence (<a rel="license" href="…/by-sa/2.0/">) is exact: it wins over the text.
    const link = el.querySelector('a[rel~="license"][href], a[href*="creativecommons.org"]');
    const linked = link ? recognizeLicense(link.textContent ?? '', link.getAttribute('href') ?? undefined) : undefined;
    const credit: Credit = { ...parsed, source: el.hasAttribute('itemprop') ? 'microdata' : 'caption' };
    if (linked) credit.license = linked;
    credits.push(credit);
    if (credits.length >= LIMITS.credits) break;
  }
  return credits;
}
