/**
 * Reads the source attribution of the article from a document. Pure: (document, pageUrl) -> Attribution,
 * runnable in jsdom. The cleaner calls it on the live page before hiding anything, with Readability's
 * metadata. Each source has its own reader; this module only decides which source wins per field
 * (PRECEDENCE, measured on real pages by scripts/measure-attribution.mjs) and never throws.
 */
import type { Attribution, Credit, FieldSource, Person, Sourced } from './model';
import type { Facts, SourcedFacts } from './facts';
import { jsonLdBlocks, readJsonLd } from './json-ld';
import { collectMeta, readCitation, readDublinCore, readOpenGraph, readParsely, readPlainMeta, readTwitter } from './meta-tags';
import { readMicrodata } from './microdata';
import { readTimeElements } from './time-elements';
import { bylineElement, readBylineElements, readRelAuthor } from './byline-elements';
import { readDomCredits } from './dom-credits';
import { readDateline } from './dateline';
import { readDirection, readDocument, readRelLicense } from './document-facts';
import { readReadability, type ReadabilityMetadata } from './readability-facts';
import { LIMITS } from './limits';
import { indexPage, type PageIndex } from './page-index';
import { cleanText, safeHttpUrl } from '../../shared/safe-url';
import {
  agreement,
  cleanHeadline,
  covers,
  headingCandidates,
  homeHeadings,
  hostLabel,
  leadingHeading,
  leadsProse,
  namesHost,
  overlap,
  SEPARATOR,
  titleWords,
  withoutKicker,
  withoutSiteName,
  withoutTagline,
} from './headline';
import { dateAboveHeadline, dateBesideByline, leadDateline, readPageHeader } from './page-header';
import { bareDate } from './normalize-date';
import { readBylineLine } from './byline-lines';
import { plausibleName } from './person-names';
import { readSourceLine } from './source-line';
import { readSignature } from './signature';
import { dateAfterArticle } from './closing-date';
import { follows } from './dom-utils';
import { holderPerson, readCopyrightHolder } from './copyright-holder';
import { fullNames } from './full-name';
import { writtenAsAuthor } from './name-placement';
import { readAuthorBox } from './author-box';
import { letters, siteLabel, siteOwner } from './site-owner';
import { cardPerson } from './person-card';
import { NEWSROOM_NAMES } from '../vocabulary';

export type { ReadabilityMetadata } from './readability-facts';

type Field = Exclude<keyof Facts, 'credits' | 'paywalled' | 'namedSource' | 'rightsHolder' | 'describedNames'>;

/**
 * Which source wins, per field, first present wins. Set from scripts/measure-attribution.mjs
 * (--sources for each source's precision, --save to replay orderings): people's labels on
 * trafilatura-dev decide; readability-test-pages (Readability's own output) breaks ties within
 * about one point. Measured orderings (trafilatura-dev / readability-test-pages):
 * - headline: page microdata (86% precise) and JSON-LD (78%) beat Readability, Open Graph and
 *   twitter (55-59%), which often carry the site name: 62.1% / 89.8%, against 59.3% / 95.3% for
 *   JSON-LD, Open Graph, Readability. Either is taken only when it agrees with the page's own title
 *   or is its h1 (headlineCheck): 62.6% / 89.8% -> 62.8% / 92.1% (strict equality).
 * - authors: rel=author, JSON-LD, twitter "Written by", byline elements and microdata (84-89%)
 *   beat Readability's byline (75%) and meta author (59%, often the site): 67.4% / 84.2%, against
 *   64.5% / 94.7% with Readability before byline elements.
 * - datePublished: all machine-readable sources are 86-94% precise; the orderings tried differ by
 *   under one point on people's labels (61.4-62.2%), so the structured-first one that keeps
 *   Readability's dates (97.0%) is used.
 */
export const PRECEDENCE: Record<Field, FieldSource[]> = {
  headline: ['microdata', 'json-ld', 'readability', 'open-graph', 'twitter', 'parsely', 'citation', 'dublin-core', 'document'],
  authors: ['json-ld', 'rel-author', 'twitter', 'byline-element', 'microdata', 'citation', 'parsely', 'readability', 'page-text', 'meta', 'open-graph', 'dublin-core'],
  datePublished: ['open-graph', 'url', 'page-text', 'meta', 'readability', 'json-ld', 'time-element', 'microdata', 'citation', 'parsely', 'dublin-core'],
  dateModified: ['json-ld', 'open-graph', 'dublin-core', 'meta', 'microdata', 'time-element', 'page-text'],
  siteName: ['open-graph', 'json-ld', 'readability', 'meta'],
  publisher: ['json-ld', 'dublin-core', 'citation'],
  canonicalUrl: ['document', 'open-graph', 'json-ld', 'parsely', 'citation'],
  section: ['json-ld', 'open-graph', 'parsely'],
  language: ['document', 'json-ld', 'open-graph', 'dublin-core', 'citation', 'readability'],
  description: ['json-ld', 'open-graph', 'meta', 'twitter', 'dublin-core', 'readability'],
  license: ['rel-license', 'json-ld', 'dublin-core'],
  wireSource: ['json-ld', 'page-text'],
};

/** Sources whose names are read from the page's markup and text (not declared for machines). */
const PAGE_AUTHOR_SOURCES: ReadonlySet<FieldSource> = new Set(['byline-element', 'rel-author', 'readability', 'microdata']);

/** Runs one reader; a reader that fails (odd DOM, exotic input) just contributes nothing. */
function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** Every source's facts, in no particular order (precedence decides). */
export function collectFacts(doc: Document, pageUrl: string, readability?: ReadabilityMetadata, index?: PageIndex): SourcedFacts[] {
  index ??= attempt(() => indexPage(doc), undefined);
  const meta = index ? attempt(() => collectMeta(doc, index), new Map<string, string[]>()) : new Map<string, string[]>();
  const wire = index ? attempt(() => readDateline(doc, index), undefined) : undefined;
  const readers: [FieldSource, () => Facts][] = [
    ['json-ld', () => readJsonLd(index ? jsonLdBlocks(doc, index) : [], pageUrl)],
    ['open-graph', () => readOpenGraph(meta)],
    ['twitter', () => readTwitter(meta)],
    ['meta', () => readPlainMeta(meta)],
    ['dublin-core', () => readDublinCore(meta)],
    ['citation', () => readCitation(meta)],
    ['parsely', () => readParsely(meta)],
    ['microdata', () => readMicrodata(doc, index)],
    ['time-element', () => readTimeElements(doc, index)],
    ['rel-author', () => readRelAuthor(doc, index)],
    ['byline-element', () => readBylineElements(doc, index)],
    ['document', () => readDocument(doc, pageUrl, index)],
    ['rel-license', () => readRelLicense(doc, pageUrl, index)],
    ['page-text', () => (wire ? { wireSource: wire } : {})],
    ['readability', () => readReadability(readability)],
  ];
  const all = readers.map(([source, read]) => ({ source, facts: attempt(read, {}) }));
  // What the page shows around its headline: the byline and dates next to the article's <h1>.
  const h1 = attempt(() => headingFor(all, doc, index, pageUrl)?.el, undefined);
  const header = attempt(() => readPageHeader(h1, doc.baseURI || pageUrl), { byline: {}, dates: {} });
  // Readability's byline is the first element named author or byline anywhere on the page: a name
  // the page writes only in comments, in cards of other posts or on a control is not the author.
  const fromReadability = all.find((f) => f.source === 'readability');
  const readabilityAuthors = fromReadability?.facts.authors;
  if (fromReadability && readabilityAuthors?.length) {
    const kept = readabilityAuthors.filter((p) => attempt(() => writtenAsAuthor(doc, p.name, h1), true));
    if (kept.length < readabilityAuthors.length) fromReadability.facts = { ...fromReadability.facts, authors: kept.length ? kept : undefined };
  }
  const byline = all.find((f) => f.source === 'byline-element');
  if (byline && header.byline.authors?.length) byline.facts = { ...byline.facts, authors: header.byline.authors };
  // Names read from page markup and text pass one more check: a control or a label ("View more
  // posts", "Follow", "Alle Beiträge →") is no name, and the next source is asked instead.
  const text = all.find((f) => f.source === 'page-text');
  if (text) text.facts = { ...text.facts, ...header.dates };
  const fromUrl = attempt(() => dateInUrl(pageUrl), undefined);
  // No byline beside the headline: a byline line elsewhere in the article ("By Jane Doe" at its end).
  // The day written on that line is the last resort for the date: taken only when no source,
  // the address included, gives one.
  // A header byline that names only the site ("The Planetary Press" linked to its author page)
  // names nobody: a byline line in the article ("Written by: Jane Doe") is asked too.
  // The site's own names only (its address, og:site_name): a personal blog's publisher is its author.
  const siteNames = attempt(() => [siteFromUrl(pageUrl), ...all.map((f) => f.facts.siteName)].filter((n): n is string => typeof n === 'string' && n.trim() !== ''), []);
  const headerNamesNobody = !header.byline.authors?.length || header.byline.authors.every((p) => isOrganization(p, siteNames));
  if (text && (headerNamesNobody || !header.dates.datePublished)) {
    const line = attempt(() => readBylineLine(doc, index, h1, (name) => isOrganization({ name }, siteNames)), { authors: [] });
    if (line.authors.length > 0 && headerNamesNobody) text.facts = { ...text.facts, authors: line.authors };
    // The line's own day, or the day of the small block around it ("Posted on Nov 21, 2018 Updated
    // at … Written by Jane Doe").
    const lineDay = line.date ?? (line.el ? attempt(() => dateBesideByline(line.el as Element), undefined) : undefined);
    if (lineDay && !fromUrl && !all.some((f) => f.facts.datePublished)) text.facts = { ...text.facts, datePublished: lineDay };
  }
  // Still no one: the name that signs the article at its end ("<p><strong>Jane Doe</strong></p>").
  if (text && headerNamesNobody && !text.facts.authors?.length) {
    const signed = attempt(() => readSignature(doc, index, h1), undefined);
    if (signed && !isOrganization({ name: signed }, siteNames)) text.facts = { ...text.facts, authors: [{ name: signed }] };
  }
  // Still no one: the name an author box after the article gives ("<div class=author-bio><h3>Jane Doe</h3>").
  if (text && headerNamesNobody && !text.facts.authors?.length) {
    const boxed = attempt(() => readAuthorBox(doc, h1), undefined);
    if (boxed && !isOrganization({ name: boxed }, siteNames)) text.facts = { ...text.facts, authors: [{ name: boxed }] };
  }
  // A dateline opening the first paragraph ("29.11.2022 – …"), the day printed beside the byline
  // element where no header holds one, above the headline, or right after the article's text
  // ("Benni<br>10. September 2017", "Posted on April 13, 2023"): the last resort too.
  if (text && !fromUrl && !all.some((f) => f.facts.datePublished)) {
    const byline = index ? attempt(() => bylineElement(index)?.el, undefined) : undefined;
    const day =
      (h1 ? attempt(() => leadDateline(h1), undefined) : undefined) ??
      (byline ? attempt(() => dateBesideByline(byline), undefined) : undefined) ??
      (h1 ? attempt(() => dateAboveHeadline(h1), undefined) : undefined) ??
      attempt(() => dateAfterArticle(doc, index, h1), undefined);
    if (day) text.facts = { ...text.facts, datePublished: day };
  }
  // The organisation the article names as its source, for a page that names no person.
  const named = attempt(() => readSourceLine(doc, index, h1), undefined);
  if (text && named) text.facts = { ...text.facts, namedSource: named };
  // The site's copyright holder: the group author of a page that names no one at all.
  const holder = index ? attempt(() => readCopyrightHolder(index, meta.get('copyright')?.[0]), undefined) : undefined;
  if (text && holder) text.facts = { ...text.facts, rightsHolder: holder };
  all.push({ source: 'url', facts: fromUrl ? { datePublished: fromUrl } : {} });
  return all;
}

/**
 * A date in the page's address: /2025/12/17/, /2025-12-17-…, /2017/7/12/ (a folder each, without
 * the leading zero); a year and month alone is no day, nor is /2019/10/5-tips-… (a slug's number).
 */
export function dateInUrl(pageUrl: string): string | undefined {
  let path: string;
  try {
    path = new URL(pageUrl).pathname.slice(0, 400);
  } catch {
    return undefined;
  }
  const m = /(?:^|\/)((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/-]|$|\.)/.exec(path) ?? /(?:^|\/)((?:19|20)\d{2})\/(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])(?:\/|$)/.exec(path);
  return m ? bareDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

function siteNamesOf(all: SourcedFacts[], pageUrl: string): string[] {
  const name = notTheTitle(all);
  return [siteFromUrl(pageUrl), ...all.map((f) => f.facts.siteName).filter((s) => s === undefined || name(s)), ...all.map((f) => f.facts.publisher?.name)].filter(
    (s): s is string => typeof s === 'string' && s.trim() !== '',
  );
}

/**
 * A site name that is the page's whole title, parts and all ("Story - Site" in application-name,
 * as some templates fill it), names the page, not the site: it is no site name (else the headline
 * would be dropped as "the site name alone").
 */
function notTheTitle(all: SourcedFacts[]): (siteName: string) => boolean {
  const title = all.find((f) => f.source === 'document')?.facts.headline;
  const words = title && SEPARATOR.test(title) ? titleWords(title).join(' ') : '';
  // A site name that is the page's declared headline while another source names the site
  // otherwise (JSON-LD's WebPage name beside og:site_name "ServiceTitan") names the page too.
  const key = (text: string | undefined) => (text ? titleWords(text).join(' ') : '');
  const headlines = new Set(all.map((f) => key(f.facts.headline)).filter((k) => k !== ''));
  const sites = new Set(all.map((f) => key(f.facts.siteName)).filter((k) => k !== ''));
  return (siteName) => {
    const own = key(siteName);
    if (words !== '' && own === words) return false;
    return !(headlines.has(own) && sites.size > 1);
  };
}

/** Site names for cleaning titles: the declared ones and the page's headings that link home (its theme's site name). */
function headlineSiteNames(all: SourcedFacts[], doc: Document, pageUrl: string): string[] {
  return [...siteNamesOf(all, pageUrl), ...attempt(() => homeHeadings(doc), [])];
}

/** Declared titles, cleaned of markup and site-name parts, per source. */
function cleanedTitles(all: SourcedFacts[], siteNames: string[]): SourcedFacts[] {
  return all.map(({ source, facts }) => {
    const raw = facts.headline;
    if (raw === undefined) return { source, facts };
    const value = cleanHeadline(raw, siteNames);
    const main = value ? cleanHeadline(withoutSiteName(value, siteNames), siteNames) : '';
    return { source, facts: { ...facts, headline: main || undefined } };
  });
}

/** The article's headline element: the first visible <h1> that matches a declared title, else the first one. */
function headingFor(all: SourcedFacts[], doc: Document, index: PageIndex | undefined, pageUrl: string): { el: Element; text: string; matched: boolean } | undefined {
  const siteNames = headlineSiteNames(all, doc, pageUrl);
  const cleaned = cleanedTitles(all, siteNames);
  const declared = PRECEDENCE.headline.map((source) => cleaned.find((f) => f.source === source)?.facts.headline).filter((t): t is string => typeof t === 'string' && t !== '');
  // The titles as the page declares them, for their parts only: a site-name <h1> agrees with a
  // whole "Story | Site" title as well as the story's heading does.
  const raw = PRECEDENCE.headline.map((source) => cleanHeadline(all.find((f) => f.source === source)?.facts.headline, siteNames)).filter((t) => t !== '');
  const headings = headingCandidates(doc, index?.article);
  // The heading that agrees best (the first of equals, the article's own first): a section heading
  // inside the article ("Buying Guide: The Best Mice") shares most words with the title too, but
  // the headline above it is the title word for word.
  const matching = (list: { el: Element; text: string }[], share: number) => {
    let best: { el: Element; text: string } | undefined;
    let bestShare = share;
    for (const h of list) {
      const s = Math.max(...declared.map((d) => agreement(h.text, d)));
      if (s > bestShare || (best === undefined && s >= share)) {
        best = h;
        bestShare = s;
      }
    }
    return best;
  };
  // No <h1> is the declared title: the page may set its headline in an <h2> or <h3> (themes that
  // keep the <h1> for the site's name, or have none). A lower heading must agree more closely: an
  // article's section headings often share words with its title.
  const h2 = headingCandidates(doc, index?.article, 'h2');
  const h3 = headingCandidates(doc, index?.article, 'h3');
  // Or a heading that is one part of a declared title word for word, the other parts being the
  // site's name, section or tagline that no source names ("Story | Digital Home of Jane"); only
  // after every closer match, since a blog's <h1> is often its site name, itself such a part.
  const parts = new Set([...declared, ...raw].flatMap((d) => d.split(SEPARATOR).map((p) => titleWords(p).join(' '))).filter((w) => w.split(' ').length >= 2));
  const isPart = (list: { el: Element; text: string }[]) => list.find((h) => parts.has(titleWords(h.text).join(' ')));
  // The page's only <h1> (site names and hidden ones left out) is what the reader sees as the
  // headline, when it shares some words with a declared title: that title is a reworded SEO
  // one ("Zaubernuss im Winter » Wann blüht …" for "Wie pflege ich meine Zaubernuss im Winter?").
  const only = headings.length === 1 ? headings[0] : undefined;
  const onlyShares = only !== undefined && declared.some((d) => overlap(only.text, d) >= SOLE_H1_OVERLAP);
  // A lower heading after an <h1> that holds half the title's words is one of its sections ("Key
  // Methodologies" under "Methodologies Compared", the title "7 Key Methodologies"), not the
  // headline; a blog's name in the <h1> ("Harbour News" for "Harbour 1.8 - The Big Update") holds less.
  const onlyCovers = only !== undefined && declared.some((d) => covers(only.text, d) >= SOLE_H1_COVER);
  const lower = (list: { el: Element; text: string }[]) => {
    const h = matching(list, LOWER_HEADING_AGREEMENT);
    return h && !(onlyCovers && only && follows(h.el, only.el)) ? h : undefined;
  };
  const found = matching(headings, HEADING_AGREEMENT) ?? lower(h2) ?? lower(h3) ?? isPart(headings) ?? isPart(h2) ?? isPart(h3);
  if (found) return { el: found.el, text: withoutTagline(withoutKicker(found.el, found.text, declared)), matched: true };
  // A kicker or a date line set in its own element inside it ("<h1>Story<br><small>02.02.2022 •
  // News</small></h1>") is left out as for a matching heading.
  // Of two words or more and leading the page's prose, it is the headline even when it shares no
  // word with them: the declared title is then the site's for every page ("Anwalt Niemeyer",
  // "Home") or another wording altogether; a one-word <h1> ("Blog", "Lorem") is more often a label.
  if (only && ((titleWords(only.text).length >= SOLE_H1_WORDS && leadsProse(only.el)) || onlyShares))
    return { el: only.el, text: withoutTagline(withoutKicker(only.el, only.text, declared)), matched: true };
  return headings[0] ? { ...headings[0], matched: false } : undefined;
}

function pick<K extends Field>(
  all: SourcedFacts[],
  field: K,
  order = PRECEDENCE[field],
  accept: (value: NonNullable<Facts[K]>, source: FieldSource) => boolean = () => true,
): Sourced<NonNullable<Facts[K]>> | undefined {
  for (const source of order) {
    const value = all.find((f) => f.source === source)?.facts[field];
    if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0) && accept(value as NonNullable<Facts[K]>, source)) {
      return { value: value as NonNullable<Facts[K]>, source };
    }
  }
  return undefined;
}

/** A page title without the site's part ("Story - Site", "Site | Story"): its longest piece. */
function mainPart(title: string): string {
  return title.split(/\s+[|\-\u2013\u2014\u00b7:\u00bb\u2022/]\s+|\s*\|\s*/).reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** Headlines from structured data, checked against the page's own title. */
const CHECKED_HEADLINES: ReadonlySet<FieldSource> = new Set(['microdata', 'json-ld']);
/** Share of a structured headline's words the page's title must have too. */
const MIN_TITLE_AGREEMENT = 0.5;

/**
 * Whether a headline from microdata or JSON-LD is this page's. Structured data often describes
 * something else on the page: a teaser's microdata in a rail, the site's own name, a description
 * (Wikipedia's JSON-LD "headline" is the Wikidata description). Such a headline shares few words
 * with the page's own title (<title>, Open Graph, Twitter), so it is taken only when at least half
 * its words are in that title, or when the page shows it as an <h1>; a page with no title of its
 * own cannot contradict it.
 */
function headlineCheck(all: SourcedFacts[], doc: Document): (value: string, source: FieldSource) => boolean {
  const titles = (['document', 'open-graph', 'twitter'] as const)
    .map((source) => all.find((f) => f.source === source)?.facts.headline)
    .filter((t): t is string => typeof t === 'string' && t.trim() !== '');
  const titleSets = titles.map((t) => new Set(titleWords(mainPart(t))));
  let h1s: Set<string> | undefined;
  const normal = (text: string) => titleWords(text).join(' ');
  return (value, source) => {
    if (!CHECKED_HEADLINES.has(source) || titleSets.length === 0) return true;
    const words = titleWords(value);
    if (words.length === 0) return false;
    if (titleSets.some((set) => words.filter((w) => set.has(w)).length / words.length >= MIN_TITLE_AGREEMENT)) return true;
    h1s ??= new Set(
      Array.from(doc.getElementsByTagName('h1'))
        .slice(0, 10)
        .map((h) => normal(h.textContent ?? '')),
    );
    return h1s.has(normal(value));
  };
}

/** Share of words a visible <h1> and a declared title must share (each way) to be the same headline. */
const HEADING_AGREEMENT = 0.5;
/** Share of words the page's only <h1> and a declared title must have in common, one way or the other. */
const SOLE_H1_OVERLAP = 0.3;
/** Share of a declared title's words the page's only <h1> holds to head the lower headings after it. */
const SOLE_H1_COVER = 0.5;
/** Words the page's only <h1> needs to be the headline whatever the declared titles say. */
const SOLE_H1_WORDS = 2;
/** The same for an <h2> or <h3> taken as the headline when no <h1> agrees. */
const LOWER_HEADING_AGREEMENT = 0.8;

/**
 * The headline: the article's visible <h1> when it matches one of the declared titles (without
 * their site-name parts); else the declared title by precedence, checked as before. Declared
 * titles that are markup, empty or the site name alone are dropped first.
 */
function headlineOf(all: SourcedFacts[], doc: Document, index: PageIndex | undefined, pageUrl: string): Sourced<string> | undefined {
  const heading = headingFor(all, doc, index, pageUrl);
  if (heading?.matched) return { value: heading.text, source: 'document' };
  const cleaned = cleanedTitles(all, headlineSiteNames(all, doc, pageUrl));
  const declared = pick(cleaned, 'headline', PRECEDENCE.headline, headlineCheck(cleaned, doc));
  // A page that declares no title, or only the site's name ("National Rail Enquiries" on
  // nationalrail.co.uk), is headed by the heading its prose starts with.
  const label = hostLabel(pageUrl);
  if (!declared || (label && namesHost(declared.value, label))) {
    const lead = leadingHeading(doc, index?.article);
    if (lead && !(label && namesHost(lead.text, label))) return { value: lead.text, source: 'document' };
  }
  return declared;
}

/** A canonical URL that points at the site's home page while the page is deeper is a site bug: ignore it. */
function plausibleCanonical(candidate: string, pageUrl: string): boolean {
  try {
    const c = new URL(candidate);
    const p = new URL(pageUrl);
    return !(c.pathname === '/' && !c.search && p.pathname !== '/');
  } catch {
    return true;
  }
}

function canonicalOf(all: SourcedFacts[], pageUrl: string): Sourced<string> {
  for (const source of PRECEDENCE.canonicalUrl) {
    const url = all.find((f) => f.source === source)?.facts.canonicalUrl;
    if (url && plausibleCanonical(url, pageUrl)) return { value: url, source };
  }
  const page = safeHttpUrl(pageUrl);
  return { value: page ?? '', source: 'url' };
}

/** A login name: one token, all lower case or with dots or underscores ("admin", "jane.doe"). */
function isHandle(name: string): boolean {
  const t = name.trim();
  return !/\s/.test(t) && (/[._]/.test(t) || t === t.toLowerCase());
}

const NEWSROOM: ReadonlySet<string> = new Set(NEWSROOM_NAMES);

/** A newsroom named as the author ("Redaktion", "Staff"): NEWSROOM_NAMES, the whole name. */
function isNewsroom(p: Person): boolean {
  return NEWSROOM.has(p.name.replace(/\s+/g, ' ').trim().toLowerCase());
}

/** True for an author that is the site or publisher itself, a newsroom, or marked an organisation. */
function isOrganization(p: Person, siteNames: string[]): boolean {
  if (p.kind === 'organization') return true;
  // A newsroom ("Redaktion", "Staff") is no person, even where the structured data calls it one.
  if (isNewsroom(p)) return true;
  // A web address for a name ("mdr.de", "news.example.com") is a website's, never a person's.
  if (/^(?:[\p{L}\d-]+\.)+\p{L}{2,6}$/u.test(p.name.trim())) return true;
  const name = titleWords(p.name).join('');
  return (
    name !== '' &&
    siteNames.some((s) => {
      const site = titleWords(s.replace(/\.(?:com|org|net|de|fr|co\.uk|[a-z]{2,3})$/i, '')).join('');
      return site !== '' && (site === name || (name.length >= 4 && site.includes(name)) || (site.length >= 4 && name.includes(site)));
    })
  );
}

/** The parts of the page's <title> beside its longest one (the headline): "Story | Jane Doe" gives "Jane Doe". */
function titleParts(all: SourcedFacts[]): string[] {
  const title = all.find((f) => f.source === 'document')?.facts.headline ?? '';
  const parts = title
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return [];
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return parts.filter((p) => p !== longest);
}

/** Links looked at for the ones to the site's home page, at most. */
const MAX_HOME_LINKS = 200;

/** The texts of links to the site's home page ("<a href="/">Jane Doe</a>"): what the site calls itself. */
function homeLinks(doc: Document): string[] {
  const out: string[] = [];
  const links = doc.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < MAX_HOME_LINKS; i++) {
    const a = links[i] as Element;
    let url: URL;
    try {
      url = new URL(a.getAttribute('href') ?? '', doc.baseURI);
    } catch {
      continue;
    }
    if (url.pathname !== '/' || url.search !== '' || !/^https?:$/.test(url.protocol)) continue;
    const text = (a.textContent ?? '').slice(0, 200).replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
  }
  return out;
}

/**
 * Authors from the winning source, completed from the other sources that name the same person
 * (a profile link from rel=author, "person"/"organization" from JSON-LD). A source that names only
 * organisations (the publisher, a clinic) loses to the next one that names a person; when no
 * source names a person, the organisation is kept and marked as one.
 */
function authorsOf(read: SourcedFacts[], pageUrl: string, doc?: Document): Sourced<Person>[] {
  const siteNames = siteNamesOf(read, pageUrl);
  // Names read from page markup and text pass one more check first: a control or a label ("View
  // more posts", "Follow", "Alle Beiträge →") is no name, and the next source is asked instead;
  // when no source names anyone plausibly, what was read stays.
  const plausible = read.map((f) => (PAGE_AUTHOR_SOURCES.has(f.source) && f.facts.authors ? { ...f, facts: { ...f.facts, authors: f.facts.authors.filter((p) => plausibleName(p.name)) } } : f));
  const all = pick(plausible, 'authors') ? plausible : read;
  const first = pick(all, 'authors');
  const named = read.find((f) => f.source === 'page-text')?.facts.namedSource;
  const namedOnly: Sourced<Person>[] = named ? [{ value: { name: named, kind: 'organization' }, source: 'page-text' }] : [];
  // No source names anyone, nor does the article name its source: the site's copyright holder is
  // the page's group author (an organisation when its name says so or it is the site's own).
  const holder = read.find((f) => f.source === 'page-text')?.facts.rightsHolder;
  const person = (p: Person) => !isOrganization(p, siteNames);
  // No source names a person, nor does the article name its source: a person's card on the page,
  // whose link to the person's own page spells the name written on it, names the author before any
  // organisation (the site, its copyright holder).
  if (!named && doc && !all.some((f) => f.facts.authors?.some(person))) {
    const card = attempt(() => cardPerson(doc), undefined);
    if (card) return [{ value: { name: card }, source: 'page-text' }];
  }
  // No source names anyone, nor does the article or the footer name an organisation: a personal
  // site's owner, whose name its address spells, is the author.
  if (!first && !named && !holder && doc) {
    const owner = attempt(() => siteOwner(doc, pageUrl, [...siteNames, ...titleParts(read), ...homeLinks(doc)]), undefined);
    if (owner) return [{ value: { name: owner }, source: 'page-text' }];
  }
  if (!first && !named && holder) {
    const p = holderPerson(holder);
    return [{ value: p.kind || !isOrganization(p, siteNames) ? p : { ...p, kind: 'organization' }, source: 'page-text' }];
  }
  if (!first) return namedOnly;
  // A login name ("admin", "jane.doe", "janedoe") is how a CMS fills the field, not how the page
  // names its author: a later source that names a person in words wins over it.
  const withPerson =
    pick(all, 'authors', PRECEDENCE.authors, (people) => people.some((p) => person(p) && !isHandle(p.name))) ?? pick(all, 'authors', PRECEDENCE.authors, (people) => people.some(person));
  // No person named: the organisation the article names as its source ("Quelle: kathpress", "(dpa/lno)")
  // says more than the site's own name or a newsroom label the other sources give.
  if (!withPerson && named) return namedOnly;
  // Readability's byline is read anywhere on the page (a bio box's "All posts" link, a comment
  // form's label): a person only it names does not outweigh the organisation the visible byline
  // beside the headline names ("PETA-Team" on peta.de).
  // Another source naming the same person confirms it.
  const visibleOrg = all.find((f) => f.source === 'byline-element')?.facts.authors?.some((p) => !person(p)) ?? false;
  const lower = (p: Person) => p.name.toLowerCase();
  const confirmed = (people: Person[]) => people.some((p) => read.some((f) => f.source !== 'readability' && f.facts.authors?.some((q) => lower(q) === lower(p))));
  const personOnlyReadability = withPerson?.source === 'readability' && visibleOrg && !confirmed(withPerson.value);
  let chosen = (personOnlyReadability ? undefined : withPerson) ?? first;
  // The visible byline often names more people than the structured data: all of them, when it
  // names every one of the chosen too.
  const shown = all.find((f) => f.source === 'byline-element')?.facts.authors ?? [];
  if (chosen.source !== 'byline-element' && shown.length > chosen.value.length && chosen.value.every((p) => shown.some((q) => samePerson(q, p)))) {
    chosen = { value: shown, source: 'byline-element' };
  }
  const others = all.flatMap((f) => (f.source === chosen.source ? [] : (f.facts.authors ?? [])));
  const people = withPerson && !personOnlyReadability ? chosen.value.filter((p) => !isOrganization(p, siteNames)) : chosen.value;
  // A person named by one word (a login name, a first name) whose whole name the page writes once
  // (a first name only when the person's own description or the site's address names it too).
  const label = siteLabel(pageUrl);
  const witnesses = { described: read.flatMap((f) => f.facts.describedNames ?? []), ...(label ? { siteKey: letters(label) } : {}) };
  const whole = doc ? fullNames(doc, witnesses) : () => undefined;
  const wholeName = (p: Person): Person => {
    if (p.kind === 'organization' || isOrganization(p, siteNames)) return p;
    const name = attempt(() => whole(p.name), undefined);
    return name ? { ...p, name } : p;
  };
  return people.slice(0, LIMITS.authors).map((p) => {
    const same = others.filter((o) => o.name.toLowerCase() === p.name.toLowerCase());
    const url = p.url ?? same.find((o) => o.url)?.url;
    const kind = isNewsroom(p) ? 'organization' : (p.kind ?? same.find((o) => o.kind)?.kind ?? (withPerson && !personOnlyReadability ? undefined : 'organization'));
    return { value: wholeName({ ...p, ...(kind ? { kind } : {}), ...(url ? { url } : {}) }), source: chosen.source };
  });
}

/**
 * True when a name the page shows is the person a source names: the one holds the other's words
 * ("Jane Doe" in "Jane Doe, MD"), or both end in the same family name after the same initial
 * ("E. Barreneche" for "Eduardo Barreneche").
 */
function samePerson(shown: Person, named: Person): boolean {
  const a = titleWords(shown.name);
  const b = titleWords(named.name);
  if (a.length === 0 || b.length === 0) return false;
  if (a.join(' ').includes(b.join(' '))) return true;
  return a.length >= 2 && b.length >= 2 && a[a.length - 1] === b[b.length - 1] && a[0]?.charAt(0) === b[0]?.charAt(0);
}

/** Page credits first (they are what the reader sees), then JSON-LD ones not already there. */
function creditsOf(all: SourcedFacts[], doc: Document, index: PageIndex | undefined): Credit[] {
  const fromPage = index ? attempt(() => readDomCredits(doc, index), []) : [];
  const fromJson = all.find((f) => f.source === 'json-ld')?.facts.credits ?? [];
  const out: Credit[] = [];
  const texts = new Set<string>();
  const whos = new Set<string>();
  for (const credit of [...fromPage, ...fromJson]) {
    const text = credit.text.toLowerCase();
    const who = credit.who?.toLowerCase();
    if (texts.has(text) || (who && whos.has(who))) continue;
    texts.add(text);
    if (who) whos.add(who);
    out.push(credit);
    if (out.length >= LIMITS.credits) break;
  }
  return out;
}

function siteFromUrl(pageUrl: string): string | undefined {
  try {
    const host = new URL(pageUrl).hostname.replace(/^www\./, '');
    return host || undefined;
  } catch {
    return undefined;
  }
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * The day the page shows beside its headline, when a declared date names the day before or after:
 * a time stamp in UTC ("…T02:25:54Z" for an evening in New York) or in the server's zone is the
 * same moment on another calendar day, and the reader's day is the one the page prints (unless
 * that day is the declared update's).
 */
function withShownDay(chosen: Sourced<string> | undefined, all: SourcedFacts[], ok: (value: string) => boolean): Sourced<string> | undefined {
  const shown = all.find((f) => f.source === 'page-text')?.facts.datePublished;
  if (!chosen || !shown || chosen.source === 'page-text' || !ok(shown)) return chosen;
  // The day after a declared publication that is the declared update's day (a source that dates
  // the publication another day) is the update the page shows, not the publication in another zone.
  const day = shown.slice(0, 10);
  if (all.some(({ source, facts }) => source !== 'page-text' && facts.dateModified?.slice(0, 10) === day && facts.datePublished?.slice(0, 10) !== day)) return chosen;
  const a = Date.parse(`${chosen.value.slice(0, 10)}T00:00:00Z`);
  const b = Date.parse(`${shown.slice(0, 10)}T00:00:00Z`);
  return Math.abs(a - b) === DAY_MS && chosen.value.length > 10 ? { value: shown, source: 'page-text' } : chosen;
}

/** A date up to a day ahead is a time zone, not the future. */
const FUTURE_SLACK_MS = 36 * 3600 * 1000;

function assemble(doc: Document, pageUrl: string, all: SourcedFacts[], index: PageIndex | undefined, readability: ReadabilityMetadata | undefined, now: number): Attribution {
  const attribution: Attribution = {
    pageUrl: cleanText(pageUrl, 2048),
    authors: authorsOf(all, pageUrl, doc),
    canonicalUrl: canonicalOf(all, pageUrl),
    credits: creditsOf(all, doc, index),
  };
  const set = <K extends Field>(field: K, target: keyof Attribution = field as keyof Attribution) => {
    const value = pick(all, field);
    if (value) (attribution as unknown as Record<string, unknown>)[target] = value;
  };
  const site = pick(all, 'siteName', PRECEDENCE.siteName, notTheTitle(all));
  if (site) attribution.siteName = site;
  const headline = attempt(() => headlineOf(all, doc, index, pageUrl), undefined);
  if (headline) attribution.headline = headline;
  set('publisher');
  const notFuture = (value: string) => {
    const t = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
    return Number.isNaN(t) || t <= now + FUTURE_SLACK_MS;
  };
  const published = withShownDay(pick(all, 'datePublished', PRECEDENCE.datePublished, notFuture), all, notFuture);
  if (published) attribution.datePublished = published;
  const modified = pick(all, 'dateModified', PRECEDENCE.dateModified, notFuture);
  if (modified) attribution.dateModified = modified;
  set('section');
  set('language');
  set('description');
  set('license');
  set('wireSource');
  if (!attribution.siteName) {
    const host = siteFromUrl(pageUrl);
    if (host) attribution.siteName = { value: host, source: 'url' };
  }
  const given = readability?.dir?.toLowerCase();
  const direction = attempt(() => readDirection(doc), undefined) ?? (given === 'rtl' || given === 'ltr' ? given : undefined);
  if (direction) attribution.direction = direction;
  if (all.some((f) => f.facts.paywalled === true)) attribution.paywalled = true;
  return attribution;
}

/**
 * @param now the current time (ms since the epoch): dates after it are the page's mistakes, never
 * the publication date. Pass it in tests; the cleaner leaves the default.
 */
export function extractAttribution(doc: Document, pageUrl: string, readability?: ReadabilityMetadata, now: number = Date.now()): Attribution {
  try {
    const index = attempt(() => indexPage(doc), undefined);
    return assemble(doc, pageUrl, collectFacts(doc, pageUrl, readability, index), index, readability, now);
  } catch {
    // Last resort: something unforeseen failed; the popup still gets the address.
    return { pageUrl: cleanText(pageUrl, 2048), authors: [], canonicalUrl: { value: safeHttpUrl(pageUrl) ?? '', source: 'url' }, credits: [] };
  }
}
