/**
 * What one source (JSON-LD, Open Graph, …) says about the article, before precedence picks
 * among sources. Every reader returns this shape with strings already cleaned and capped.
 */
import type { Credit, FieldSource, License, Person } from './model';

export interface Facts {
  headline?: string;
  siteName?: string;
  publisher?: Person;
  authors?: Person[];
  datePublished?: string;
  dateModified?: string;
  canonicalUrl?: string;
  section?: string;
  language?: string;
  description?: string;
  license?: License;
  wireSource?: string;
  /** The organisation the article names as its source (a dateline's agency, a closing "Quelle: …" line), as written. */
  namedSource?: string;
  /** The holder of the site's copyright notice (its footer's "© 2024 Jane Doe", else meta copyright): the group author of a page that names no one. */
  rightsHolder?: string;
  /** Whole names the authors' own descriptions open with, for authors named by one word ("Stefanus" described as "Stefanus Stahl - …"). */
  describedNames?: string[];
  paywalled?: boolean;
  credits?: Credit[];
}

export interface SourcedFacts {
  source: FieldSource;
  facts: Facts;
}

/** Drops empty values so "present" always means "has something". */
export function compact(facts: Facts): Facts {
  const out: Facts = {};
  for (const [key, value] of Object.entries(facts) as [keyof Facts, unknown][]) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    (out as Record<string, unknown>)[key] = value;
  }
  return out;
}
