/**
 * A click on a page that is plainly not an article (a search page, a sign-in or checkout page, a
 * site's home page or a section front) changes nothing: the popup says why instead. The detector's
 * pure scoring decides; only a net-negative verdict refuses (a weakly negative one not, when the page is readerable), so an article the detector merely
 * missed (no metadata, odd address) is still cleaned when the reader asks.
 *
 * Task pages and documents are refused before the page is read. A page that only looks like a
 * listing (a home address, a listing address or type, many teaser cards) is refused after the
 * reading, and only when what Readability found reads like a listing too: a long article with a
 * big "related" rail has many cards on the page but few in its reading.
 */
import type { LiveArticle } from '../reader/read/pairing';
import { scoreArticle, type Detection } from './detect/score-article';
import { t, type MessageKey } from '../shared/i18n';

/** Why a click changed nothing, each as one whole sentence in the reader's language. */
const REASONS: Array<[keyof Detection['signals'], MessageKey]> = [
  ['not-html', 'refuse_not_html'],
  ['search-page', 'refuse_search'],
  ['task-page', 'refuse_task'],
  ['site-root', 'refuse_home'],
  ['listing-type', 'refuse_listing'],
  ['listing-url', 'refuse_section'],
  ['many-cards', 'refuse_front'],
];

/** Signals that say "a list of articles": they need the reading's confirmation to refuse a click. */
const LISTING_SIGNALS: ReadonlyArray<keyof Detection['signals']> = ['site-root', 'listing-type', 'listing-url', 'many-cards'];

/** Teaser cards in a reading at which it is a list of stories rather than one. */
const READING_CARDS = 6;
/** Share of a reading's text in links at which it is a list of links rather than prose. */
const READING_LINK_DENSITY = 0.5;

export interface ClickVerdict {
  /** Why the page is refused before it is read. */
  now?: string;
  /** Why the page is refused if its reading looks like a listing too (said only then: a key). */
  ifListing?: MessageKey;
}

/**
 * The detector's second opinion on a click: refuse now, refuse if the reading is a listing, or
 * clean. `known` is the detector's own verdict on this address, when it has one.
 */
export function clickVerdict(doc: Document, url: string, known?: Detection): ClickVerdict {
  let detection: Detection;
  try {
    detection = known ?? scoreArticle(doc, url);
  } catch {
    return {};
  }
  if (detection.article || detection.score >= 0) return {};
  // A click is a request: a page Readability's own check finds readable is refused only when the
  // evidence against it is strong (measured: an RFC and a portal article were refused otherwise).
  const listing = LISTING_SIGNALS.some((k) => k !== 'site-root' && detection.signals[k] !== undefined);
  if (detection.signals.readerable !== undefined && detection.score > -4 && !listing) return {};
  const found = REASONS.find(([signal]) => detection.signals[signal] !== undefined);
  if (!found) return {};
  const [signal, reason] = found;
  return LISTING_SIGNALS.includes(signal) ? { ifListing: reason } : { now: t(reason) };
}

/** What the listing check reads of a reading. */
export type ListingInput = Pick<LiveArticle, 'root' | 'kept' | 'textLength'>;

/**
 * Whether Readability's reading is itself a list of stories: many teaser cards (`<article>`
 * elements, or headings that are links) kept, or mostly link text.
 */
export function readingLooksLikeListing({ root, kept, textLength }: ListingInput): boolean {
  let articles = 0;
  let headingLinks = 0;
  let linked = 0;
  for (const el of kept) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'ARTICLE' && el !== root) articles++;
    else if (/^H[2-4]$/.test(tag) && (el.querySelector('a[href]') || el.closest('a[href]'))) headingLinks++;
    else if (tag === 'A' && !el.parentElement?.closest('a')) linked += (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  }
  if (Math.max(articles, headingLinks) >= READING_CARDS) return true;
  return textLength > 0 && linked / textLength > READING_LINK_DENSITY;
}
