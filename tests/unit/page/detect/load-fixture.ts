/** Parses a fixture page into a Document (scripts do not run), as the detector would see it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const PAGES = path.resolve(import.meta.dirname, '../../../fixtures/pages');

export function fixtureDoc(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(path.join(PAGES, name), 'utf8'), 'text/html');
}

export function htmlDoc(body: string, head = ''): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

/** `n` paragraphs of prose, each about 240 characters. */
export function prose(n: number): string {
  const p =
    'The council met on Tuesday to discuss the new budget, and members spent most of the evening arguing about the cost of repairing the bridge that has been closed to heavy traffic since the spring floods damaged its eastern supports.';
  return Array.from({ length: n }, () => `<p>${p}</p>`).join('\n');
}
