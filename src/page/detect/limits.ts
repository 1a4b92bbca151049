/**
 * The detector's numbers: the scorer's thresholds and the caps on its scans. They live in a module
 * that imports nothing because esbuild writes such a module's constants into the code that uses
 * them as literals, and keeps a module's constants as variables once it imports anything. That
 * difference is 150 bytes of detect.js (10,221 -> 10,071), which must stay under 10 KB.
 */

/** Points at which a page is an article. */
export const ARTICLE_SCORE = 4;
/** Points of a task page (search, sign-in, checkout) or a non-HTML document: no sum outweighs them. */
export const HARD_NO = -20;

/** Paragraphs shorter than this are captions, teasers or labels, not running text. */
export const MIN_PARAGRAPH = 80;
export const MAX_PARAGRAPHS = 400;
/** Below this, a container's text is too little to be the article: look at the whole body. */
export const MIN_BODY_TEXT = 1000;
/** Button links looked at between the first and the last prose paragraph. */
export const MAX_CALLS = 100;

/** JSON-LD blocks larger than this are skipped: parsing them would cost more than they tell. */
export const MAX_JSON_LD_CHARS = 200_000;

/** Caps on the scans for code blocks, navigation trees and post authors. */
export const MAX_MATCHES = 60;
export const MAX_TREES = 20;
export const MAX_AUTHORS = 200;

/** Cards at which a page starts to look like a section front, and clearly is one. */
export const SOME_CARDS = 12;
export const MANY_CARDS = 24;
/** Running text of a long read; beside it, cards are rails and related links, not the page. */
export const LONG_BODY_TEXT = 2500;

export const READERABLE_POINTS = 2;
/** Price elements at which a page is a shop or a pricing page. */
export const PRICES = 3;
/** Code blocks and nested navigation links at which a page is documentation. */
export const CODE_BLOCKS = 2;
export const NAV_TREE = 20;
/** Distinct post authors at which a page is a thread. */
export const FORUM_AUTHORS = 3;
/** `<time>` elements of a thread or a list of posts (one entry each). */
export const MANY_TIMES = 10;
/** Prose spread over this many elements, the largest holding less than this share of it. */
export const SPREAD_PARENTS = 6;
export const SPREAD_SHARE = 0.3;
export const SITE_NAV_TREE = 40;
/** Sections and buttons of a landing page, and the share of prose in one block of an article. */
export const LANDING_SECTIONS = 4;
export const LANDING_BUTTONS = 5;
export const ONE_BLOCK = 0.8;
/** Prose, and markup elements per 1,000 characters of it, of a plain article page. */
export const LEAN_PROSE = 1500;
export const LEAN_MARKUP = 20;
/** `<time>` elements of a dated piece (its date, an update); a thread or a list of posts has more. */
export const DATED_TIMES = 5;
/** Prose paragraphs at which none holding a link says "copy, not a written piece". */
export const UNLINKED_PARAGRAPHS = 3;
/** Button links among the prose, and paragraphs holding a link, at which a page is copy. */
export const CALLS = 2;

/** A view is rendered once the DOM has been quiet this long; tickers are cut off at the max. */
export const SETTLE_QUIET_MS = 300;
export const SETTLE_MAX_MS = 2500;
/** Views that load their text after rendering a shell get one more look this much later. */
export const SECOND_LOOK_MS = 2000;
