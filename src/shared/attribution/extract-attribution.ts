/**
 * Reads the source attribution of the article from a document. Pure: (document, pageUrl) -> Attribution.
 * (Placeholder shape: the full extractor replaces this body.)
 */
import type { Attribution } from './model';

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

export function extractAttribution(doc: Document, pageUrl: string, readability?: ReadabilityMetadata): Attribution {
  const title = readability?.title ?? doc.title;
  return {
    pageUrl,
    headline: title ? { value: title, source: readability?.title ? 'readability' : 'document' } : undefined,
    authors: [],
    canonicalUrl: { value: pageUrl, source: 'url' },
    credits: [],
  };
}
