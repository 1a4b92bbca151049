/**
 * <meta> readers: Open Graph and article:*, twitter:*, plain meta (author, date, byl…),
 * Dublin Core, Highwire citation_*, and Parse.ly. One pass collects the tags; each reader
 * is a pure function of that map.
 */
import type { Person } from './model';
import { compact, type Facts } from './facts';
import { LIMITS } from './limits';
import { normalizeDate } from './normalize-date';
import { recognizeLicense } from './license';
import { cleanName, dedupePeople, looksLikeName, namesFromByline, person } from './person-names';
import { cleanText, safeHttpUrl } from '../../shared/safe-url';
import { indexPage, type PageIndex } from './page-index';
import { BYLINE_WORDS, wordAlternation } from '../vocabulary';

/** A twitter:label that introduces the author: "Written by", "Verfasst von", "Autor" (the words: BYLINE_WORDS). */
const AUTHOR_LABEL = new RegExp(`^(?:(?:${wordAlternation(BYLINE_WORDS.beforeBy)})\\s+by|${wordAlternation([...BYLINE_WORDS.phrases, ...BYLINE_WORDS.labels])})(?![\\p{L}])`, 'iu');

/** Lower-cased name/property/itemprop -> contents in document order. */
export type MetaMap = Map<string, string[]>;

const MAX_META = 400;
const MAX_VALUES = 20;

export function collectMeta(doc: Document, index: PageIndex = indexPage(doc)): MetaMap {
  const map: MetaMap = new Map();
  for (const el of index.metas.slice(0, MAX_META)) {
    const content = el.getAttribute('content');
    if (content === null) continue;
    // A tag may carry both name and property (name="og:title" is a common mistake): file it under both.
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (!key || key.length > 80) continue;
      const list = map.get(key) ?? [];
      if (list.length < MAX_VALUES) list.push(content.length > 20_000 ? content.slice(0, 20_000) : content);
      map.set(key, list);
    }
  }
  return map;
}

function first(meta: MetaMap, keys: string[], max: number): string {
  for (const key of keys) {
    for (const value of meta.get(key) ?? []) {
      const text = cleanText(value, max);
      if (text) return text;
    }
  }
  return '';
}

function firstDate(meta: MetaMap, keys: string[]): string | undefined {
  for (const key of keys) {
    for (const value of meta.get(key) ?? []) {
      const date = normalizeDate(value);
      if (date) return date;
    }
  }
  return undefined;
}

/** People from tags that may repeat (citation_author, parsely-author) or hold a byline. */
function peopleFrom(meta: MetaMap, keys: string[]): Person[] {
  for (const key of keys) {
    const values = meta.get(key) ?? [];
    const names = values.flatMap((v) => (values.length > 1 ? [cleanName(v)] : namesFromByline(v))).filter(looksLikeName);
    if (names.length > 0) return dedupePeople(names.map((n) => person(n)));
  }
  return [];
}

/** og:locale "en_US" -> "en-US". */
function localeTag(raw: string): string {
  return /^[a-z]{2,3}(?:[_-][A-Za-z]{2,4})?$/i.test(raw) ? raw.replace('_', '-') : '';
}

export function readOpenGraph(meta: MetaMap): Facts {
  const authorValues = meta.get('article:author') ?? [];
  // article:author is often a profile URL; only names count as authors.
  const authors = authorValues
    .filter((v) => !safeHttpUrl(v) && !/^\s*www\./.test(v))
    .flatMap((v) => namesFromByline(v))
    .map((n) => person(n));
  return compact({
    headline: first(meta, ['og:title'], LIMITS.headline),
    siteName: first(meta, ['og:site_name'], LIMITS.siteName),
    canonicalUrl: safeHttpUrl(first(meta, ['og:url'], 2048)),
    description: first(meta, ['og:description'], LIMITS.description),
    datePublished: firstDate(meta, ['article:published_time', 'og:published_time', 'article:published']),
    dateModified: firstDate(meta, ['article:modified_time', 'og:updated_time', 'og:modified_time']),
    section: first(meta, ['article:section'], LIMITS.section),
    language: localeTag(first(meta, ['og:locale'], LIMITS.language)),
    authors: dedupePeople(authors),
  });
}

export function readTwitter(meta: MetaMap): Facts {
  // Yoast and similar write the author as twitter:label1 "Written by" + twitter:data1 "<name>".
  const authors: Person[] = [];
  for (const n of ['1', '2', '3']) {
    const label = first(meta, [`twitter:label${n}`], 60);
    if (AUTHOR_LABEL.test(label)) {
      authors.push(...namesFromByline(first(meta, [`twitter:data${n}`], 300)).map((name) => person(name)));
    }
  }
  return compact({
    headline: first(meta, ['twitter:title'], LIMITS.headline),
    description: first(meta, ['twitter:description'], LIMITS.description),
    authors: dedupePeople(authors),
  });
}

export function readPlainMeta(meta: MetaMap): Facts {
  return compact({
    authors: peopleFrom(meta, ['author', 'byl', 'sailthru.author', 'article:author_name', 'article.author', 'cxenseparse:author']),
    description: first(meta, ['description'], LIMITS.description),
    datePublished: firstDate(meta, [
      'article:published_time',
      'datepublished',
      'pubdate',
      'publishdate',
      'publish-date',
      'publish_date',
      'publication_date',
      'published',
      'date',
      'article.published',
      'sailthru.date',
      'og:article:published_time',
      'created',
      'date.created',
    ]),
    dateModified: firstDate(meta, ['datemodified', 'last-modified', 'lastmod', 'article.updated', 'revised']),
    siteName: first(meta, ['application-name', 'apple-mobile-web-app-title'], LIMITS.siteName),
  });
}

export function readDublinCore(meta: MetaMap): Facts {
  const rights = first(meta, ['dc.rights', 'dcterms.rights', 'dcterms.license', 'dc.rights.license'], 500);
  const license = rights ? recognizeLicense(rights, safeHttpUrl(rights)) : undefined;
  const publisher = first(meta, ['dc.publisher', 'dcterms.publisher'], LIMITS.name);
  return compact({
    headline: first(meta, ['dc.title', 'dcterms.title'], LIMITS.headline),
    authors: peopleFrom(meta, ['dc.creator', 'dcterms.creator', 'dc.creator.personalname']),
    datePublished: firstDate(meta, ['dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'dc.date.created']),
    dateModified: firstDate(meta, ['dcterms.modified', 'dc.date.modified']),
    publisher: publisher ? person(publisher) : undefined,
    language: first(meta, ['dc.language', 'dcterms.language'], LIMITS.language),
    description: first(meta, ['dc.description', 'dcterms.description', 'dcterms.abstract'], LIMITS.description),
    license,
  });
}

export function readCitation(meta: MetaMap): Facts {
  const publisher = first(meta, ['citation_publisher', 'citation_journal_title', 'citation_conference_title'], LIMITS.name);
  return compact({
    headline: first(meta, ['citation_title'], LIMITS.headline),
    authors: peopleFrom(meta, ['citation_author']),
    datePublished: firstDate(meta, ['citation_publication_date', 'citation_date', 'citation_online_date', 'citation_cover_date']),
    publisher: publisher ? person(publisher) : undefined,
    language: first(meta, ['citation_language'], LIMITS.language),
    canonicalUrl: safeHttpUrl(first(meta, ['citation_abstract_html_url', 'citation_public_url'], 2048)),
  });
}

/** Parse.ly: parsely-* tags, or the older parsely-page JSON in one tag. */
export function readParsely(meta: MetaMap): Facts {
  const facts: Facts = {
    headline: first(meta, ['parsely-title'], LIMITS.headline),
    authors: peopleFrom(meta, ['parsely-author']),
    datePublished: firstDate(meta, ['parsely-pub-date']),
    section: first(meta, ['parsely-section'], LIMITS.section),
    canonicalUrl: safeHttpUrl(first(meta, ['parsely-link'], 2048)),
  };
  const page = meta.get('parsely-page')?.[0];
  if (page) {
    try {
      const data: unknown = JSON.parse(page);
      if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
        const rec = data as Record<string, unknown>;
        const own = (k: string) => (Object.hasOwn(rec, k) ? rec[k] : undefined);
        facts.headline ||= cleanText(own('title'), LIMITS.headline);
        if (!facts.authors?.length) {
          const list = own('authors');
          const names = Array.isArray(list) ? list.map((v) => cleanName(v)) : namesFromByline(own('author'));
          facts.authors = dedupePeople(names.filter(looksLikeName).map((n) => person(n)));
        }
        facts.datePublished ??= normalizeDate(own('pub_date'));
        facts.section ||= cleanText(own('section'), LIMITS.section);
        facts.canonicalUrl ??= safeHttpUrl(own('link'));
      }
    } catch {
      // Broken parsely-page JSON: the separate tags (if any) still count.
    }
  }
  return compact(facts);
}
