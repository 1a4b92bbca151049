/** Fixture pages (tests/fixtures/pages) and made-up pages for the unit tests, with the prose they need. */
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const PAGES = path.resolve(import.meta.dirname, '../../fixtures/pages');

export function loadFixture(name: string, url = 'https://www.econotimes.example/Belarus-Seeks-to-Ease-Isolation-1720000'): Document {
  const html = readFileSync(path.join(PAGES, name), 'utf8');
  return new JSDOM(html, { url, pretendToBeVisual: true }).window.document;
}

export function domFrom(html: string, url = 'https://news.example/2025/10/20/story'): Document {
  return new JSDOM(html, { url, pretendToBeVisual: true }).window.document;
}

export const isHidden = (el: Element | null): boolean => {
  for (let e = el; e; e = e.parentElement) if (e.hasAttribute('data-quiet-reader-hide')) return true;
  return false;
};

/** Prose long enough for Readability to take it as an article. */
export function paragraphs(n: number, prefix = 'Paragraph'): string {
  return Array.from(
    { length: n },
    (_, i) => `<p id="para-${i}">${prefix} ${i}: ${'The council met on Tuesday to discuss the budget, and members debated the proposal at length before voting. '.repeat(3)}</p>`,
  ).join('\n');
}

/** A fixture page parsed as the detector sees it (DOMParser: scripts do not run). */
export function fixtureDoc(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(path.join(PAGES, name), 'utf8'), 'text/html');
}

export function htmlDoc(body: string, head = ''): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

/** `n` paragraphs of prose, each about 240 characters (the detector's thresholds count them). */
export function prose(n: number): string {
  const p =
    'The council met on Tuesday to discuss the new budget, and members spent most of the evening arguing about the cost of repairing the bridge that has been closed to heavy traffic since the spring floods damaged its eastern supports.';
  return Array.from({ length: n }, () => `<p>${p}</p>`).join('\n');
}
