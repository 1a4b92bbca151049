/**
 * The cleanup planned where the copy is read, off the page's main thread: the same `planCleanup`
 * the page would run on itself, run on the extractor's untouched copy and answered as element
 * numbers. Planning walks the article and its surroundings (a third of the cleaner's main-thread
 * time in the eval's profiles); the page is left to check the numbers and apply them.
 *
 * The copy has no style sheets, so a dropped block that a fixed or sticky position would make
 * page furniture is named instead, for the page to look at (see `positioned`).
 */
import { mapReading, numberPlan } from '../read/pairing';
import { planCleanup } from './cleanup-plan';
import { articleText } from '../comfort/article-text';
import { estimateReading } from '../comfort/reading-time';
import type { CleanOptions, NumberedArticle, PlannedCleanup } from '../../shared/protocol';

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
  const hidden = new Set(plan.hide);
  const numbered = numberPlan(
    all,
    plan,
    asked.filter((el) => !hidden.has(el)),
  );
  // Counted here, off the page's main thread: the popup's reading time for a click's cleanup.
  return numbered && { ...numbered, reading: estimateReading(articleText(copy, plan.keepNodes, (el) => hidden.has(el))) };
}
