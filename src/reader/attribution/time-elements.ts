/** <time datetime> elements: the first in the article is usually the publication date. */
import { compact, type Facts } from './facts';
import { normalizeDate } from './normalize-date';
import { inChrome } from './dom-utils';
import { indexPage, type PageIndex } from './page-index';
import { BYLINE_WORDS } from '../vocabulary';

const MODIFIED = BYLINE_WORDS.modified;

export function readTimeElements(doc: Document, index: PageIndex = indexPage(doc)): Facts {
  const article = index.article;
  const inArticle = article ? index.times.filter((t) => article.contains(t)) : [];
  let published: string | undefined;
  let modified: string | undefined;
  for (const el of inArticle.length > 0 ? inArticle : index.times) {
    if (inChrome(el)) continue;
    const date = normalizeDate(el.getAttribute('datetime'));
    if (!date) continue;
    const hint = `${el.className} ${el.getAttribute('itemprop') ?? ''} ${el.parentElement?.className ?? ''}`;
    if (MODIFIED.test(hint)) modified ??= date;
    else published ??= date;
    if (published && modified) break;
  }
  // Microformats (hAtom's <abbr class="published" title="2020-04-28T21:11:00+02:00">21:11</abbr>,
  // h-entry's dt-published): the class says which date it is; the title or datetime is machine-readable.
  for (const el of published && modified ? [] : index.microformatDates) {
    if (inChrome(el)) continue;
    const date = normalizeDate(el.getAttribute('datetime') ?? el.getAttribute('title'));
    if (!date) continue;
    if (/(?:^|\s)(?:dt-)?updated(?:\s|$)/.test(el.getAttribute('class') ?? '')) modified ??= date;
    else published ??= date;
  }
  return compact({ datePublished: published, dateModified: modified });
}
