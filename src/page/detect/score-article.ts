/**
 * Decides "news article or not" from cheap signals, as a pure function of a document and its
 * address, so it runs the same in the page, in jsdom tests and in the corpus benchmark.
 *
 * Each signal adds or takes away a few points; a page is an article at ARTICLE_SCORE or more.
 * Task pages (search, sign-in, checkout) and non-HTML documents take away HARD_NO, which no
 * sum of positive signals outweighs: even a site the reader set to "always" is not cleaned there.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { MIN_BODY_TEXT, pageShape } from './page-shape';
import { ARTICLE_TYPES, declaredTypes, LISTING_TYPES } from './structured-data';
import { urlShape } from './url-shape';

export const ARTICLE_SCORE = 4;
export const HARD_NO = -20;

export type SignalName =
  | 'json-ld-article'
  | 'og-article'
  | 'published-time'
  | 'readerable'
  | 'body-text'
  | 'dated-url'
  | 'slugged-url'
  | 'site-root'
  | 'listing-type'
  | 'listing-url'
  | 'many-cards'
  | 'password-field'
  | 'search-page'
  | 'task-page'
  | 'not-html';

export interface Detection {
  article: boolean;
  score: number;
  /** The signals that fired, with the points each added. */
  signals: Partial<Record<SignalName, number>>;
}

const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[itemprop="datePublished"]',
  '[itemprop="datePublished"][datetime]',
  'meta[name="pubdate" i]',
  'meta[name="publishdate" i]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="dc.date" i]',
  'meta[name="date" i]',
].join(', ');

/** Cards at which a page starts to look like a section front, and clearly is one. */
const SOME_CARDS = 12;
const MANY_CARDS = 24;
/** Running text of a long read; beside it, cards are rails and related links, not the page. */
const LONG_BODY_TEXT = 2500;

/** Points against a page with `cards` teaser cards, softened by how much prose it has. */
function cardPenalty(cards: number, bodyText: number): number {
  if (cards < SOME_CARDS) return 0;
  const many = cards >= MANY_CARDS;
  if (bodyText < MIN_BODY_TEXT) return many ? -4 : -3;
  if (bodyText < LONG_BODY_TEXT) return many ? -2 : -1;
  return many ? -1 : 0;
}

function ogType(doc: Document): string {
  return (doc.querySelector('meta[property="og:type" i]')?.getAttribute('content') ?? '').trim().toLowerCase();
}

export function scoreArticle(doc: Document, url: string): Detection {
  const signals: Partial<Record<SignalName, number>> = {};
  const add = (name: SignalName, points: number) => {
    signals[name] = points;
  };
  const finish = (): Detection => {
    const score = Object.values(signals).reduce((a, b) => a + b, 0);
    return { article: score >= ARTICLE_SCORE, score, signals };
  };

  // Images, PDFs, JSON and plain text opened in a tab are documents too; never ours.
  if (doc.contentType !== 'text/html' || !doc.body) {
    add('not-html', HARD_NO);
    return finish();
  }

  const where = urlShape(url);
  if (where.search) add('search-page', HARD_NO);
  if (where.task) add('task-page', HARD_NO);
  if (signals['search-page'] || signals['task-page']) return finish();
  if (where.root) add('site-root', -6);
  if (where.listing) add('listing-url', -3);
  if (where.dated) add('dated-url', 1);
  if (where.slugged) add('slugged-url', 1);

  const types = declaredTypes(doc);
  if ([...types].some((t) => ARTICLE_TYPES.has(t))) add('json-ld-article', 3);
  if (types.has('searchresultspage')) add('search-page', HARD_NO);
  else if ([...types].some((t) => LISTING_TYPES.has(t))) add('listing-type', -3);

  const og = ogType(doc);
  if (og === 'article' || og.startsWith('article.') || og === 'blog' || og === 'news') add('og-article', 2);
  if (doc.querySelector(PUBLISHED_META)) add('published-time', 1);

  const shape = pageShape(doc);
  if (shape.bodyText >= LONG_BODY_TEXT) add('body-text', 2);
  else if (shape.bodyText >= MIN_BODY_TEXT) add('body-text', 1);
  // Article pages carry sign-in forms in paywall dialogs; a sign-in page has little else.
  if (shape.password && shape.bodyText < MIN_BODY_TEXT) add('password-field', -3);
  const penalty = cardPenalty(shape.cards, shape.bodyText);
  if (penalty < 0) add('many-cards', penalty);

  // Readability's own quick check: is there enough visible paragraph text to parse?
  if (isProbablyReaderable(doc)) add('readerable', 2);
  return finish();
}
