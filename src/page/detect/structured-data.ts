/**
 * Schema.org types a page declares for itself, from JSON-LD and microdata. Only the page's own
 * entities count (top level, `@graph`, `mainEntity`), not ones nested inside them: a section
 * front lists NewsArticle items inside an ItemList, and that must not make it an article.
 */
import { capped } from './capped';
import { MAX_JSON_LD_CHARS } from './limits';

/** Types whose page is one piece of writing (Article, NewsArticle and its kinds, BlogPosting, Review…). */
export const ARTICLE_TYPES = /^(?:(?:\w*news|satirical|scholarly)?article|report|(?:live)?blogposting|(?:critic)?review)$/;

/** Types whose page sells or describes a thing: a shop's product page, an app's home page. */
export const PRODUCT_TYPES = /^(?:product(?:group)?|(?:aggregate)?offer|(?:software|mobile|web)application|videogame)$/;

/**
 * Types whose page is people talking: forum threads, questions and their answers. (Not
 * `Question` alone: an FAQPage's mainEntity is a list of them, and articles carry FAQ blocks.)
 */
export const FORUM_TYPES = /^(?:discussionforumposting|qapage)$/;

/** Types whose page is reference: manuals and API documentation. */
export const REFERENCE_TYPES = /^(?:techarticle|apireference)$/;

/**
 * Types that only say "a web page of a site": what a site declares for every page it has. (Only
 * types a page declares at its top level: SearchAction, ListItem and the like sit inside these.)
 */
export const GENERIC_TYPES = /^(?:web(?:page|site)|organization|corporation|localbusiness|breadcrumblist|imageobject|sitenavigationelement|wp(?:header|footer|sidebar)|person|postaladdress|place)$/;

/** Types whose page is a list of other things (SearchResultsPage, a search page, is told apart first). */
export const LISTING_TYPES = /^(?:collectionpage|itemlist|profilepage)$/;

function typeNames(value: unknown): string[] {
  return [value]
    .flat()
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^.*[/#:]/, '').toLowerCase());
}

function collect(node: unknown, out: Set<string>, depth: number): void {
  if (depth > 3 || typeof node !== 'object' || node === null) return;
  if (Array.isArray(node)) {
    for (const item of node.slice(0, 50)) collect(item, out, depth + 1);
    return;
  }
  const record = node as Record<string, unknown>;
  for (const t of typeNames(record['@type'])) out.add(t);
  // (Absent ones are undefined, which the first line turns away.)
  collect(record['@graph'], out, depth + 1);
  collect(record.mainEntity, out, depth + 1);
}

/** Lower-cased schema.org type names the page declares for itself. */
export function declaredTypes(doc: Document): Set<string> {
  const out = new Set<string>();
  for (const script of capped(doc, 'script[type="application/ld+json" i]', 20)) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD_CHARS) continue;
    try {
      collect(JSON.parse(text), out, 0);
    } catch {
      // Many pages ship broken JSON-LD (trailing commas, HTML comments): ignore it.
    }
  }
  // Microdata: only item scopes that are not inside another item (the page's own entity).
  for (const el of capped(doc, '[itemscope][itemtype]', 50)) {
    if (el.parentElement?.closest('[itemscope]')) continue;
    for (const t of typeNames((el.getAttribute('itemtype') ?? '').split(/\s+/))) if (t) out.add(t);
  }
  return out;
}
