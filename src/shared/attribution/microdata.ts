/** schema.org microdata in the page body: itemprop="headline", "author", "datePublished", … */
import type { Person } from './model';
import { compact, type Facts } from './facts';
import { LIMITS } from './limits';
import { normalizeDate } from './normalize-date';
import { cleanName, dedupePeople, looksLikeName, person } from './person-names';
import { cleanText, safeHttpUrl } from '../safe-url';
import { itemValue, some } from './dom-utils';

function authorOf(el: Element): Person | undefined {
  // itemscope author: its own itemprop="name"; else the element's text.
  const nameEl = el.hasAttribute('itemscope') ? el.querySelector('[itemprop~="name" i]') : null;
  const name = cleanName(nameEl ? itemValue(nameEl, 300) : itemValue(el, 300));
  if (!looksLikeName(name)) return undefined;
  const link = el.matches('a[href]') ? el : el.querySelector('[itemprop~="url" i][href], a[href]');
  return person(name, { url: safeHttpUrl(link?.getAttribute('href'), el.ownerDocument.baseURI) });
}

export function readMicrodata(doc: Document): Facts {
  const body = doc.body;
  if (!body) return {};
  const headline = body.querySelector('[itemprop~="headline" i]');
  const published = some(body, '[itemprop~="datePublished" i]', 5).map((el) => normalizeDate(itemValue(el, 100))).find(Boolean);
  const modified = some(body, '[itemprop~="dateModified" i]', 5).map((el) => normalizeDate(itemValue(el, 100))).find(Boolean);
  const authors = some(body, '[itemprop~="author" i], [itemprop~="creator" i]', 20)
    .map((el) => {
      try {
        return authorOf(el);
      } catch {
        return undefined;
      }
    })
    .filter((p): p is Person => p !== undefined);
  return compact({
    headline: headline ? cleanText(itemValue(headline, 2000), LIMITS.headline) : undefined,
    datePublished: published,
    dateModified: modified,
    authors: dedupePeople(authors),
  });
}
