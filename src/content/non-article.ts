/**
 * A click on a page that is plainly not an article (a search page, a sign-in or checkout page, a
 * site's home page or a section front) changes nothing: the popup says why instead. The detector's
 * pure scoring decides; only a net-negative verdict refuses (a weakly negative one not, when the page is readerable), so an article the detector merely
 * missed (no metadata, odd address) is still cleaned when the reader asks.
 */
import { scoreArticle, type Detection } from './detect/score-article';

const REASONS: Array<[keyof Detection['signals'], string]> = [
  ['not-html', 'This is not a web page'],
  ['search-page', 'This looks like a search page'],
  ['task-page', 'This looks like a sign-in, account or checkout page'],
  ['password-field', 'This looks like a sign-in page'],
  ['site-root', 'This looks like the site’s home page'],
  ['listing-type', 'This looks like a list of articles'],
  ['listing-url', 'This looks like a section or tag page'],
  ['many-cards', 'This looks like a section front full of article links'],
];

/** Why the page is not an article, in plain words; undefined when it may be one. */
export function nonArticleReason(doc: Document, url: string): string | undefined {
  let detection: Detection;
  try {
    detection = scoreArticle(doc, url);
  } catch {
    return undefined;
  }
  if (detection.article || detection.score >= 0) return undefined;
  // A click is a request: a page Readability's own check finds readable is refused only when the
  // evidence against it is strong (measured: an RFC and a portal article were refused otherwise).
  const listing = ['many-cards', 'listing-type', 'listing-url'].some((k) => detection.signals[k as keyof Detection['signals']] !== undefined);
  if (detection.signals.readerable !== undefined && detection.score > -4 && !listing) return undefined;
  const reason = REASONS.find(([signal]) => detection.signals[signal] !== undefined)?.[1];
  return reason ? `${reason}, not an article, so it was left as it is.` : undefined;
}
