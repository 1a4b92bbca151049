/** Wire origin from a dateline at the start of the article: "LONDON (Reuters) -", "(AP) —". */
import { findAgency } from './agencies';
import { some, textStart } from './dom-utils';
import { indexPage, type PageIndex } from './page-index';

const DATELINE = /^[^()]{0,80}\(([^()]{2,40})\)\s*[-–—:]/;

export function readDateline(doc: Document, index: PageIndex = indexPage(doc)): string | undefined {
  const scope = index.article ?? doc.body;
  if (!scope) return undefined;
  for (const p of some(scope, 'p', 12)) {
    const start = textStart(p, 200).trimStart();
    const m = DATELINE.exec(start);
    if (!m?.[1]) continue;
    const agency = findAgency(m[1]);
    if (agency) return agency.name;
  }
  return undefined;
}
