/**
 * What one cleanup keeps and hides, decided from Readability's reading and the page's own markup
 * before anything on the page is touched: the root to keep (the page's article when Readability
 * took a part of it), the extras beside it (headline, byline, standfirst, lead image, the prose
 * between headline and body, the article's other parts, the recipe or product description the
 * page declares), and the blocks to hide. Reads the page, never writes to it.
 */
import type { CleanOptions } from '../../shared/protocol';
import { bylinesInRoot, describedStandfirst, findExtras, findHeadline, headerZone } from './article-extras';
import { articleTail } from './article-tail';
import { declaredParts } from './declared-parts';
import { formBoxes } from './form-boxes';
import { headerProse } from './header-prose';
import type { LiveArticle } from '../read/pairing';
import { planHiding } from './hide-plan';
import { leadsArticle } from './set-aside';
import { continuations, widerRoot } from './page-article';
import { findComments, findImages } from './reader-choices';

export interface CleanupPlan {
  root: Element;
  /** The root and the extras: what stays visible, with everything inside. */
  keepNodes: Element[];
  hide: Element[];
}

type Article = LiveArticle;

export function planCleanup(doc: Document, found: Article, options: CleanOptions, positionOf?: (el: Element) => string): CleanupPlan {
  const root = widerRoot(doc, found.root, found.textLength);
  const headline = findHeadline(doc, found.metadata.title ?? null, root);
  const extras = [...(headline ? [headline] : []), ...findExtras(root, headline), ...bylinesInRoot(root, found.kept), ...continuations(root), ...declaredParts(doc, root)];
  // Between the headline and the body: the standfirst the page's description quotes, and prose.
  const zone = headline ? headerZone(headline, root) : [];
  const dek = describedStandfirst(zone, found.metadata.excerpt);
  for (const el of [...(dek ? [dek] : []), ...headerProse(zone, root)]) {
    if (!extras.some((x) => x.contains(el) || el.contains(x))) extras.push(el);
  }
  // The reader's choices: comments kept like the article's extras; images hidden on request.
  if (options.keepComments) extras.push(...findComments(doc, root));
  // A block set aside by name that leads the article is the article itself (set-aside.ts): kept.
  const setAside: Element[] = [];
  for (const aside of found.setAside ?? []) {
    if (aside === root || aside.contains(root)) continue;
    if (leadsArticle(aside, headline, found.kept)) {
      if (!extras.some((x) => x.contains(aside))) extras.push(aside);
    } else setAside.push(aside);
  }
  const keepNodes = [root, ...extras];
  const hide = planHiding({ root, kept: found.kept, extras, ...(positionOf ? { positionOf } : {}) });
  // What follows the article's last paragraph, kept by Readability or not (article-tail.ts).
  const planned = new Set(hide);
  for (const el of articleTail(root, found.kept, extras)) if (!planned.has(el)) hide.push(el);
  // A form with the lines that say what it is for (form-boxes.ts).
  for (const el of formBoxes(root, extras)) if (!planned.has(el)) hide.push(el);
  // The blocks Readability first took for the article, beside it (comments, an author box, a
  // consent notice): hidden when inside the root kept (beside it, they are hidden anyway),
  // unless a headline or byline is in them.
  for (const aside of setAside) {
    if (root.contains(aside) && !extras.some((x) => aside.contains(x) || x.contains(aside))) hide.push(aside);
  }
  if (!options.keepImages) hide.push(...findImages(keepNodes));
  return { root, keepNodes, hide };
}
