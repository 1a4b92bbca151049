/**
 * APA 7, article on a news website:
 * Doe, J., & Roe, J. (2025, October 20). Title of the article. Site Name. https://…
 */
import type { CitationAuthor, CitationInput } from './citation-input';
import { initials, splitName } from './person-name';
import { monthName, parseDay } from './dates';
import { endWith } from './punctuation';

function apaName(a: CitationAuthor): string {
  const parts = splitName(a.name, a.organization);
  return parts ? `${parts.family}, ${initials(parts.given)}` : a.name;
}

function apaAuthors(authors: CitationAuthor[]): string {
  const names = authors.map(apaName);
  if (names.length <= 1) return names[0] ?? '';
  // APA lists up to 20; after 19 it gives the first 19, an ellipsis and the last.
  if (names.length > 20) return `${names.slice(0, 19).join(', ')}, . . . ${names.at(-1)}`;
  return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
}

export function formatApa(c: CitationInput): string {
  const d = parseDay(c.published);
  const date = d ? `(${d.year}, ${monthName(d.month)} ${d.day}).` : '(n.d.).';
  const title = endWith(c.title, '.');
  const authors = apaAuthors(c.authors);
  // The site is left out when it is also the author (an organisation writing on its own site).
  const site = c.siteName && c.siteName !== authors ? `${endWith(c.siteName, '.')} ` : '';
  if (!authors) return `${title} ${date} ${site}${c.url}`;
  return `${endWith(authors, '.')} ${date} ${title} ${site}${c.url}`;
}
