/**
 * Turns author strings as pages write them ("By Jane Doe and John Roe | Oct 20") into names.
 */
import type { Person } from './model';
import { LIMITS } from './limits';
import { cleanText, safeHttpUrl } from '../../shared/safe-url';

/** "By", "Von", "Par", "Por", "Written by", "Autor:" … at the start of a byline. */
const LEAD = /^(?:(?:written|posted|published|reported|text|story|words)\s+by|by|von|par|por|door|di|av|af|przez|autor(?:in)?|author|text|verfasst von|geschrieben von|de)\s*[:：]?\s+/i;
/** Where a byline stops naming people: a date, a separator, a role note. */
const TAIL = /\s*(?:[|•·]|\s[-–—]\s|\bupdated\b|\bpublished\b|\bposted\b|\bveröffentlicht\b|\baktualisiert\b|\bon\s+\w+\s+\d|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|\bvor\s+\d|\b\d{1,2}:\d{2}\b).*$/i;
/** Lower-case joining words only, so the initial in "Jane E. Doe" never splits a name. */
const SPLIT = /\s*(?:,|;|&|\s(?:and|und|et|y|i|e|en|oraz|AND)\s)\s*/;

/** True when `text` looks like a name rather than a sentence, a URL or a handle. */
export function looksLikeName(text: string): boolean {
  if (text.length < 2 || text.length > 100) return false;
  if (/^https?:|^www\.|@\w+\.\w|^@/.test(text)) return false;
  if (text.split(/\s+/).length > 8) return false;
  return /\p{L}/u.test(text);
}

/** One name, cleaned of "By" and trailing dates. */
export function cleanName(raw: unknown): string {
  const text = cleanText(raw, 400).replace(LEAD, '').replace(TAIL, '');
  return cleanText(text.replace(/^[\s,;:.-]+|[\s,;:-]+$/g, ''), LIMITS.name);
}

/** Names in a byline: "By Jane Doe and John Roe" -> ["Jane Doe", "John Roe"]. */
export function namesFromByline(raw: unknown): string[] {
  const whole = cleanName(raw);
  if (!whole) return [];
  const names = whole
    .split(SPLIT)
    .map((part) => cleanName(part))
    .filter(looksLikeName);
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
