/**
 * The cleanup planned where the copy is read, off the page's main thread: the same `planCleanup`
 * the page would run on itself, run on the extractor's untouched copy and answered as element
 * numbers. Planning walks the article and its surroundings (a third of the cleaner's main-thread
 * time in the eval's profiles); the page is left to check the numbers and apply them.
 *
 * The copy has no style sheets, so a dropped block that a fixed or sticky position would make
 * page furniture is named instead, for the page to look at (see `positioned`).
 */
import { mapReading } from '../read/pairing';
import { planCleanup } from './cleanup-plan';
import type { CleanOptions } from '../../shared/protocol';
import type { NumberedArticle, PlannedCleanup } from '../../shared/protocol';

/** `copy`: a parse of the page's markup that Readability has not touched, numbered as the page is. */
export function planOnCopy(copy: Document, reading: NumberedArticle, options: CleanOptions): PlannedCleanup | undefined {
  const all = copy.getElementsByTagName('*');
  const found = mapReading(reading, all, copy);
  if (found.kind !== 'article') return undefined;
  const asked: Element[] = [];
  const plan = planCleanup(copy, found, options, (el) => {
    asked.push(el);
    return '';
  });
  const numberOf = new Map<Element, number>();
  for (let i = 0; i < all.length; i++) numberOf.set(all[i] as Element, i);
  const pairs = new Map<number, [number, string, number]>();
  const numbers = (els: readonly Element[]): number[] | undefined => {
    const out: number[] = [];
    for (const el of els) {
      const n = numberOf.get(el);
      if (n === undefined) return undefined;
      out.push(n);
      if (!pairs.has(n)) pairs.set(n, [n, el.localName, el.parentElement ? (numberOf.get(el.parentElement) ?? -1) : -1]);
    }
    return out;
  };
  const hidden = new Set(plan.hide);
  const root = numbers([plan.root]);
  const extras = numbers(plan.keepNodes.filter((el) => el !== plan.root));
  const hide = numbers(plan.hide);
  const positioned = numbers(asked.filter((el) => !hidden.has(el)));
  if (!root || !extras || !hide || !positioned) return undefined;
  return { root: root[0] as number, extras, hide, positioned, pairs: [...pairs.values()] };
}
