/**
 * The reader's corrections in the background: stores the picker's reports as rules for the
 * page's site (the site from the browser's address for the sending page, never from the
 * message), hands a page's rules to its cleaner, and keeps each rule's preview of what it matched.
 */
import { isRecord, MAX_PAGE_RULES, MAX_RULE_PREVIEW_CHARS, type CorrectionEvent, type PageRules } from '../shared/protocol';
import { siteOf } from '../shared/settings';
import { getRules, pageRulesFor, setRules, updateRules, withPreviews, withRule } from '../shared/site-rules';

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
export async function notePreviews(url: string, matches: unknown): Promise<void> {
  const site = siteOf(url);
  if (!site || !Array.isArray(matches)) return;
  const valid = matches
    .slice(0, MAX_PAGE_RULES)
    .filter((m): m is { selector: string; preview: string } => isRecord(m) && typeof m.selector === 'string' && typeof m.preview === 'string' && m.preview.length <= MAX_RULE_PREVIEW_CHARS);
  if (valid.length === 0) return;
  const rules = await getRules();
  const next = withPreviews(rules, site, valid);
  // Written only when a preview changed: most visits match what they matched last time.
  if (JSON.stringify(next[site]) !== JSON.stringify(rules[site])) await setRules(next).catch(() => undefined);
}
