/**
 * An author the sources name by a login name only ("christian.stadtfeld", "jane_doe", "max-muster")
 * while the page writes the whole name in its text ("Chefredakteur Christian P. Stadtfeld"): the
 * whole name, when the page writes exactly one. Structure and case only, no words of any language:
 * the login name's parts are the first and last words of the name, each written with a capital, an
 * initial at most between them. A lone word ("Stefanus") is not expanded from the text alone:
 * measured on the dev corpora, the capitalised word after a first name is as often a noun, a month
 * or a greeting ("David Hi", "Kristen March") as a surname. It is expanded only on a second witness
 * that names the same person: the person's own description in the structured data opens with the
 * whole name ("Stefanus Stahl - Maschinenbauer, …"), or the site's address spells the word after
 * the first name ("Henry Steinhau" on steinhau.example) — and the page writes that whole name.
 * Bounded: a fixed number of text nodes and characters.
 */

import { shownTextNodes } from './dom-utils';
import { letters } from './site-owner';

/** Text nodes read, at most. */
const MAX_NODES = 20_000;
/** Characters of text read, at most. */
const MAX_CHARS = 300_000;
/** Whole names a word is followed by, at most, before it counts as ambiguous. */
const MAX_FOUND = 8;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The page's visible text (scripts, styles, templates and <noscript> left out), bounded. */
function pageText(doc: Document): string {
  if (!doc.body) return '';
  const parts: string[] = [];
  let chars = 0;
  for (const node of shownTextNodes(doc.body, MAX_NODES)) {
    const value = node.nodeValue ?? '';
    parts.push(value);
    chars += value.length;
    if (chars >= MAX_CHARS) break;
  }
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** A word as a name writes it: a capital, then lower-case letters (an apostrophe or hyphen inside). */
const CAPITALISED = /^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*$/u;

/** The parts of a login name: "christian.stadtfeld" -> ["christian", "stadtfeld"]; undefined for one word. */
function loginParts(name: string): string[] | undefined {
  const parts = name.split(/[._-]+/).filter((p) => p !== '');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^\p{L}{2,}$/u.test(p))) return undefined;
  return parts;
}

/** The whole name the page writes for a login name, or undefined: none written, or more than one. */
export function fullNameIn(text: string, name: string): string | undefined {
  const word = name.trim();
  if (word === '' || /\s/.test(word) || word.length > 40) return undefined;
  const parts = loginParts(word);
  if (!parts) return undefined;
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  const initial = '(?:\\p{Lu}\\.\\s?)?';
  // Its first and last parts around an initial at most ("Christian P. Stadtfeld").
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${escapeRegExp(first)})\\s(${initial})(${escapeRegExp(last)})(?![\\p{L}\\p{N}])`, 'giu');
  const found = new Map<string, string>();
  for (const m of text.matchAll(re)) {
    const [, given = '', middle = '', family = ''] = m;
    // Written as a name: each word with a capital (a login name's parts may be written in any case).
    if (!CAPITALISED.test(given) || !CAPITALISED.test(family)) continue;
    const whole = `${given} ${middle}${family}`.replace(/\s+/g, ' ');
    found.set(whole.toLowerCase(), whole);
    if (found.size > MAX_FOUND) return undefined;
  }
  if (found.size !== 1) return undefined;
  return found.values().next().value;
}

/** A family name after a first name: a capitalised word (a hyphen inside), or two. */
const FAMILY = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?';

/**
 * The whole name a description opens with when it opens with the lone `name` and one or two more
 * capitalised words, set off by punctuation, a lower-case word or its end ("Stefanus Stahl -
 * Maschinenbauer", "Jane Doe is a writer"); undefined otherwise ("Jane is a writer", "Jane").
 */
export function openingName(name: string, description: string): string | undefined {
  const word = name.trim();
  if (!CAPITALISED.test(word)) return undefined;
  const text = description.replace(/\s+/g, ' ').trim().slice(0, 200);
  const m = new RegExp(`^(${escapeRegExp(word)}(?: ${FAMILY}){1,2})(?=\\s*[-–—,:;(|/]|\\s\\p{Ll}|$)`, 'u').exec(text);
  return m?.[1];
}

/** Evidence beside the page's text for a lone first name: the authors' own descriptions' whole names, the site's label. */
export interface NameWitnesses {
  /** Whole names the authors' descriptions open with (openingName). */
  described?: string[];
  /** The site's own label in its address, in letters only ("steinhau"). */
  siteKey?: string;
}

/** Letters an address needs to spell a family name; shorter ones are too often a word. */
const MIN_SPELLED = 6;

/**
 * The whole name of a lone capitalised first name, when a witness names it and the page writes
 * it: a description's opening name, or the first name followed by the word the address spells.
 * Undefined when none or more than one whole name qualifies.
 */
export function wholeOfFirstName(text: string, name: string, witnesses: NameWitnesses): string | undefined {
  const word = name.trim();
  if (!CAPITALISED.test(word) || word.length > 40) return undefined;
  const found = new Set<string>();
  for (const whole of witnesses.described ?? []) {
    if (whole.startsWith(`${word} `) && text.includes(whole)) found.add(whole);
  }
  const key = witnesses.siteKey ?? '';
  if (key.length >= MIN_SPELLED) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)} (${FAMILY})(?![\\p{L}\\p{N}])`, 'gu');
    let n = 0;
    for (const m of text.matchAll(re)) {
      if (++n > MAX_FOUND * 8) break;
      const family = m[1] ?? '';
      if (letters(family) === key || letters(`${word}${family}`) === key) found.add(`${word} ${family}`);
    }
  }
  return found.size === 1 ? found.values().next().value : undefined;
}

/** A memo of the page's text, read once per extraction at most. */
export function fullNames(doc: Document, witnesses: NameWitnesses = {}): (name: string) => string | undefined {
  let text: string | undefined;
  return (name) => {
    const word = name.trim();
    if (/\s/.test(word)) return undefined;
    if (loginParts(word)) {
      text ??= pageText(doc);
      return fullNameIn(text, name);
    }
    if (!CAPITALISED.test(word) || (!witnesses.described?.length && (witnesses.siteKey ?? '').length < MIN_SPELLED)) return undefined;
    text ??= pageText(doc);
    return wholeOfFirstName(text, word, witnesses);
  };
}
