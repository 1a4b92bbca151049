/**
 * MLA 9, article on a website:
 * Doe, Jane, and John Roe. "Title of the Article." Site Name, 20 Oct. 2025, example.com/….
 */
import type { CitationAuthor, CitationInput } from './citation-input';
import { splitName } from './person-name';
import { mlaDate, parseDay } from './dates';
import { endWith, withoutScheme } from './punctuation';

function inverted(a: CitationAuthor): string {
  const parts = splitName(a.name, a.organization);
  return parts ? `${parts.family}, ${parts.given.join(' ')}` : a.name;
}

function mlaAuthors(authors: CitationAuthor[]): string {
  const [first, second] = authors;
  if (!first) return '';
  if (authors.length === 1) return inverted(first);
  if (authors.length === 2 && second) return `${inverted(first)}, and ${second.name}`;
  return `${inverted(first)}, et al`;
}

export function formatMla(c: CitationInput): string {
  const d = parseDay(c.published);
  const authors = mlaAuthors(c.authors);
  const parts: string[] = [];
  if (authors) parts.push(endWith(authors, '.'));
  parts.push(`“${endWith(c.title, '.')}”`);
  const container = [c.siteName, d ? mlaDate(d) : undefined, withoutScheme(c.url)].filter(Boolean).join(', ');
  parts.push(endWith(container, '.'));
  if (!d) {
    const a = parseDay(c.accessed);
    if (a) parts.push(`Accessed ${mlaDate(a)}.`);
  }
  return parts.join(' ');
}
