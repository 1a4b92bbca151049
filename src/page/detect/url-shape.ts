/**
 * What a page's address says about it, from the URL alone (pure; also used by the background).
 * Weak evidence either way except for task pages (search, login, checkout), which no reader
 * wants cleaned.
 */

export interface UrlShape {
  /** The site's front page: `/`, `/index.html`, `/home`… with no search query. */
  root: boolean;
  /** A date in the path: /2024/05/17/, /2024-05-17-, /20240517/. */
  dated: boolean;
  /** A slug of several words (`/belarus-seeks-to-ease-isolation`) or a long numeric id. */
  slugged: boolean;
  /** A search results page (path or query). */
  search: boolean;
  /** A listing by tag, topic, category or author. */
  listing: boolean;
  /** Sign-in, sign-up, account, cart or checkout pages. */
  task: boolean;
  /** Under a documentation folder or host (not the page's own name): a manual or API reference. */
  docs: boolean;
}

const ROOT_PATH = /^\/(?:(?:index|default|home)(?:\.\w{2,5})?|home|[a-z]{2}(?:-[a-z]{2})?)?\/?$/i;
const DATED = /\/(?:19|20)\d\d[/\-_]?(?:0[1-9]|1[0-2])(?:[/\-_]?(?:0[1-9]|[12]\d|3[01]))?(?:[/\-_.]|$)/;
const SEARCH_SEGMENT = /^(?:search|suche|recherche|buscar?|cerca|zoeken|find)$/i;
const SEARCH_PARAMS = 'q s query search searchterm keyword keywords k'.split(' ');
const LISTING_SEGMENT = /^(?:tags?|topics?|categor(?:y|ies)|authors?|archives?|labels?|themen|schlagwort|rubrik)$/i;
const TRACKING_PARAM = /^(?:utm_\w+|(?:fb|g)clid|msclkid|mc_[ce]id|ref(?:_src)?|source|from|cmp(?:id)?|ocid|ito|smid|_ga)$/i;
const ITEM_PARAM = /^(?:[pa]|a?id|page_id|article(?:id)?|story(?:_?id)?|post(?:_?id)?|news(?:id)?|[ns]id)$/i;
/** A file name's extension (`.html`, `.php`). */
const EXTENSION = /\.\w{2,5}$/;
const TASK_SEGMENT =
  /^(?:(?:log|sign)-?(?:in|out)|sign-?up|regist(?:er|ration|rieren)|(?:my-?)?account|profile|settings|(?:reset-)?password|o?auth|sso|cart|basket|checkout|payment|subscri(?:be|ption)|anmelden|warenkorb|kasse|connexion|panier)$/i;
/** Where sites keep their documentation: `/docs/`, `/manual/`, `docs.example.com`. */
const DOCS_SEGMENT = /^(?:docs?|documentation|manual|reference|api)$/i;

/** Words in a slug: a segment like `some-words-here` or `some_words_here.html`. */
function slugWords(segment: string): number {
  const stem = segment.replace(EXTENSION, '');
  if (!/[a-z]/i.test(stem)) return 0;
  return stem.split(/[-_+]+/).filter((w) => /^[\p{L}\p{N}]{1,}$/u.test(w)).length;
}

export function urlShape(url: string): UrlShape {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not an address: one with no host, path or query, of which every answer below is false.
    parsed = new URL('x:');
  }
  const path = parsed.pathname;
  let segments = path.split('/').filter(Boolean);
  try {
    segments = segments.map(decodeURIComponent);
  } catch {
    // A malformed escape: the segments as written.
  }
  const params = parsed.searchParams;
  // Tracking parameters do not make a front page into something else; any other query might.
  // Read the keys from the query string itself: in a Firefox content script, URLSearchParams
  // iterators belong to the page's compartment and their Symbol.iterator is denied by Xray.
  const keys = parsed.search
    .slice(1)
    .split('&')
    .filter(Boolean)
    .map((pair) => pair.split('=')[0] ?? '');
  const meaningful = keys.filter((k) => !TRACKING_PARAM.test(k));
  const dated = DATED.test(path);
  // `/tag/elections/`, `/category/world/europe/`: the listing word near the top and at most two
  // segments after it. A file deeper down (`/themen/regionen/zukunftsforum2022.html`) is a page
  // filed under a topic, not the topic's list.
  const at = segments.slice(0, 2).findIndex((s) => LISTING_SEGMENT.test(s));
  const after = segments.length - at - 1;
  // Path parameters (`page.html;jsessionid=…`) are not part of the name.
  const fileLeaf = EXTENSION.test((segments.at(-1) ?? '').replace(/;.*$/, ''));
  return {
    root: ROOT_PATH.test(path) && !meaningful.length,
    dated,
    // A slug of 4+ words, or a long numeric id at the end of the path (`/400487461`, `-1720000`)
    // or in an item parameter (`?p=123`, `?a=20170309-35097838`): how CMSs name single items.
    slugged: segments.some((s) => slugWords(s) >= 4) || /(?:^|[-_/])\d{5,}(?:\.\w{2,5})?\/?$/.test(path) || meaningful.some((k) => ITEM_PARAM.test(k) && /\d/.test(params.get(k) ?? '')),
    search: segments.some((s) => SEARCH_SEGMENT.test(s)) || SEARCH_PARAMS.some((p) => params.get(p)?.trim()),
    listing: at >= 0 && (after <= 1 || (after === 2 && !fileLeaf)) && !dated,
    task: segments.some((s) => TASK_SEGMENT.test(s.replace(EXTENSION, ''))),
    docs: [parsed.hostname.split('.')[0], ...segments.slice(0, -1)].some((s) => DOCS_SEGMENT.test(s ?? '')),
  };
}
