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
  return compact({ datePublished: published, dateModified: modified });
}
