/**
 * The source attribution of one article, as read from the page before cleanup.
 * Every string here came from an untrusted page: render with textContent only,
 * and links only through `safeHttpUrl`.
 */

/** Where a field's value was read from. */
export type FieldSource =
  | 'json-ld'
  | 'open-graph'
  | 'twitter'
  | 'meta'
  | 'dublin-core'
  | 'citation'
  | 'parsely'
  | 'microdata'
  | 'time-element'
  | 'rel-author'
  | 'byline-element'
  | 'readability'
  | 'page-text'
  | 'caption'
  | 'rel-license'
  | 'url'
  | 'document';

export interface Sourced<T> {
  value: T;
  source: FieldSource;
}

export interface Person {
  name: string;
  /** 'person' or 'organization' when the page says so. */
  kind?: 'person' | 'organization';
  /** Profile page, http(s) only. */
  url?: string;
}

export interface License {
  /** As written on the page or normalized, e.g. "CC BY-SA 2.0". */
  name: string;
  /** Deed or license page, http(s) only. */
  url?: string;
}

export interface Credit {
  /** The credit line as found, whitespace-normalized. */
  text: string;
  /** The prefix word that introduced it, e.g. "Source", "Photo". */
  kind?: string;
  /** Who made or owns the work, e.g. "UNCTAD". */
  who?: string;
  license?: License;
  /** Where it was obtained, e.g. "Wikimedia Commons". */
  via?: string;
  /** Where a licence for the work can be obtained (JSON-LD acquireLicensePage), http(s) only. */
  licensePage?: string;
  source: FieldSource;
}

export interface Attribution {
  pageUrl: string;
  headline?: Sourced<string>;
  siteName?: Sourced<string>;
  publisher?: Sourced<Person>;
  authors: Sourced<Person>[];
  /** ISO 8601, keeping the page's time zone offset when it gave one. */
  datePublished?: Sourced<string>;
  dateModified?: Sourced<string>;
  /** http(s) only; the page URL when the page gives none or a bad one. */
  canonicalUrl: Sourced<string>;
  section?: Sourced<string>;
  language?: Sourced<string>;
  direction?: 'ltr' | 'rtl';
  description?: Sourced<string>;
  /** The article's own license (rel=license, JSON-LD license). */
  license?: Sourced<License>;
  /** Wire origin, e.g. Reuters for "(Reuters) -" datelines or JSON-LD sourceOrganization. */
  wireSource?: Sourced<string>;
  /** Credit lines of the article's images and figures. */
  credits: Credit[];
  /** isAccessibleForFree=false: the text may be cut short by a paywall. */
  paywalled?: boolean;
}
