/** Wire origin from a dateline at the start of the article: "LONDON (Reuters) -", "(AP) —". */
import { findAgency } from './agencies';
import { some } from './dom-utils';

const DATELINE = /^[^()]{0,80}\(([^()]{2,40})\)\s*[-–—:]/;

export function readDateline(doc: Document): string | undefined {
  const scope = doc.querySelector('article, [itemprop~="articleBody" i]') ?? doc.body;
  if (!scope) return undefined;
  for (const p of some(scope, 'p', 12)) {
    const start = (p.textContent ?? '').slice(0, 200).trimStart();
    const m = DATELINE.exec(start);
    if (!m?.[1]) continue;
    const agency = findAgency(m[1]);
    if (agency) return agency.name;
  }
  return undefined;
}
