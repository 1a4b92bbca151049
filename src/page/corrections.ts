/**
 * The reader's corrections applied to a cleanup plan: the site's rules (src/shared/site-rules.ts)
 * as the cleaner gets them. An article rule that picks exactly one block makes it the root, with
 * everything beside it hidden as for an automatic pick; hide rules add blocks to hide, show rules
 * take them out. Never hidden: a block that holds the article root or what is kept beside it.
 * Every selector picks exactly one element or is skipped (a rule from another template).
 */
import { pickOne } from '../reader/rules/selector';
import type { CleanupPlan } from '../reader/plan/cleanup-plan';
import { planHiding } from '../reader/plan/hide-plan';
import { MAX_RULE_PREVIEW_CHARS, type PageRules } from '../shared/protocol';

export interface RuleMatch {
  selector: string;
  preview: string;
}

/** The start of an element's text, whitespace collapsed (textContent: never markup). */
export function previewText(el: Element): string {
  return (el.textContent ?? '')
    .slice(0, 4 * MAX_RULE_PREVIEW_CHARS)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_RULE_PREVIEW_CHARS);
}

/** A block that may be the article: inside <body>, not <body> itself. */
export function canBeArticle(el: Element): boolean {
  const doc = el.ownerDocument;
  return el !== doc.body && el !== doc.documentElement && doc.body?.contains(el) === true;
}

/** The plan for a root the reader chose: everything beside the path to it hidden, nothing inside. */
export function planFromRoot(root: Element): CleanupPlan {
  return { root, keepNodes: [root], hide: planHiding({ root, kept: new Set(), extras: [] }) };
}

/** Share of the article's text above which a block inside it is the article, not something in it. */
export const MAX_HIDDEN_SHARE_OF_ARTICLE = 0.5;

/**
 * Whether hiding `el` would hide the article: it holds the root or what is kept beside it, or,
 * inside the root, most of its text (a slip of the picker onto the article's body).
 */
export function holdsKept(el: Element, keepNodes: readonly Element[]): boolean {
  if (keepNodes.some((k) => el === k || el.contains(k))) return true;
  const root = keepNodes[0];
  if (!root?.contains(el)) return false;
  const whole = (root.textContent ?? '').replace(/\s+/g, '').length;
  return whole > 0 && (el.textContent ?? '').replace(/\s+/g, '').length > MAX_HIDDEN_SHARE_OF_ARTICLE * whole;
}

/**
 * `plan` with `rules` applied on `doc`. `override` says the root came from an article rule (the
 * reader's word, so Readability's own text is not the measure of what must be seen); `ruleHide`
 * are the blocks hide rules name, kept apart from the plan's so that the article check does not
 * show them again for the text the reader chose to hide.
 */
export function applyRules(doc: Document, plan: CleanupPlan, rules: PageRules | undefined): { plan: CleanupPlan; ruleHide: Element[]; override: boolean; matches: RuleMatch[] } {
  if (!rules) return { plan, ruleHide: [], override: false, matches: [] };
  const matches: RuleMatch[] = [];
  let next = plan;
  let override = false;
  const articleEl = rules.article ? pickOne(doc, rules.article) : undefined;
  if (rules.article && articleEl && canBeArticle(articleEl)) {
    next = planFromRoot(articleEl);
    override = true;
    matches.push({ selector: rules.article, preview: previewText(articleEl) });
  }
  const shown = new Set<Element>();
  for (const selector of rules.show) {
    const el = pickOne(doc, selector);
    if (!el) continue;
    shown.add(el);
    matches.push({ selector, preview: previewText(el) });
  }
  const ruleHide: Element[] = [];
  for (const selector of rules.hide) {
    const el = pickOne(doc, selector);
    if (!el || !doc.body?.contains(el) || el === doc.body || shown.has(el) || holdsKept(el, next.keepNodes)) continue;
    ruleHide.push(el);
    matches.push({ selector, preview: previewText(el) });
  }
  return { plan: { ...next, hide: shown.size > 0 ? next.hide.filter((el) => !shown.has(el)) : next.hide }, ruleHide, override, matches };
}

/** `kept` without what lies inside `hidden` (text the reader chose to hide is not missed). */
export function keptOutside(kept: ReadonlySet<Element>, hidden: readonly Element[]): ReadonlySet<Element> {
  if (hidden.length === 0) return kept;
  return new Set([...kept].filter((el) => !hidden.some((h) => h.contains(el))));
}
