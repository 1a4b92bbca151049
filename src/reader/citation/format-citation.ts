/** One entry point for the popup: an Attribution and a style name -> citation text. Pure. */
import type { Attribution, Credit } from '../attribution/model';
import { citationInput } from './citation-input';
import { formatApa } from './apa';
import { formatMla } from './mla';
import { formatChicago } from './chicago';
import { formatBibtex } from './bibtex';

export const CITATION_FORMATS = [
  { id: 'apa', label: 'APA' },
  { id: 'mla', label: 'MLA' },
  { id: 'chicago', label: 'Chicago' },
  { id: 'bibtex', label: 'BibTeX' },
] as const;

export type CitationFormat = (typeof CITATION_FORMATS)[number]['id'];

export function isCitationFormat(x: unknown): x is CitationFormat {
  return CITATION_FORMATS.some((f) => f.id === x);
}

export function formatCitation(a: Attribution, format: CitationFormat, accessed: Date = new Date()): string {
  const input = citationInput(a, accessed);
  switch (format) {
    case 'apa':
      return formatApa(input);
    case 'mla':
      return formatMla(input);
    case 'chicago':
      return formatChicago(input);
    case 'bibtex':
      return formatBibtex(input);
  }
}

/**
 * A credit line to paste under a reused image, in the "title, author, source, licence" order CC
 * recommends: "UNCTAD, CC BY-SA 2.0 (https://creativecommons.org/licenses/by-sa/2.0/), via Wikimedia Commons".
 */
export function formatCredit(c: Credit): string {
  const parts: string[] = [];
  if (c.who) parts.push(c.kind && c.kind !== '©' ? `${c.kind}: ${c.who}` : c.kind === '©' ? `© ${c.who}` : c.who);
  if (c.license) parts.push(c.license.url ? `${c.license.name} (${c.license.url})` : c.license.name);
  if (c.via) parts.push(`via ${c.via}`);
  return parts.length > 0 ? parts.join(', ') : c.text;
}
