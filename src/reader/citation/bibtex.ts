/**
 * BibTeX (biblatex @online, with year/month too so classic BibTeX styles work). Every value is
 * escaped: a page cannot inject LaTeX commands or close the entry early.
 */
import type { CitationAuthor, CitationInput } from './citation-input';
import { splitName } from './person-name';
import { parseDay } from './dates';

const SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}%&$#_~^]/g, (ch) => SPECIALS[ch] ?? ch);
}

/** In a url field only braces and the comment sign matter; backslashes would break the link. */
function escapeUrl(url: string): string {
  return url.replace(/[{}\\%\s]/g, (ch) => encodeURIComponent(ch));
}

function bibName(a: CitationAuthor): string {
  const parts = splitName(a.name, a.organization);
  // Organisations in double braces so BibTeX does not split "European Central Bank" into names.
  return parts ? `${escapeBibtex(parts.family)}, ${escapeBibtex(parts.given.join(' '))}` : `{${escapeBibtex(a.name)}}`;
}

function ascii(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

/** doe2025belarus: first author's family name, year, first long title word. */
export function bibtexKey(c: CitationInput): string {
  const first = c.authors[0];
  const parts = first ? splitName(first.name, first.organization) : undefined;
  const who = ascii(parts?.family ?? first?.name ?? c.siteName ?? 'web').slice(0, 20) || 'web';
  const year = parseDay(c.published)?.year ?? 'nd';
  const word = ascii(c.title.split(/\s+/).find((w) => ascii(w).length > 3) ?? '').slice(0, 20);
  return `${who}${year}${word}`;
}

export function formatBibtex(c: CitationInput): string {
  const d = parseDay(c.published);
  const fields: [string, string][] = [];
  if (c.authors.length > 0) fields.push(['author', c.authors.map(bibName).join(' and ')]);
  fields.push(['title', `{${escapeBibtex(c.title)}}`]);
  if (d) {
    fields.push(['date', `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`]);
    fields.push(['year', String(d.year)]);
    fields.push(['month', String(d.month)]);
  }
  const org = c.siteName ?? c.publisher;
  if (org) fields.push(['organization', escapeBibtex(org)]);
  fields.push(['url', escapeUrl(c.url)]);
  fields.push(['urldate', c.accessed]);
  const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  return `@online{${bibtexKey(c)},\n${body}\n}`;
}
