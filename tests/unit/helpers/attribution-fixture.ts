/**
 * The attribution tests' page: extractAttribution on a jsdom document at a news address, at a
 * fixed "now" (future dates are refused relative to it), and a body long enough to be an article.
 */
import { JSDOM } from 'jsdom';
import { extractAttribution } from '../../../src/reader/attribution/extract-attribution';

export const NOW = Date.UTC(2026, 0, 20);
export const BODY = `<p>${'The harbour reopened on a calm morning after weeks of repairs. '.repeat(40)}</p>`;

export function extract(html: string, url = 'https://news.example/world/harbour-story') {
  const doc = new JSDOM(html, { url }).window.document;
  return extractAttribution(doc, doc.URL, undefined, NOW);
}

export const names = (a: ReturnType<typeof extract>) => a.authors.map((p) => p.value.name);
