/** Readability's own metadata (title, byline, siteName, publishedTime), as one more source. */
import { compact, type Facts } from './facts';
import { LIMITS } from './limits';
import { normalizeDate } from './normalize-date';
import { namesFromByline, person } from './person-names';
import { cleanText } from '../../shared/safe-url';

/** What Readability found, passed in when the cleaner has parsed the page. */
export interface ReadabilityMetadata {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  excerpt?: string | null;
  lang?: string | null;
  dir?: string | null;
}

export function readReadability(meta: ReadabilityMetadata | undefined): Facts {
  if (!meta || typeof meta !== 'object') return {};
  return compact({
    headline: cleanText(meta.title, LIMITS.headline),
    authors: namesFromByline(meta.byline).map((name) => person(name)),
    siteName: cleanText(meta.siteName, LIMITS.siteName),
    datePublished: normalizeDate(meta.publishedTime),
    description: cleanText(meta.excerpt, LIMITS.description),
    language: cleanText(meta.lang, LIMITS.language),
  });
}
