/**
 * Chicago 17, notes and bibliography, bibliography entry for a news or web article:
 * Doe, Jane, and John Roe. "Title of the Article." Site Name, October 20, 2025. https://….
 */
import type { CitationAuthor, CitationInput } from './citation-input';
import { splitName } from './person-name';
import { monthName, parseDay } from './dates';
import { endWith } from './punctuation';

function inverted(a: CitationAuthor): string {
  const parts = splitName(a.name, a.organization);
  return parts ? `${parts.family}, ${parts.given.join(' ')}` : a.name;
}

function chicagoAuthors(authors: CitationAuthor[]): string {
  const [first, ...rest] = authors;
  if (!first) return '';
  if (rest.length === 0) return inverted(first);
  // Chicago lists up to ten; beyond that the first seven and "et al."
  if (authors.length > 10) return `${[inverted(first), ...rest.slice(0, 6).map((a) => a.name)].join(', ')}, et al`;
  const names = [inverted(first), ...rest.map((a) => a.name)];
  return names.length === 2 ? `${names[0]}, and ${names[1]}` : `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
}

export function formatChicago(c: CitationInput): string {
  const d = parseDay(c.published);
  const authors = chicagoAuthors(c.authors);
  const parts: string[] = [];
  if (authors) parts.push(endWith(authors, '.'));
  parts.push(`“${endWith(c.title, '.')}”`);
  const when = d ? `${monthName(d.month)} ${d.day}, ${d.year}` : undefined;
  const site = [c.siteName, when].filter(Boolean).join(', ');
  if (site) parts.push(endWith(site, '.'));
  if (!d) {
    const a = parseDay(c.accessed);
    if (a) parts.push(`Accessed ${monthName(a.month)} ${a.day}, ${a.year}.`);
  }
  parts.push(endWith(c.url, '.'));
  return parts.join(' ');
}
