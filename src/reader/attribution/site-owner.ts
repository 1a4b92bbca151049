/**
 * The person a personal site is named after, for a page on which no source names a person: the
 * site's address spells the owner's name ("alexander-klier.net", "janedoe.com") and the page
 * writes that name ("Dr. Alexander Klier", "About Jane Doe"): a blog or a column on such a site
 * is its owner's. (An address that is one word of the name, "pierce.dev", says too little: a
 * site named "Engora Data Blog" on engora.com is no person.) Structure and case only, no words of any
 * language: a name is two or three words, each a capital and lower-case letters, spelling the
 * address's own label letter for letter (accents and hyphens aside). Bounded: a fixed
 * number of text nodes and characters.
 */
import { shownTextNodes } from './dom-utils';

/** Text nodes read, at most. */
const MAX_NODES = 20_000;
/** Characters of text read, at most. */
const MAX_CHARS = 300_000;
/** Letters an address needs to spell a whole name ("janedoe"); shorter ones are too often a word. */
const MIN_SPELLED = 6;
/** Site names and home links looked at, at most. */
const MAX_NAMES = 40;

/** A run of capitalised words (a capital, then lower-case letters; a hyphen inside), set apart by single spaces. */
const RUN = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)+(?![\p{L}\p{N}])/gu;
/** Words a run is read in, at most (a longer run is a title in title case). */
const MAX_RUN = 8;

/** Lower-case letters only, accents folded: "André Loibl" and "andre-loibl" are both "andreloibl". */
export function letters(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');
}

/** The site's own label in its address: "alexander-klier" for www.alexander-klier.net, "engora" for blog.engora.com. */
export function siteLabel(pageUrl: string): string | undefined {
  let host: string;
  try {
    host = new URL(pageUrl).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const parts = host.split('.').filter(Boolean);
  if (parts.length < 2 || /^\d+$/.test(parts[parts.length - 1] ?? '')) return undefined;
  parts.pop();
  // A second-level suffix ("co.uk", "com.au", "org.nz") is no one's name.
  if (parts.length >= 2 && /^(?:co|com|org|net|ac|gov|edu|or|ne|go)$/.test(parts[parts.length - 1] ?? '')) parts.pop();
  return parts[parts.length - 1];
}

/** The name of two or three words in `text` whose letters are `key`, or undefined. */
export function spelled(text: string, key: string): string | undefined {
  for (const m of text.matchAll(RUN)) {
    const words = m[0].split(' ');
    if (words.length > MAX_RUN) continue;
    for (let size = 2; size <= 3; size++) {
      for (let start = 0; start + size <= words.length; start++) {
        const name = words.slice(start, start + size).join(' ');
        if (letters(name) === key) return name;
      }
    }
  }
  return undefined;
}

/**
 * The owner's name, or undefined. `siteNames`: what the site calls itself (og:site_name, the parts
 * of its <title> beside the headline, the text of its links home).
 */
export function siteOwner(doc: Document, pageUrl: string, siteNames: string[]): string | undefined {
  const label = siteLabel(pageUrl);
  const key = label ? letters(label) : '';
  if (key.length < MIN_SPELLED) return undefined;
  // What the site calls itself first, then the page's text.
  for (const site of siteNames.slice(0, MAX_NAMES)) {
    const name = spelled(site.replace(/\s+/g, ' ').slice(0, 200), key);
    if (name) return name;
  }
  if (!doc.body) return undefined;
  let chars = 0;
  for (const node of shownTextNodes(doc.body, MAX_NODES)) {
    const value = node.nodeValue ?? '';
    chars += value.length;
    if (chars > MAX_CHARS) break;
    if (value.length < MIN_SPELLED) continue;
    const name = spelled(value.replace(/\s+/g, ' '), key);
    if (name) return name;
  }
  return undefined;
}
