/**
 * Turns author strings as pages write them ("By Jane Doe and John Roe | Oct 20") into names.
 */
import type { Person } from './model';
import { LIMITS } from './limits';
import { cleanText, safeHttpUrl } from '../../shared/safe-url';
import { dateFromText } from './normalize-date';
import { BYLINE_WORDS, WEEKDAY_NAMES, wordAlternation } from '../vocabulary';

const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);

/** "By", "Von", "Par", "Por", "Written by", "Autor:" … at the start of a byline (the words: BYLINE_WORDS). */
const LEAD = new RegExp(
  `^(?:(?:${wordAlternation(BYLINE_WORDS.beforeBy)})\\s+by|${wordAlternation([...BYLINE_WORDS.phrases, ...BYLINE_WORDS.labels, ...BYLINE_WORDS.prefixes])})(?:\\((?:s|es|en|in|innen)\\))?\\s*[:：]?\\s+`,
  'i',
);

/** "Written byJane Doe": the prefix glued to the name by markup without a space. */
const GLUED_LEAD = /^(?:(?:[Ww]ritten|[Pp]osted|[Pp]ublished|[Aa]uthored)\s+by|[Vv]on|[Vv]om)(?=\p{Lu}\p{Ll})/u;

/** A sentence that ends in the byline: "This post was written by Jane Doe". */
export const WRITTEN_BY = /^[^.!?]{0,40}?\b(?:written|posted|authored|reported)\s+by\s*:?\s+(?=\p{Lu})/u;

/** Where a byline stops naming people: a date, a separator, a role note. */
const TAIL =
  /\s*(?:[|•·]|\s[-–—]\s|\bupdated\b|\bpublished\b|\bposted\b|\bveröffentlicht\b|\baktualisiert\b|\bpubliziert\b|\bzuletzt\b|\bgeändert\b|\bstand\s*:|\bpublié|\bpublicad[oa]\b|\bpubblicat[oa]\b|\bgepubliceerd\b|\bam\s*$|\b(?:on|am|le|el|il|op|em)\s+(?:\p{L}+,?\s+){0,2}\d|\bon\s+\w+\s+\d|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|\bvor\s+\d|\b\d{1,2}:\d{2}\b).*$/iu;
/** A date glued to the name by markup without spaces: "Luke KimDecember 17". Case-sensitive. */
const GLUED_DATE = /(?<=\p{Ll})\p{Lu}\p{Ll}+\.?\s+\d{1,2}\b.*$/u;
/** The next field's label after the name: "Jane Doe Tags: …", "Jane DoeQuelle: Livenet" (glued by markup). */
export const NEXT_FIELD = /(?:\s|(?<=\p{Ll}))\p{Lu}\p{Ll}+\s*[:：]\s.*$/u;
/**
 * Lower-case joining words only, so the initial in "Jane E. Doe" never splits a name; a slash set
 * off by spaces ("E. Barreneche / J. I. da Silva") too, never one inside a name ("APA/AP").
 */
const SPLIT = /\s*(?:,\s*(?:and|und|et|y|e|en)\s|,|;|&|\s\/\s|\s(?:and|und|et|y|i|e|en|oraz|AND|And)\s)\s*/;

/** An element whose whole text is a byline prefix ("By", "Von", "Autor:"): the names follow it. */
export function isBylinePrefix(text: string): boolean {
  return LEAD.test(`${text.trim()} `) && LEAD.exec(`${text.trim()} `)?.[0].trim() === text.trim();
}

/** True when a line of page text is a byline: "By Jane Doe", "Von Max Muster", "Par Jean Dupont". */
export function startsWithByline(text: string): boolean {
  const m = LEAD.exec(text);
  if (!m) return false;
  const rest = text.slice(m[0].length);
  // Case matters for the name after the prefix ("by the way" is no byline); LEAD itself is case-blind.
  return /^[\p{Lu}]/u.test(rest) || (/^\p{L}/u.test(rest) && rest.charAt(0) === rest.charAt(0).toUpperCase());
}

/**
 * A login name as forums and blogs show it for the author: one token of letters, digits, dots,
 * underscores or hyphens ("ibby", "delta201", "fri.juli"), with a letter, never a byline word.
 */
export function handleLike(text: string): boolean {
  const t = text.trim();
  return /^[\p{L}\p{N}][\p{L}\p{N}._-]{1,29}$/u.test(t) && /\p{L}/u.test(t) && !isBylinePrefix(t) && !dateFromText(t);
}

/** "by ibby": a line that is nothing but a byline prefix and a login name, in lower case as the page writes it. */
export function bylineHandle(line: string): string | undefined {
  const text = line.replace(/\s+/g, ' ').trim();
  const m = LEAD.exec(`${text}`);
  if (!m) return undefined;
  // What follows the name on the line ("| 31. Dezember 2008", "am 07.08.2013") is no part of it.
  const rest = text.slice(m[0].length).replace(TAIL, '').trim();
  return handleLike(rest) ? rest : undefined;
}

/** A credential or post-nominal after a name: "MD", "RD", "CEPF®", "PhD", "M.Sc.". */
const CREDENTIAL = /^(?:[A-Z][A-Z.®™]{1,9}|Ph\.?\s?D\.?|M\.?\s?Sc\.?|B\.?\s?Sc\.?|M\.?A\.?|MBA|Dipl\.?[-\w.]*|Dr\.?(?:\s?med\.?)?|Prof\.?)$/;

/** True when `text` looks like a name rather than a sentence, a URL or a handle. */
export function looksLikeName(text: string): boolean {
  if (text.length < 2 || text.length > 100) return false;
  if (/^https?:|^www\.|@\w+\.\w|^@/.test(text)) return false;
  // Markup is never a name: "<img src=x onerror=…>", "</title>".
  if (/<\s*\/?\s*[a-z!]/i.test(text)) return false;
  if (text.split(/\s+/).length > 8) return false;
  return /\p{L}/u.test(text);
}

/** Lower-case words that belong inside names: "Ludwig van Beethoven", "Ursula von der Leyen", "Lula da Silva". */
export const PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'da',
  'di',
  'du',
  'del',
  'della',
  'des',
  'dos',
  'das',
  'do',
  'la',
  'le',
  'zu',
  'zur',
  'ten',
  'ter',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
  'e',
  'st',
]);

/**
 * True when a name read from page text can be a person's or an organisation's name, not a control
 * or a label: "View more posts", "Follow", "Articles by Jane", "Mehr Artikel von Jane →", "Bild ©
 * hr". In scripts with case, a name of several words writes each word with a capital (particles
 * such as "van", "de" aside); a lone lower-case token is a login name and stays. Symbols of
 * navigation and rights (→ » © |) and questions are never part of a name.
 */
export function plausibleName(name: string): boolean {
  const text = name.trim();
  if (!looksLikeName(text)) return false;
  if (/[©®→←»«|?!#]/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length === 1) return true;
  for (const [i, word] of words.entries()) {
    // "Articles by Jane": a byline's own prefix inside the text says it is a label about a name.
    if (i > 0 && /^(?:by|from)$/i.test(word)) return false;
    // The word's first letter: "(erforderlich)", a form's note in brackets, is in lower case.
    const first = /\p{L}/u.exec(word)?.[0] ?? word.charAt(0);
    if (first === first.toUpperCase()) continue;
    // Particles, and the short joining words of a team's or a column's name ("Ask the Doctors").
    if (PARTICLES.has(word.toLowerCase()) || word.length <= 3) continue;
    // "e. barreneche": an initial in lower case stays; a lower-case word is a sentence's.
    if (/^\p{Ll}\.$/u.test(word)) continue;
    return false;
  }
  return true;
}

/** "Dec. 19, 2025 · Jane Doe", "04.02.2022 | 13:10 Uhr | Jane Doe": a date or a time set off before the name. */
const LEADING_PART = /^([^|•·]{3,30}?)\s*(?:[|•·]|\s[-–—]\s)\s*(?=\S)/;

/** The text without the dates and times set off at its start (a few parts at most). */
export function withoutLeadingDate(text: string): string {
  let out = text;
  for (let i = 0; i < 3; i++) {
    const m = LEADING_PART.exec(out);
    const part = m?.[1]?.trim() ?? '';
    if (!m || !(dateFromText(part) || /^\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm))?$/i.test(part))) break;
    out = out.slice(m[0].length);
  }
  return out;
}

/** One name, cleaned of "By" and of dates before or after it. */
export function cleanName(raw: unknown): string {
  const text = withoutLeadingDate(cleanText(raw, 400)).replace(WRITTEN_BY, '').replace(GLUED_LEAD, '').replace(LEAD, '').replace(TAIL, '').replace(GLUED_DATE, '');
  return cleanText(text.replace(/^[\s,;:.-]+|[\s,;:-]+$/g, ''), LIMITS.name);
}

/** A web address for a name ("mdr.de", "news.example.com"): a website's, never a person's. */
const WEB_ADDRESS = /^(?:[\p{L}\d-]+\.)+\p{L}{2,6}$/u;

/** Names in a byline: "By Jane Doe and John Roe" -> ["Jane Doe", "John Roe"]. */
export function namesFromByline(raw: unknown): string[] {
  const whole = cleanName(raw);
  if (!whole) return [];
  const parts = whole.split(SPLIT).map((part) => cleanName(part));
  const separators = whole.match(new RegExp(SPLIT.source, 'g')) ?? [];
  const names: string[] = [];
  parts.forEach((part, i) => {
    // A date ("August 29", "Donnerstag", "20 Dec") or a long number ("202410 Min Read") is not a name in a byline.
    if (!looksLikeName(part) || isBylinePrefix(part) || /\d{5}/.test(part) || dateFromText(part) || /^\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?$/u.test(part)) return;
    if (WEEKDAYS.has(part.toLowerCase().replace(/[.,]$/, '')) || /^\d{1,2}\.?\s+\p{L}{3,9}\.?$/u.test(part)) return;
    const afterName = names.length > 0;
    // "Jane Doe, MD, RD" and "Tracy Parker, Dietitian": after a name, a credential or a lone word
    // set off by a comma is a role, not a second author.
    if (afterName && CREDENTIAL.test(part)) return;
    const byComma = /^\s*,\s*$/.test(separators[i - 1] ?? '');
    if (afterName && byComma && !/\s/.test(part) && names.some((n) => /\s/.test(n))) return;
    // "news.example, Frankfurt, Germany": after a web address, lone words set off by commas are its place.
    if (afterName && byComma && !/\s/.test(part) && names.every((n) => WEB_ADDRESS.test(n))) return;
    names.push(part);
  });
  return dedupe(names).slice(0, LIMITS.authors);
}

export function person(name: string, extra: { url?: unknown; kind?: Person['kind'] } = {}): Person {
  const p: Person = { name };
  if (extra.kind) p.kind = extra.kind;
  const url = safeHttpUrl(extra.url);
  if (url) p.url = url;
  return p;
}

export function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function dedupePeople(people: Person[]): Person[] {
  const seen = new Set<string>();
  const out: Person[] = [];
  for (const p of people) {
    const key = p.name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
    if (out.length >= LIMITS.authors) break;
  }
  return out;
}
