/** Wire origin from a dateline at the start of the article: "LONDON (Reuters) -", "(AP) —", "Hamburg (dpa/lno) –". */
import { findAgency } from './agencies';
import { some, textStart } from './dom-utils';
import { indexPage, type PageIndex } from './page-index';

const DATELINE = /^[^()]{0,80}\(([^()]{2,40})\)\s*[-–—:]/;

/** The agency a dateline opening `p` names: its known name ("dpa") and the words as written ("dpa/lno"). */
export function datelineAgency(p: Element): { name: string; written: string } | undefined {
  const m = DATELINE.exec(textStart(p, 200).trimStart());
  const agency = m?.[1] ? findAgency(m[1]) : undefined;
  return m?.[1] && agency ? { name: agency.name, written: m[1] } : undefined;
}

export function readDateline(doc: Document, index: PageIndex = indexPage(doc)): string | undefined {
  const scope = index.article ?? doc.body;
  if (!scope) return undefined;
  for (const p of some(scope, 'p', 12)) {
    const agency = datelineAgency(p);
    if (agency) return agency.name;
  }
  return undefined;
}
