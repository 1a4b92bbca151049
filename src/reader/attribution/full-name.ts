/**
 * An author the sources name by a login name only ("christian.stadtfeld", "jane_doe", "max-muster")
 * while the page writes the whole name in its text ("Chefredakteur Christian P. Stadtfeld"): the
 * whole name, when the page writes exactly one. Structure and case only, no words of any language:
 * the login name's parts are the first and last words of the name, each written with a capital, an
 * initial at most between them. A lone word ("Stefanus") is never expanded: measured on the dev
 * corpora, the capitalised word after a first name is as often a noun, a month or a greeting
 * ("David Hi", "Kristen March") as a surname. Bounded: a fixed number of text nodes and characters.
 */

import { shownTextNodes } from './dom-utils';

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

/** A memo of the page's text, read once per extraction at most. */
export function fullNames(doc: Document): (name: string) => string | undefined {
  let text: string | undefined;
  return (name) => {
    if (/\s/.test(name.trim()) || !loginParts(name.trim())) return undefined;
    text ??= pageText(doc);
    return fullNameIn(text, name);
  };
}
