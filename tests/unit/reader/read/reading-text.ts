/** For the reading tests: the text of what a reading kept. */
import type { readArticle } from '../../../../src/reader/read/read-article';

/** The text nodes whose element Readability kept, joined: what the reading holds. */
export function readingText(doc: Document, reading: ReturnType<typeof readArticle>): string {
  if (reading.kind !== 'article') return '';
  const live = Array.from(doc.getElementsByTagName('*'));
  const kept = new Set(reading.kept.map((n) => live[n] as Element));
  const out: string[] = [];
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.parentElement && kept.has(n.parentElement)) out.push(n.nodeValue ?? '');
  return out.join(' ');
}
