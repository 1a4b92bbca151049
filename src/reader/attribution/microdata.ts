/** schema.org microdata in the page body: itemprop="headline", "author", "datePublished", … */
import type { Person } from './model';
import { compact, type Facts } from './facts';
import { LIMITS } from './limits';
import { normalizeDate } from './normalize-date';
import { cleanName, dedupePeople, looksLikeName, person } from './person-names';
import { cleanText, safeHttpUrl } from '../../shared/safe-url';
import { itemValue, some } from './dom-utils';
import { indexPage, type PageIndex } from './page-index';

/** Every itemprop element once (one bounded query), grouped by lower-cased property name. */
export function itemprops(root: ParentNode): Map<string, Element[]> {
  const map = new Map<string, Element[]>();
  for (const el of some(root, '[itemprop]', 400)) {
    for (const prop of (el.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/)) {
      if (!prop) continue;
      const list = map.get(prop) ?? [];
      if (list.length < 20) list.push(el);
      map.set(prop, list);
    }
  }
  return map;
}

function authorOf(el: Element): Person | undefined {
  // itemscope author: its own itemprop="name"; else the element's text.
  const nameEl = el.hasAttribute('itemscope') ? [...(itemprops(el).get('name') ?? [])][0] : undefined;
  const name = cleanName(nameEl ? itemValue(nameEl, 300) : itemValue(el, 300));
  if (!looksLikeName(name)) return undefined;
  const link = el.matches('a[href]') ? el : el.querySelector('a[href], link[href]');
  return person(name, { url: safeHttpUrl(link?.getAttribute('href'), el.ownerDocument.baseURI) });
}

export function readMicrodata(doc: Document, index: PageIndex = indexPage(doc)): Facts {
  const props = index.itemprops;
  const headline = props.get('headline')?.[0];
  const dateOf = (name: string) =>
    (props.get(name) ?? [])
      .slice(0, 5)
      .map((el) => normalizeDate(itemValue(el, 100)))
      .find(Boolean);
  const authors = [...(props.get('author') ?? []), ...(props.get('creator') ?? [])]
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
    datePublished: dateOf('datepublished'),
    dateModified: dateOf('datemodified'),
    authors: dedupePeople(authors),
  });
}
