/**
 * One bounded pass over the page's elements that files away everything the DOM readers look at
 * (byline and credit candidates, itemprops, <time>, rel=author/license, the article element).
 * Many attribute-substring selectors cost a walk each (and are very slow in jsdom); one walk with
 * a few regular expressions costs the same everywhere.
 */

/** Pages larger than this are read only in their first part (the cleaner refuses far smaller ones). */
const MAX_ELEMENTS = 40_000;

/** "author" but not "authorization" or "authority" (a sign-in link, a public body). */
const BYLINE_MARK = /byline|author(?!i[sz]a|it)|dateline|writtenby/i;
/** Microformats' dates: hAtom's `published` / `updated` (abbr title=), h-entry's `dt-published` / `dt-updated`. */
const MICROFORMAT_DATE = /(?:^|\s)(?:dt-)?(?:published|updated)(?:\s|$)/;
const CREDIT_MARK = /credit|copyright|caption|attribution|source/i;
/** Blocks named footer, copyright or colophon: where a site's copyright notice stands. */
const FOOTER_MARK = /footer|copyright|colophon/i;
/** Footer blocks kept, the page's last ones. */
const MAX_FOOTERS = 40;
export const CREDIT_PROP = /(?:^|\s)(?:creditText|copyrightHolder|copyrightNotice|caption)(?:\s|$)/i;

export interface PageIndex {
  bylines: Element[];
  credits: Element[];
  itemprops: Map<string, Element[]>;
  times: Element[];
  /** Microformat date elements (class published/updated, dt-published/dt-updated) with a title or datetime. */
  microformatDates: Element[];
  relAuthors: Element[];
  relLicenses: Element[];
  /** <meta content> elements (head and body), in document order. */
  metas: Element[];
  /** <script type="application/ld+json"> blocks. */
  jsonLd: Element[];
  /** <link rel="canonical">. */
  canonical: Element | undefined;
  /** The first <article> or itemprop="articleBody" element. */
  article: Element | undefined;
  /** <footer>s and role=contentinfo: the page's last ones, in document order. */
  footers: Element[];
  /** Blocks named footer, copyright or colophon: the page's last ones, in document order. */
  namedFooters: Element[];
}

function push(list: Element[], el: Element, cap: number): void {
  if (list.length < cap) list.push(el);
}

/** The index of a document as it is now (build it once per extraction and pass it to the readers). */
export function indexPage(doc: Document): PageIndex {
  const index: PageIndex = {
    bylines: [],
    credits: [],
    itemprops: new Map(),
    times: [],
    microformatDates: [],
    relAuthors: [],
    relLicenses: [],
    metas: [],
    jsonLd: [],
    canonical: undefined,
    article: undefined,
    footers: [],
    namedFooters: [],
  };
  const all = doc.querySelectorAll('*');
  const n = Math.min(all.length, MAX_ELEMENTS);
  for (let i = 0; i < n; i++) {
    const el = all[i] as Element;
    const tag = el.localName;
    if (tag === 'script') {
      if (el.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json') push(index.jsonLd, el, 20);
      continue;
    }
    if (tag === 'style') continue;
    if (tag === 'meta') {
      if (el.hasAttribute('content')) push(index.metas, el, 400);
    }
    const cls = el.getAttribute('class');
    const id = el.getAttribute('id');
    const marks = cls || id ? `${cls ?? ''} ${id ?? ''}` : '';
    const itemprop = el.getAttribute('itemprop');
    if (itemprop !== null) {
      for (const prop of itemprop.toLowerCase().split(/\s+/)) {
        if (!prop) continue;
        const list = index.itemprops.get(prop) ?? [];
        push(list, el, 20);
        index.itemprops.set(prop, list);
      }
      if (!index.article && /(?:^|\s)articleBody(?:\s|$)/i.test(itemprop)) index.article = el;
    }
    if ((itemprop !== null && CREDIT_PROP.test(itemprop)) || tag === 'figcaption' || el.getAttribute('role') === 'caption' || (marks && CREDIT_MARK.test(marks))) {
      push(index.credits, el, 200);
    }
    if (marks && BYLINE_MARK.test(marks)) push(index.bylines, el, 60);
    // Footers in two lists, so a footer's own many "footer__item"s never push the <footer> out; the
    // body's and the root's classes ("has-footer") name the whole page, not a footer.
    if (tag === 'footer' || el.getAttribute('role') === 'contentinfo') {
      if (index.footers.length >= MAX_FOOTERS) index.footers.shift();
      index.footers.push(el);
    } else if (marks && tag !== 'body' && tag !== 'html' && FOOTER_MARK.test(marks)) {
      if (index.namedFooters.length >= MAX_FOOTERS) index.namedFooters.shift();
      index.namedFooters.push(el);
    }
    if (cls && MICROFORMAT_DATE.test(cls) && (el.hasAttribute('title') || el.hasAttribute('datetime'))) push(index.microformatDates, el, 20);
    if (tag === 'article' && !index.article) index.article = el;
    else if (tag === 'time' && el.hasAttribute('datetime')) push(index.times, el, 50);
    else if (tag === 'a' || tag === 'link') {
      const rel = el.getAttribute('rel');
      if (rel && el.hasAttribute('href')) {
        const rels = rel.toLowerCase().split(/\s+/);
        if (tag === 'a' && rels.includes('author')) push(index.relAuthors, el, 30);
        if (rels.includes('license')) push(index.relLicenses, el, 20);
        if (tag === 'link' && !index.canonical && rels.includes('canonical')) index.canonical = el;
      }
    }
  }
  return index;
}
