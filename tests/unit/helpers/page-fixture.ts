/** Loads a fixture page of tests/fixtures/pages into a fresh jsdom document. */
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function loadFixture(name: string, url = 'https://www.econotimes.example/Belarus-Seeks-to-Ease-Isolation-1720000'): Document {
  const html = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/pages', name), 'utf8');
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
  return Array.from({ length: n }, (_, i) => `<p id="para-${i}">${prefix} ${i}: ${'The council met on Tuesday to discuss the budget, and members debated the proposal at length before voting. '.repeat(3)}</p>`).join('\n');
}
