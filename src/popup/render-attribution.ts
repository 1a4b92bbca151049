/**
 * The article's attribution as the popup shows it, marked up with schema.org microdata
 * (NewsArticle: headline, author, publisher, datePublished/dateModified on <time>, license).
 * DOM APIs and textContent only; every link is http(s).
 */
import type { Attribution, Person, Sourced } from '../reader/attribution/model';
import { LIMITS } from '../reader/attribution/limits';
import { el, pageText, safeLink } from './dom';
import { formatDate, isLaterUpdate } from './format-date';
import { fromText, sourceLabel } from './source-labels';
import { listParts, t, tParts, uiLanguage, type MessageKey } from '../shared/i18n';
import { renderCredits } from './render-credits';
import { safeFaviconUrl } from './favicon';

export interface RenderOptions {
  /** The tab's favIconUrl (checked here). */
  favIconUrl?: string;
  /** Reader's locales for dates; undefined: the browser's UI language. */
  locales?: string | string[];
}

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8}){0,3}$/i;

function sourced(node: HTMLElement, field: Sourced<unknown> | undefined): HTMLElement {
  if (field) node.title = fromText(field.source);
  return node;
}

function authorNode(author: Sourced<Person>): HTMLElement {
  const p = author.value;
  const type = p.kind === 'organization' ? 'https://schema.org/Organization' : 'https://schema.org/Person';
  const name = pageText(p.name, LIMITS.name, { itemprop: 'name' });
  const inner = p.url ? safeLink(p.url, name, { itemprop: 'url' }) : name;
  return sourced(el('span', { itemprop: 'author', itemscope: '', itemtype: type, class: 'author' }, inner), author);
}

function timeNode(prop: 'datePublished' | 'dateModified', field: Sourced<string>, locales?: string | string[]): HTMLTimeElement {
  const time = el('time', { itemprop: prop, datetime: field.value });
  time.textContent = formatDate(field.value, locales);
  return sourced(time, field) as HTMLTimeElement;
}

function siteLine(a: Attribution, favIconUrl: string | undefined): HTMLElement | undefined {
  const site = a.siteName?.value ?? a.publisher?.value.name;
  if (!site) return undefined;
  const line = el('p', { class: 'site' });
  const icon = safeFaviconUrl(favIconUrl);
  if (icon) line.append(el('img', { class: 'favicon', src: icon, alt: '', width: '16', height: '16', referrerpolicy: 'no-referrer' }));
  const publisher = a.publisher?.value;
  const sameAsSite = !publisher || publisher.name.toLowerCase() === site.toLowerCase();
  if (sameAsSite) {
    // The site is the publisher: one itemprop carries both.
    const org = el('span', { itemprop: 'publisher', itemscope: '', itemtype: 'https://schema.org/Organization' }, pageText(site, LIMITS.siteName, { itemprop: 'name', class: 'site-name' }));
    line.append(sourced(org, a.siteName ?? a.publisher));
  } else {
    line.append(sourced(pageText(site, LIMITS.siteName, { class: 'site-name' }), a.siteName));
    const org = el('span', { itemprop: 'publisher', itemscope: '', itemtype: 'https://schema.org/Organization', class: 'publisher' }, pageText(publisher.name, LIMITS.name, { itemprop: 'name' }));
    line.append(' · ', sourced(org, a.publisher));
  }
  if (a.section) line.append(' · ', sourced(pageText(a.section.value, LIMITS.section, { itemprop: 'articleSection', class: 'section' }), a.section));
  return line;
}

function authorsLine(a: Attribution): HTMLElement | undefined {
  if (a.authors.length === 0) return undefined;
  const names = el('span', {}, ...listParts(a.authors.map(authorNode)));
  return el('p', { class: 'authors' }, ...tParts('popup_by', { authors: names }));
}

function datesLine(a: Attribution, locales?: string | string[]): HTMLElement | undefined {
  const published = a.datePublished;
  const modified = a.dateModified && isLaterUpdate(published?.value, a.dateModified.value) ? a.dateModified : undefined;
  if (!published && !modified) return undefined;
  const line = el('p', { class: 'dates' });
  // The words around the date are muted labels; the date itself is not.
  const labelled = (key: 'popup_published' | 'popup_updated', time: HTMLTimeElement) =>
    tParts(key, { date: time }).map((part) => (typeof part === 'string' ? el('span', { class: 'label' }, part) : part));
  if (published) line.append(...labelled('popup_published', timeNode('datePublished', published, locales)));
  if (published && modified) line.append(' · ');
  if (modified) line.append(...labelled('popup_updated', timeNode('dateModified', modified, locales)));
  return line;
}

function canonicalLine(a: Attribution): HTMLElement | undefined {
  const url = a.canonicalUrl.value;
  if (!url) return undefined;
  let shown = url;
  try {
    const u = new URL(url);
    shown = `${u.hostname.replace(/^www\./, '')}${u.pathname === '/' ? '' : u.pathname}`;
  } catch {
    // keep the URL as it is
  }
  const link = safeLink(url, pageText(shown, 120), { itemprop: 'url', class: 'canonical' });
  return sourced(el('p', { class: 'canonical-line' }, link), a.canonicalUrl);
}

function notes(a: Attribution): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (a.license) {
    const lic = safeLink(a.license.value.url, pageText(a.license.value.name, LIMITS.name), { itemprop: 'license' });
    out.push(sourced(el('p', { class: 'article-license' }, ...tParts('popup_licence', { licence: lic })), a.license));
  }
  if (a.wireSource) {
    const org = el('span', { itemprop: 'sourceOrganization', itemscope: '', itemtype: 'https://schema.org/Organization' }, pageText(a.wireSource.value, LIMITS.name, { itemprop: 'name' }));
    out.push(sourced(el('p', { class: 'wire' }, ...tParts('popup_wire', { agency: org })), a.wireSource));
  }
  if (a.paywalled) {
    out.push(el('p', { class: 'paywall note' }, t('popup_paywall')));
  }
  return out;
}

/** "Where this came from": every field's source, in a quiet disclosure. */
function provenance(a: Attribution): HTMLElement | undefined {
  const rows: [MessageKey, Sourced<unknown> | undefined][] = [
    ['prov_headline', a.headline],
    ['prov_site', a.siteName],
    ['prov_publisher', a.publisher],
    ['prov_author', a.authors[0]],
    ['prov_published', a.datePublished],
    ['prov_updated', isLaterUpdate(a.datePublished?.value, a.dateModified?.value) ? a.dateModified : undefined],
    ['prov_address', a.canonicalUrl],
    ['prov_licence', a.license],
    ['prov_wire', a.wireSource],
  ];
  const list = el('dl', { class: 'provenance' });
  for (const [label, field] of rows) {
    if (!field) continue;
    list.append(el('dt', {}, t(label)), el('dd', {}, sourceLabel(field.source)));
  }
  if (!list.firstChild) return undefined;
  return el('details', { class: 'sources' }, el('summary', {}, t('popup_sources_summary')), list);
}

/** Builds the attribution article element (not yet attached). */
export function renderAttribution(a: Attribution, options: RenderOptions = {}): HTMLElement {
  const article = el('article', { class: 'attribution', itemscope: '', itemtype: 'https://schema.org/NewsArticle' });
  const lang = a.language?.value;
  if (lang && LANGUAGE_TAG.test(lang)) article.lang = lang;
  const parts: (HTMLElement | undefined)[] = [
    siteLine(a, options.favIconUrl),
    a.headline ? sourced(el('h1', { itemprop: 'headline', dir: 'auto' }, pageText(a.headline.value, LIMITS.headline)), a.headline) : undefined,
    authorsLine(a),
    datesLine(a, options.locales ?? uiLanguage()),
    canonicalLine(a),
    ...notes(a),
    renderCredits(a.credits),
    provenance(a),
  ];
  for (const part of parts) if (part) article.append(part);
  return article;
}
