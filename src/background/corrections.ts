/**
 * The reader's corrections in the background: stores the picker's reports as rules for the
 * page's site (the site from the browser's address for the sending page, never from the
 * message), hands a page's rules to its cleaner, and keeps each rule's preview of what it matched.
 */
import type { CorrectionEvent, PageRules } from '../shared/protocol';
import { siteOf } from '../shared/settings';
import { getRules, pageRulesFor, updateRules, withPreviews, withRule } from '../shared/site-rules';

export async function rememberCorrection(event: CorrectionEvent, senderUrl: string): Promise<boolean> {
  const site = siteOf(senderUrl);
  if (!site) return false;
  const rule = { kind: event.kind, selector: event.selector, preview: event.preview, created: Date.now() };
  await updateRules((rules) => withRule(rules, site, rule));
  return true;
}

export async function rulesForPage(url: string | undefined): Promise<PageRules | undefined> {
  return pageRulesFor(await getRules(), url);
}

/** Records what the site's rules matched on its page, for the options page's previews. */
export async function notePreviews(url: string, matches: ReadonlyArray<{ selector: string; preview: string }>): Promise<void> {
  const site = siteOf(url);
  if (!site || matches.length === 0) return;
  await updateRules((rules) => withPreviews(rules, site, matches)).catch(() => undefined);
}
