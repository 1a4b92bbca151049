/**
 * What a citation needs, taken from an Attribution. Pure. Dates stay as the page wrote them
 * (its own time zone): the day of "2025-10-20T23:30:00-05:00" is the 20th, as the page meant.
 */
import type { Attribution } from '../attribution/model';

export interface CitationAuthor {
  name: string;
  /** Organisations are never split into given/family names. */
  organization: boolean;
}

export interface CitationInput {
  title: string;
  authors: CitationAuthor[];
  siteName?: string;
  publisher?: string;
  /** YYYY-MM-DD, in the page's time zone. */
  published?: string;
  url: string;
  /** YYYY-MM-DD, the reader's day. */
  accessed: string;
}

export function dayOf(iso: string | undefined): string | undefined {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function citationInput(a: Attribution, accessed: Date): CitationInput {
  const input: CitationInput = {
    title: a.headline?.value ?? a.canonicalUrl.value ?? a.pageUrl,
    authors: a.authors.map((p) => ({ name: p.value.name, organization: p.value.kind === 'organization' })),
    url: a.canonicalUrl.value || a.pageUrl,
    accessed: localDay(accessed),
  };
  if (a.siteName) input.siteName = a.siteName.value;
  if (a.publisher) input.publisher = a.publisher.value.name;
  const published = dayOf(a.datePublished?.value);
  if (published) input.published = published;
  return input;
}
