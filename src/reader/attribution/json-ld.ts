/**
 * Reads schema.org JSON-LD: several blocks, @graph, arrays, nested Person/Organization,
 * @id references, and the broken JSON real pages ship (trailing commas, raw newlines in
 * strings, HTML comments around the block). Values of the wrong type are ignored, never trusted.
 */
import type { Credit, License, Person } from './model';
import { compact, type Facts } from './facts';
import { LIMITS } from './limits';
import { normalizeDate } from './normalize-date';
import { recognizeLicense } from './license';
import { parseCreditLine } from './credit-line';
import { cleanName, dedupePeople, looksLikeName, person } from './person-names';
import { cleanText, safeHttpUrl } from '../../shared/safe-url';
import { decodeEntities } from './html-entities';
import { indexPage, type PageIndex } from './page-index';
import { get, parseJsonLdText, typesOf } from './json-ld-text';
import { openingName } from './full-name';

export { parseJsonLdText, typesOf };

type JsonNode = Record<string, unknown>;

const MAX_BLOCKS = 20;
const MAX_NODES = 2000;
const MAX_DEPTH = 10;

const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
  'blogposting',
  'socialmediaposting',
  'liveblogposting',
  'scholarlyarticle',
  'techarticle',
  'report',
  'satiricalarticle',
  'advertisercontentarticle',
  'medicalscholarlyarticle',
  'discussionforumposting',
]);

function isNode(x: unknown): x is JsonNode {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isArticle(node: JsonNode): boolean {
  return typesOf(node).some((t) => ARTICLE_TYPES.has(t));
}

/**
 * Works that are a page's text but no article type: a recipe, a how-to, a WebPage (Yoast writes one
 * for every post and page). Read for the dates and authors only when no article node is there.
 */
const WORK_TYPES = new Set(['webpage', 'itempage', 'aboutpage', 'profilepage', 'recipe', 'howto', 'creativework', 'review', 'blog', 'guide']);

function isWork(node: JsonNode): boolean {
  return typesOf(node).some((t) => WORK_TYPES.has(t));
}

interface Walk {
  nodes: JsonNode[];
  byId: Map<string, JsonNode>;
  /** ImageObjects reached other than as a logo (a publisher's logo is not an article image). */
  images: JsonNode[];
  /** Nodes at the top of a block or of its @graph: the page's own items, not ones nested inside them (a recipe's reviews). */
  top: Set<JsonNode>;
}

function walk(roots: unknown[]): Walk {
  const result: Walk = { nodes: [], byId: new Map(), images: [], top: new Set() };
  const seen = new Set<unknown>();
  const stack: { value: unknown; depth: number; key: string }[] = roots
    .slice()
    .reverse()
    .map((value) => ({ value, depth: 0, key: '' }));
  // A stack fed in reverse visits nodes in document order, so "first article wins" ties hold.
  while (stack.length > 0 && result.nodes.length < MAX_NODES) {
    const { value, depth, key } = stack.pop() as { value: unknown; depth: number; key: string };
    if (depth > MAX_DEPTH || typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      for (let i = Math.min(value.length, 200) - 1; i >= 0; i--) stack.push({ value: value[i], depth: depth + 1, key });
      continue;
    }
    const node = value as JsonNode;
    result.nodes.push(node);
    if (key === '' || key === '@graph') result.top.add(node);
    const id = get(node, '@id');
    if (typeof id === 'string' && Object.keys(node).length > 1 && !result.byId.has(id)) result.byId.set(id, node);
    if (key !== 'logo' && typesOf(node).includes('imageobject')) result.images.push(node);
    const keys = Object.keys(node);
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i] as string;
      const child = node[k];
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: depth + 1, key: k });
    }
  }
  return result;
}

/** A string value, or the text inside {"@value": …}; anything else is ignored. */
function str(value: unknown, max: number): string {
  if (Array.isArray(value)) return str(value[0], max);
  if (isNode(value)) return str(get(value, '@value'), max);
  // Bounded before decoding, as cleanText bounds: a 1 MB value costs no more than a short one.
  return typeof value === 'string' ? cleanText(decodeEntities(value.slice(0, max * 4 + 256)), max) : '';
}

function resolve(value: unknown, byId: Map<string, JsonNode>): unknown {
  if (isNode(value)) {
    const id = get(value, '@id');
    if (typeof id === 'string' && Object.keys(value).length === 1) return byId.get(id) ?? value;
  }
  return value;
}

function urlOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return urlOf(value[0]);
  if (typeof value === 'string') return safeHttpUrl(value);
  if (isNode(value)) return safeHttpUrl(get(value, '@id')) ?? safeHttpUrl(get(value, 'url'));
  return undefined;
}

function people(value: unknown, byId: Map<string, JsonNode>, depth = 0): Person[] {
  if (depth > 2) return [];
  if (Array.isArray(value)) return dedupePeople(value.slice(0, 50).flatMap((v) => people(v, byId, depth + 1)));
  const resolved = resolve(value, byId);
  if (typeof resolved === 'string') {
    const name = cleanName(resolved);
    return looksLikeName(name) ? [person(name)] : [];
  }
  if (!isNode(resolved)) return [];
  const name = cleanName(str(get(resolved, 'name'), LIMITS.name)) || [str(get(resolved, 'givenName'), 80), str(get(resolved, 'familyName'), 80)].filter(Boolean).join(' ');
  if (!name || !looksLikeName(name)) return [];
  const types = typesOf(resolved);
  const kind = types.includes('person') ? 'person' : types.some((t) => t.includes('organization') || t === 'corporation' || t === 'newsmediaorganization') ? 'organization' : undefined;
  const sameAs = get(resolved, 'sameAs');
  return [person(name, { url: urlOf(get(resolved, 'url')) ?? urlOf(sameAs), kind })];
}

/**
 * The whole names the author nodes' own descriptions open with, for authors named by one word
 * ("name": "Stefanus", "description": "Stefanus Stahl - Maschinenbauer, …"): see full-name.ts.
 */
function describedNames(value: unknown, byId: Map<string, JsonNode>): string[] {
  const out: string[] = [];
  for (const v of (Array.isArray(value) ? value : [value]).slice(0, 10)) {
    const node = resolve(v, byId);
    if (!isNode(node) || !typesOf(node).includes('person')) continue;
    const name = cleanName(str(get(node, 'name'), LIMITS.name));
    const whole = name && !/\s/.test(name) ? openingName(name, str(get(node, 'description'), LIMITS.description)) : undefined;
    if (whole) out.push(whole);
  }
  return out;
}

function licenseOf(value: unknown): License | undefined {
  if (Array.isArray(value)) return licenseOf(value[0]);
  if (typeof value === 'string') {
    const url = safeHttpUrl(value);
    const known = recognizeLicense(value, url);
    if (known) return known;
    if (url) return { name: url, url };
    const name = cleanText(value, LIMITS.name);
    return name ? { name } : undefined;
  }
  if (isNode(value)) {
    const name = str(get(value, 'name'), LIMITS.name);
    const url = urlOf(value);
    const known = recognizeLicense(name, url);
    if (known) return known;
    if (name || url) return { name: name || (url as string), ...(url ? { url } : {}) };
  }
  return undefined;
}

function creditOf(image: JsonNode, byId: Map<string, JsonNode>): Credit | undefined {
  const creditText = str(get(image, 'creditText'), LIMITS.credit);
  const notice = str(get(image, 'copyrightNotice'), LIMITS.credit);
  const creators = people(get(image, 'creator'), byId).concat(people(get(image, 'author'), byId));
  const holder = people(get(image, 'copyrightHolder'), byId)[0];
  const license = licenseOf(get(image, 'license'));
  const licensePage = urlOf(get(image, 'acquireLicensePage'));
  const text = creditText || notice || creators.map((c) => c.name).join(', ') || holder?.name || '';
  if (!text && !license) return undefined;
  const parsed = text ? parseCreditLine(text, true) : undefined;
  const credit: Credit = { text: text || (license?.name ?? ''), source: 'json-ld' };
  const who = creators[0]?.name ?? parsed?.who ?? holder?.name;
  if (parsed?.kind) credit.kind = parsed.kind;
  if (who) credit.who = who;
  const lic = license ?? parsed?.license;
  if (lic) credit.license = lic;
  if (parsed?.via) credit.via = parsed.via;
  if (licensePage) credit.licensePage = licensePage;
  return credit;
}

function firstNode(nodes: JsonNode[], types: string[]): JsonNode | undefined {
  return nodes.find((n) => typesOf(n).some((t) => types.includes(t)));
}

function sameUrl(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const strip = (u: string) =>
    u
      .replace(/^https?:\/\/(www\.)?/, '')
      .replace(/[?#].*$/, '')
      .replace(/\/$/, '');
  return strip(a) === strip(b);
}

/** The node that describes this page's article, when there are several (lists, related items). */
function chooseArticle(nodes: JsonNode[], pageUrl: string): JsonNode | undefined {
  let best: JsonNode | undefined;
  let bestScore = -1;
  for (const node of nodes) {
    if (!isArticle(node)) continue;
    let score = 0;
    if (str(get(node, 'headline'), 10) || str(get(node, 'name'), 10)) score += 4;
    if (get(node, 'author') !== undefined) score += 2;
    if (get(node, 'datePublished') !== undefined) score += 2;
    if (sameUrl(urlOf(get(node, 'url')), pageUrl) || sameUrl(urlOf(get(node, 'mainEntityOfPage')), pageUrl)) score += 3;
    if (score > bestScore) {
      best = node;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The dates and authors of the page's work when it declares no article: the node for this address
 * (its url or @id), else the only work node with a date. Its headline is left to the page's own
 * titles (a WebPage's name is the <title>, site part and all).
 */
function workFacts(nodes: JsonNode[], byId: Map<string, JsonNode>, pageUrl: string, top: Set<JsonNode>): Facts {
  const works = nodes.filter(isWork).slice(0, 20);
  const dated = works.filter((n) => get(n, 'datePublished') !== undefined || get(n, 'dateCreated') !== undefined);
  const own = dated.find((n) => sameUrl(urlOf(get(n, 'url')), pageUrl) || sameUrl(typeof get(n, '@id') === 'string' ? (get(n, '@id') as string) : undefined, pageUrl));
  // A recipe carries its reviews, each a dated work of its own: the one work at the top is the page's.
  const topDated = dated.filter((n) => top.has(n));
  const work = own ?? (dated.length === 1 ? dated[0] : topDated.length === 1 ? topDated[0] : undefined);
  if (!work) return {};
  let authors = people(get(work, 'author'), byId);
  if (authors.length === 0) authors = people(get(work, 'creator'), byId);
  return {
    authors,
    datePublished: normalizeDate(str(get(work, 'datePublished'), LIMITS.date)) ?? normalizeDate(str(get(work, 'dateCreated'), LIMITS.date)),
    dateModified: normalizeDate(str(get(work, 'dateModified'), LIMITS.date)),
  };
}

/** Parsed JSON-LD blocks of a document (bounded). */
export function jsonLdBlocks(doc: Document, index: PageIndex = indexPage(doc)): unknown[] {
  const blocks: unknown[] = [];
  for (const script of index.jsonLd) {
    const parsed = parseJsonLdText(script.textContent ?? '');
    if (parsed !== undefined) blocks.push(parsed);
    if (blocks.length >= MAX_BLOCKS) break;
  }
  return blocks;
}

/** What the page's JSON-LD says about its article. */
export function readJsonLd(blocks: unknown[], pageUrl: string): Facts {
  const { nodes, byId, images, top } = walk(blocks);
  const article = chooseArticle(nodes, pageUrl);
  const website = firstNode(nodes, ['website']);
  const facts: Facts = {};
  if (website) facts.siteName = str(get(website, 'name'), LIMITS.siteName);
  const credits = images.map((img) => creditOf(img, byId)).filter((c): c is Credit => c !== undefined);
  if (credits.length > 0) facts.credits = credits.slice(0, LIMITS.credits);
  if (!article) return compact({ ...facts, ...workFacts(nodes, byId, pageUrl, top) });

  facts.headline = str(get(article, 'headline'), LIMITS.headline) || str(get(article, 'name'), LIMITS.headline);
  let authors = people(get(article, 'author'), byId);
  if (authors.length === 0) authors = people(get(article, 'creator'), byId);
  facts.authors = authors;
  facts.describedNames = describedNames(get(article, 'author'), byId);
  const publisher = people(get(article, 'publisher'), byId)[0];
  if (publisher) facts.publisher = publisher;
  facts.datePublished = normalizeDate(str(get(article, 'datePublished'), LIMITS.date)) ?? normalizeDate(str(get(article, 'dateCreated'), LIMITS.date));
  facts.dateModified = normalizeDate(str(get(article, 'dateModified'), LIMITS.date));
  facts.canonicalUrl = urlOf(get(article, 'url')) ?? urlOf(get(article, 'mainEntityOfPage'));
  facts.section = str(get(article, 'articleSection'), LIMITS.section);
  const lang = resolve(get(article, 'inLanguage'), byId);
  facts.language = isNode(lang) ? str(get(lang, 'alternateName'), LIMITS.language) || str(get(lang, 'name'), LIMITS.language) : str(lang, LIMITS.language);
  facts.description = str(get(article, 'description'), LIMITS.description);
  const license = licenseOf(get(article, 'license'));
  if (license) facts.license = license;
  facts.wireSource = people(get(article, 'sourceOrganization'), byId)[0]?.name;
  const free = get(article, 'isAccessibleForFree');
  if (free === false || (typeof free === 'string' && /^false$/i.test(free.trim()))) facts.paywalled = true;
  return compact(facts);
}
