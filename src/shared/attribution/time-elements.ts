/** <time datetime> elements: the first in the article is usually the publication date. */
import { compact, type Facts } from './facts';
import { normalizeDate } from './normalize-date';
import { inChrome, some } from './dom-utils';

const MODIFIED = /updat|modif|revis|aktualisiert|edited/i;

export function readTimeElements(doc: Document): Facts {
  const scope = doc.querySelector('article') ?? doc.body;
  if (!scope) return {};
  let published: string | undefined;
  let modified: string | undefined;
  for (const el of some(scope, 'time[datetime]', 50)) {
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
