/**
 * The headline a reader sees: the page's own <h1>, checked against the titles the page declares
 * (JSON-LD headline, og:title, twitter:title, <title>, microdata, Readability's title) once their
 * site-name parts are removed. A declared title wins only when no visible heading matches it.
 * Values that are markup, empty once tags are stripped, or the site's name alone are never a headline.
 */
import { LIMITS } from './limits';
import { follows, inChrome, lineText, precedes, smallText } from './dom-utils';
import { cleanText } from '../../shared/safe-url';

/** How many <h1> elements are looked at (pages with more use h1 for every teaser). */
const MAX_H1 = 12;

/** Words of a title for comparing: runs of letters or digits, lower-cased. */
export function titleWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A value that carries markup (`<svg onload=…>`, `</title>`) is not a headline. */
export function isMarkup(text: string): boolean {
  return /<\s*\/?\s*[a-z!][^>]*>?/i.test(text) && /<\s*\/?\s*[a-z!]/i.test(text);
}

/** Separators between a title and the site's name: "Story | Site", "Site – Story", "Story » Site". */
export const SEPARATOR = /\s+[|\-\u2013\u2014\u00b7:\u00bb\u2022/\\]{1,2}\s+|\s*\|\s*|\s+::\s+/;

/**
 * A declared title without the site's part. Parts equal to the site name or the host are dropped;
 * if none is, the longest part is kept when the title has a separator other than ':' (which often
 * belongs to the headline itself: "Kassel: what happened").
 */
export function withoutSiteName(title: string, siteNames: string[]): string {
  // The name may stand twice ("Story Site | Site"): cut it a few times at most.
  let glued = title;
  for (let i = 0; i < 3; i++) {
    const next = withoutGluedSiteName(glued, siteNames);
    if (next === glued) break;
    glued = next;
  }
  if (glued !== title) return glued;
  const parts = title
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length <= 1) return title.trim();
  const sites = siteNames.map((s) => titleWords(s).join(' ')).filter(Boolean);
  const isSite = (p: string) => {
    const w = titleWords(p).join(' ');
    return w !== '' && sites.some((s) => s === w || s.replace(/ /g, '') === w.replace(/ /g, '') || (w.length >= 4 && s.includes(w)) || (s.length >= 4 && w.includes(s) && w.length <= s.length + 12));
  };
  const kept = parts.filter((p) => !isSite(p));
  if (kept.length === 0) return '';
  if (kept.length < parts.length) {
    // Re-join what remains with the separators it had: only site parts at the ends are cut.
    const start = parts.findIndex((p) => !isSite(p));
    let end = parts.length - 1;
    while (end > start && isSite(parts[end] as string)) end--;
    const first = parts[start] as string;
    const last = parts[end] as string;
    const from = title.indexOf(first);
    const to = title.lastIndexOf(last) + last.length;
    return from >= 0 && to > from ? title.slice(from, to).trim() : kept.join(' ');
  }
  // No part is a known site name, but a pipe sets parts apart ("Story | Top 19 Companies",
  // "Story | Opinion"): the longest part, the first of equals, is the headline; dashes and colons
  // often belong to the headline itself and are left alone.
  return pipedParts(title)?.longest ?? title.trim();
}

/** The parts a pipe sets apart in a title, and the longest of them (the first of equals); undefined without a pipe. */
function pipedParts(title: string): { parts: string[]; longest: string } | undefined {
  const parts = title
    .split(/\s*\|\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return undefined;
  return { parts, longest: parts.reduce((a, b) => (titleWords(b).length > titleWords(a).length ? b : a)) };
}

/**
 * A title with the site's name glued to its end or start by a template, with no separator
 * ("Truckwash A31Das andere Branchenbuch", "Daily Tide Harbour reopens"): that name cut off when at
 * least two words of title remain. Names of two words or more only: a one-word name is often a
 * word of the headline too.
 */
function withoutGluedSiteName(title: string, siteNames: string[]): string {
  const lower = title.toLowerCase();
  for (const site of siteNames) {
    const name = site.trim().toLowerCase();
    if (name.length < 8 || name.length >= lower.length || titleWords(name).length < 2) continue;
    let rest: string | undefined;
    if (lower.endsWith(name)) rest = title.slice(0, title.length - name.length);
    else if (lower.startsWith(name)) rest = title.slice(name.length);
    if (rest === undefined) continue;
    // Glued (no space at the seam) or set off by a separator; a name after a plain space may be the headline's own words.
    const seam = lower.endsWith(name) ? rest.slice(-3) : rest.slice(0, 3);
    if (/\s/.test(seam) && !/[|\-\u2013\u2014\u00b7:\u00bb\u2022/\\]/.test(seam)) continue;
    const trimmed = rest.replace(/^[\s|\-\u2013\u2014\u00b7:\u00bb\u2022/\\]+|[\s|\-\u2013\u2014\u00b7:\u00bb\u2022/\\]+$/g, '');
    if (titleWords(trimmed).length >= 2) return trimmed;
  }
  return title;
}

/** Separators and space at a title's end with nothing after them. */
const DANGLING = /[\s|\-\u2013\u2014\u00b7:\u00bb\u2022/\\]+$/;

/** A clean candidate headline, or '' when the value is markup, empty or the site name alone. */
export function cleanHeadline(raw: string | undefined, siteNames: string[]): string {
  if (!raw || isMarkup(raw)) return '';
  // A separator left dangling at an end ("National Rail Enquiries -") belongs to no headline.
  const text = cleanText(raw, LIMITS.headline).replace(DANGLING, '');
  if (titleWords(text).length === 0) return '';
  const words = titleWords(text).join(' ');
  if (siteNames.some((s) => titleWords(s).join(' ') === words)) return '';
  return text;
}

/** Parts of a heading a reader does not see as its words: screen-reader labels, hidden parts, dates. */
const UNSEEN = /(?:^|[\s_-])(?:visually-?hidden|sr-only|screen-?reader(?:-text)?|element-invisible|offscreen|a11y-hidden|hidden-text|u-hidden|is-hidden)(?:$|[\s_-])/i;

/** The end and start of two texts in different elements that a reader sees as two words. */
const SEAM_BEFORE = /\p{Ll}{2}$|[\p{N}.!?:;)\]]$/u;
const SEAM_AFTER = /^\p{Lu}/u;

/** A run of a heading's text a reader sees, with the element that holds it. */
interface Seen {
  parent: Element;
  text: string;
  /** A space goes before it: a <br>, or two lines set in their own elements with nothing between. */
  spaced: boolean;
}

/**
 * The heading's text nodes a reader sees, in order, up to `max` characters in all; undefined when
 * the heading holds more.
 */
function seenText(el: Element, max: number): Seen[] | undefined {
  // Text nodes (0x4), and elements too (0x1) when the heading has a line break: a <br> is a space
  // between words ("WEEKEND<br>CODING").
  const walker = el.ownerDocument.createTreeWalker(el, el.getElementsByTagName('br').length > 0 ? 0x5 : 0x4);
  const out: Seen[] = [];
  let length = 0;
  let previous = '';
  let lastParent: Element | null = null;
  let br = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      if ((node as Element).tagName === 'BR') br = true;
      continue;
    }
    let unseen = false;
    for (let p = node.parentElement; p && p !== el.parentElement; p = p.parentElement) {
      const tag = p.tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'TIME' || p.hasAttribute('hidden') || UNSEEN.test(p.getAttribute('class') ?? '')) {
        unseen = true;
        break;
      }
    }
    if (unseen || !node.parentElement) continue;
    const value = node.nodeValue ?? '';
    // Two lines set in their own elements with nothing between ("Alternatives<span
    // class=block>Top Tools</span>"): a reader sees them apart, so a word ending in lower case
    // or a stop, then one starting in upper case across an element's edge, get a space.
    const seam = node.parentElement !== lastParent && SEAM_BEFORE.test(previous) && SEAM_AFTER.test(value);
    const spaced = br || seam;
    out.push({ parent: node.parentElement, text: value, spaced });
    br = false;
    previous = value === '' ? previous : value;
    lastParent = node.parentElement;
    length += value.length + (spaced ? 1 : 0);
    if (length > max) return undefined;
  }
  return out;
}

/** Runs of seen text joined as a reader reads them. */
function joinSeen(runs: Seen[]): string {
  return runs.map((r, i) => (i > 0 && r.spaced ? ` ${r.text}` : r.text)).join('');
}

/** The heading's text as a reader sees it, read text node by text node up to `max` characters. */
export function headingText(el: Element, max: number): string | undefined {
  const runs = seenText(el, max);
  return runs && joinSeen(runs);
}

/** A path that is a site's home page: "/", "/index.html", or an archived copy's root ("/web/2014…/http://host/"). */
const HOME_PATH = /^\/(?:index\.(?:html?|php))?$|^\/web\/\d+\/https?:\/\/[^/]+\/?$/i;

/**
 * True when the heading is a link to the site's home page (or sits in one): a theme's site name or
 * logo set as a heading ("<h1><a href="/">Daily Tide</a></h1>"), on every page of the site. The
 * link must carry most of the heading's words.
 */
export function linksHome(el: Element, text: string): boolean {
  const a = el.closest('a[href]') ?? el.querySelector('a[href]');
  if (!a) return false;
  let url: URL;
  try {
    url = new URL(a.getAttribute('href') ?? '', el.ownerDocument.baseURI);
  } catch {
    return false;
  }
  if (!HOME_PATH.test(url.pathname) || !/^https?:$/.test(url.protocol)) return false;
  if (a.contains(el)) return true;
  const linked = titleWords(headingText(a, LIMITS.headline * 2) ?? '').length;
  return linked > 0 && linked >= 0.8 * titleWords(text).length;
}

/** The texts of the page's h1s that link to its home page: the site's own name as the theme sets it. */
export function homeHeadings(doc: Document): string[] {
  const out: string[] = [];
  const list = doc.getElementsByTagName('h1');
  for (let i = 0; i < list.length && i < MAX_H1; i++) {
    const el = list[i] as Element;
    const raw = headingText(el, LIMITS.headline * 2);
    const text = raw === undefined ? '' : cleanText(raw, LIMITS.headline);
    if (titleWords(text).length > 0 && linksHome(el, text)) out.push(text);
  }
  return out;
}

/** Class names that hide an element whatever the style sheet (Bootstrap's and others' utility classes). */
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|d-none|hide|is-hidden|visually-hidden|sr-only)(?:\s|$)/i;

/**
 * A heading without the decoration a template sets before it: "[> Jens Weber", "| Story", "» · Story"
 * (pointers and bars, and an opening bracket that nothing closes). Quotes stay: they are the headline's.
 */
export function withoutDecoration(text: string): string {
  let out = text;
  for (let i = 0; i < 3; i++) {
    const next = out.replace(/^[\s>|•·~\\/]+/, '').replace(/^[[({](?=[^\])}]*$)\s*/, '');
    if (next === out) break;
    out = next;
  }
  return titleWords(out).length > 0 ? out : text;
}

/** Visible headings of one level (h1 by default) outside site chrome, in document order, with their text. */
export function headingCandidates(doc: Document, article: Element | undefined, tag: 'h1' | 'h2' | 'h3' | 'h4' = 'h1'): { el: Element; text: string }[] {
  const out: { el: Element; text: string }[] = [];
  const list = doc.getElementsByTagName(tag);
  for (let i = 0; i < list.length && out.length < MAX_H1; i++) {
    const el = list[i] as Element;
    if (inChrome(el) || el.closest('[hidden], [aria-hidden="true"], template, noscript')) continue;
    if (HIDDEN_CLASS.test(el.getAttribute('class') ?? '')) continue;
    if (smallText(el, LIMITS.headline * 4) === undefined) continue;
    const raw = headingText(el, LIMITS.headline * 2);
    const text = raw === undefined ? '' : withoutDecoration(cleanText(raw, LIMITS.headline));
    // Text that reads as markup ("<img src=x onerror=…>" shown as text) is never a headline.
    if (titleWords(text).length === 0 || isMarkup(text)) continue;
    if (linksHome(el, text)) continue;
    out.push({ el, text });
  }
  if (article) {
    // The article's own h1 first: a site logo in an h1 comes before it in the document.
    out.sort((a, b) => Number(article.contains(b.el)) - Number(article.contains(a.el)));
  }
  return out;
}

/** Share of the heading's words that the declared title has too, and of the title's that the heading has (none when either has no words). */
function sharedWords(heading: string, declared: string): [number, number] | undefined {
  const h = titleWords(heading);
  const d = titleWords(declared);
  if (h.length === 0 || d.length === 0) return undefined;
  const hs = new Set(h);
  const ds = new Set(d);
  return [h.filter((w) => ds.has(w)).length / h.length, d.filter((w) => hs.has(w)).length / d.length];
}

/** Share of the declared title's words the heading has too: how much of the title it covers. */
export function covers(heading: string, declared: string): number {
  return sharedWords(heading, declared)?.[1] ?? 0;
}

/** The smaller of the two shares: how far heading and declared title agree both ways. */
export function agreement(heading: string, declared: string): number {
  const shares = sharedWords(heading, declared);
  return shares ? Math.min(...shares) : 0;
}

/** The larger of the two shares `agreement` takes the smaller of: some words in common either way. */
export function overlap(heading: string, declared: string): number {
  const shares = sharedWords(heading, declared);
  return shares ? Math.max(...shares) : 0;
}

/** What sets a kicker apart in a declared title, the rest being the headline: "Corona-Lockerungen: Autohäuser …", "Corona-Pandemie - „Es kommt …“". */
const KICKER_SEPARATORS = [/:\s+/, /\s+[-\u2013\u2014]\s+/];

/** Text runs a heading is read in for its kicker, at most; a longer heading stands whole. */
const MAX_HEADING_RUNS = 20;

/**
 * The heading without a kicker or a tail the page sets in the same element: "Nach
 * Corona-Lockerungen" above "Autohäuser rechnen mit …", a date or a section name glued on
 * ("27.01.2022Mineralöl…", "Local News | Brothel …"), a source link and a comment count after it
 * ("… Guarantee Jobs (latimes.com) 87"). A reader sees those as labels, not as the headline; the
 * page's declared title tells them apart. When a run of the heading's text, with the text before
 * and after it left out, equals a declared title (or what follows a declared title's colon or
 * spaced dash, when what is left out is shorter) word for word, that run is the headline;
 * otherwise the heading stands whole, as the reader sees it. What is left out must be set in elements of its own: a kicker only in the text
 * ("Corona: …") is not split off, since nothing in the page says it is apart.
 */
export function withoutKicker(el: Element, text: string, declared: string[]): string {
  const words = (t: string) => titleWords(t).join(' ');
  const full = new Set(declared.map(words).filter((w) => w.split(' ').length >= 2));
  if (full.size === 0) return text;
  const rests = new Set(
    declared
      .flatMap((d) =>
        KICKER_SEPARATORS.map((separator) => {
          const at = separator.exec(d);
          return at ? words(d.slice(at.index + at[0].length)) : '';
        }),
      )
      .filter((w) => w.split(' ').length >= 2),
  );
  const runs = (seenText(el, LIMITS.headline * 2) ?? []).filter((r) => titleWords(r.text).length > 0);
  if (runs.length < 2 || runs.length > MAX_HEADING_RUNS) return text;
  const tidy = (t: string) => cleanText(t, LIMITS.headline).replace(/^[\s|•·:–—-]+|[\s|•·:–—-]+$/g, '');
  // The longest run first: as little as possible is left out.
  for (let length = runs.length - 1; length >= 1; length--) {
    for (let start = 0; start + length <= runs.length; start++) {
      const kept = runs.slice(start, start + length);
      // "<span>Harbour reopens</span>: what it means" is one headline: a rest that opens with a colon continues it.
      if (start > 0 && /^\s*:/.test(kept[0]?.text ?? '')) continue;
      const left = [...runs.slice(0, start), ...runs.slice(start + length)];
      if (left.some((l) => kept.some((k) => l.parent.contains(k.parent)))) continue;
      const clean = tidy(joinSeen(kept));
      const w = words(clean);
      if (titleWords(clean).length < 2) continue;
      if (full.has(w)) return clean;
      // A kicker a declared title sets before its colon or dash is a label, shorter than the
      // headline: a heading set in two halves ("What tutoring is." above "Choosing a good tutor",
      // declared "What tutoring is. - Choosing a good tutor") is one headline with its subtitle.
      if (rests.has(w) && titleWords(joinSeen(left)).length < titleWords(clean).length) return clean;
    }
  }
  return text;
}

/** Words a tagline set beside a headline has at most. */
const TAGLINE_WORDS = 4;

/**
 * A visible heading without the tagline of a few words a pipe sets beside it ("Best Movers in NYC
 * 2025 | Top 19 Companies", "How meditation rewires the brain | Opinion"): the longest part, the
 * first of equals, as for a declared title. A pipe sets parts apart in any language; dashes and
 * colons often belong to the headline itself and are left alone.
 */
export function withoutTagline(text: string): string {
  const piped = pipedParts(text);
  if (!piped) return text;
  const { parts, longest } = piped;
  // A tagline is a few words; a longer part is the headline's own ("… in R | Axis Text, Main Title & Legend").
  if (parts.some((p) => p !== longest && titleWords(p).length > TAGLINE_WORDS)) return text;
  return titleWords(longest).length >= 2 ? longest : text;
}

/** Paragraphs looked at for the page's first prose, and the characters that make one prose. */
const MAX_PARAGRAPHS = 300;
const PROSE_CHARS = 80;

/**
 * True when the heading stands before the page's first paragraph of prose: a headline leads its
 * text, while a box's heading after the article ("Subscribe to our newsletter") or on a page with
 * no prose heads nothing a reader reads.
 */
export function leadsProse(el: Element): boolean {
  const prose = firstProse(el.ownerDocument);
  return prose !== undefined && follows(prose, el);
}

/** The page's first paragraph of prose, among its first MAX_PARAGRAPHS paragraphs. */
function firstProse(doc: Document): Element | undefined {
  const list = doc.getElementsByTagName('p');
  for (let i = 0; i < list.length && i < MAX_PARAGRAPHS; i++) {
    const p = list[i] as Element;
    // A paragraph of at most PROSE_CHARS is a line, not prose (lineText reads no further); the
    // markup's indentation is no text.
    if (lineText(p, PROSE_CHARS) === undefined) return p;
  }
  return undefined;
}

/** Second-level labels under a country's domain ("co.uk", "com.au", "ac.at"): the site's label is the one before. */
const SECOND_LEVEL = /^(?:co|com|org|net|ac|gov|edu|or|ne|go)$/;

/**
 * The site's own label in the page's address: "www.nationalrail.co.uk" → "nationalrail",
 * "dsv.de" → "dsv"; an archived copy's ("web.archive.org/web/2007…/http://host/…") is the host's.
 */
export function hostLabel(pageUrl: string): string | undefined {
  let host: string;
  try {
    const url = new URL(pageUrl);
    const archived = /^\/web\/\d+[a-z_]*\/(https?:\/\/[^/]+)/i.exec(url.pathname);
    host = archived ? new URL(archived[1] as string).hostname : url.hostname;
  } catch {
    return undefined;
  }
  const labels = host.toLowerCase().split('.').filter(Boolean);
  labels.pop();
  if (labels.length >= 2 && SECOND_LEVEL.test(labels[labels.length - 1] as string)) labels.pop();
  const label = labels.pop()?.replace(/-/g, '');
  return label && label.length >= 3 && /^[a-z0-9]+$/.test(label) ? label : undefined;
}

/** Words looked at for the site's name in a title. */
const MAX_NAME_WORDS = 6;

/**
 * True when the title spells the site's address label at its start or end, where a site's name
 * stands: a run of its words that, joined ("National Rail" for nationalrail) or by their initials
 * ("Deutscher Schwimm-Verband e.V." for dsv), is the label.
 */
export function namesHost(title: string, label: string): boolean {
  const words = titleWords(title.normalize('NFD').replace(/\p{M}/gu, ''));
  for (let i = 0; i < words.length && i < LIMITS.headline; i++) {
    let joined = '';
    let initials = '';
    for (let j = i; j < words.length && j < i + MAX_NAME_WORDS; j++) {
      const word = words[j] as string;
      joined += word;
      initials += word[0];
      if ((joined === label || (j > i && initials === label)) && (i === 0 || j === words.length - 1)) return true;
      if (joined.length >= label.length && initials.length >= label.length) break;
    }
  }
  return false;
}

/**
 * The heading nearest before the page's first paragraph of prose (h1 to h4, outside site chrome):
 * the heading the article starts with, when the page declares no title of its own.
 */
export function leadingHeading(doc: Document, article: Element | undefined): { el: Element; text: string } | undefined {
  const prose = firstProse(doc);
  if (!prose) return undefined;
  let best: { el: Element; text: string } | undefined;
  for (const tag of ['h1', 'h2', 'h3', 'h4'] as const) {
    for (const h of headingCandidates(doc, article, tag)) {
      if (precedes(h.el, prose) && (!best || follows(h.el, best.el))) best = h;
    }
  }
  return best;
}
