/**
 * The reader's corrections, remembered per site: "hide this", "this is the article", "show this
 * again". Each is a CSS selector made by src/reader/rules/selector.ts to hold on the site's other
 * pages, with what it matched last (a bounded text preview) for the options page.
 *
 * Stored in storage.local under one key, not storage.sync with the settings: a rule carries page
 * text (its preview), which should not travel to every synced browser, and a reader's rules for a
 * few dozen sites outgrow sync's 8 KB per item and 100 KB in all (and its 120 writes a minute);
 * local has room (10 MB) and the settings file (export/import below) moves them between browsers.
 * Pure validation first; the storage accessors at the end.
 */
import browser from 'webextension-polyfill';
import { t, tp } from './i18n';
import { isRecord, type PageRules, type RuleKind } from './protocol';
import { migrateSettings, siteOf, SETTINGS_VERSION, validateSettings, type Settings } from './settings';

export interface SiteRule {
  kind: RuleKind;
  selector: string;
  /** The start of the text the selector matched last (textContent, whitespace collapsed). */
  preview: string;
  /** When the rule was made (ms since the epoch). */
  created: number;
}

export type RulesBySite = Record<string, SiteRule[]>;

export const RULE_LIMITS = {
  maxSites: 200,
  maxRulesPerSite: 40,
  maxSelectorChars: 200,
  maxPreviewChars: 120,
  /** A settings file larger than this is not one of ours. */
  maxFileChars: 2_000_000,
};

export const RULE_KINDS: readonly RuleKind[] = ['hide', 'article', 'show'];
const STORAGE_KEY = 'siteRules';

/** `text` as a preview: whitespace collapsed, cut to the limit. */
export function previewOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > RULE_LIMITS.maxPreviewChars ? `${flat.slice(0, RULE_LIMITS.maxPreviewChars - 1)}…` : flat;
}

/** Why `x` is not a rule, or undefined when it is one. `isSelector` checks the CSS where a DOM is at hand. */
export function ruleProblem(x: unknown, isSelector: (s: string) => boolean = () => true): string | undefined {
  if (!isRecord(x)) return t('rule_not_object');
  if (typeof x.kind !== 'string' || !(RULE_KINDS as readonly string[]).includes(x.kind)) return t('rule_bad_kind');
  if (typeof x.selector !== 'string' || x.selector.trim() === '' || x.selector.length > RULE_LIMITS.maxSelectorChars) return tp('rule_bad_selector', RULE_LIMITS.maxSelectorChars);
  if (!isSelector(x.selector)) return t('rule_bad_css', { selector: x.selector.slice(0, 60) });
  if (x.preview !== undefined && typeof x.preview !== 'string') return t('rule_bad_preview');
  if (x.created !== undefined && !(typeof x.created === 'number' && Number.isFinite(x.created))) return t('rule_bad_date');
  return undefined;
}

function asRule(x: Record<string, unknown>): SiteRule {
  return {
    kind: x.kind as RuleKind,
    selector: (x.selector as string).trim(),
    preview: previewOf(typeof x.preview === 'string' ? x.preview : ''),
    created: typeof x.created === 'number' && Number.isFinite(x.created) ? x.created : 0,
  };
}

/** Any stored value -> valid rules: bad rules and sites dropped, counts bounded (newest kept). */
export function validateRules(raw: unknown): RulesBySite {
  const out: RulesBySite = {};
  if (!isRecord(raw)) return out;
  for (const [key, list] of Object.entries(raw).slice(0, RULE_LIMITS.maxSites * 2)) {
    const site = siteOf(key);
    if (!site || site !== key || !Array.isArray(list)) continue;
    const rules = list.filter((r) => ruleProblem(r) === undefined).map((r) => asRule(r as Record<string, unknown>));
    if (rules.length === 0) continue;
    out[site] = rules.slice(-RULE_LIMITS.maxRulesPerSite);
    if (Object.keys(out).length >= RULE_LIMITS.maxSites) break;
  }
  return out;
}

/**
 * `rules` with `rule` added for `site`. One article rule per site (the newest); the same selector
 * and kind replaces the older; "show" undoes a "hide" of the same selector (and the other way
 * round) instead of piling up both.
 */
export function withRule(rules: RulesBySite, site: string, rule: SiteRule): RulesBySite {
  const key = siteOf(site);
  if (!key || ruleProblem(rule) !== undefined) return rules;
  const list = (rules[key] ?? []).filter((r) => r.selector !== rule.selector && !(rule.kind === 'article' && r.kind === 'article'));
  const opposite = (rules[key] ?? []).find((r) => r.selector === rule.selector && ((r.kind === 'hide' && rule.kind === 'show') || (r.kind === 'show' && rule.kind === 'hide')));
  const next = { ...rules };
  const kept = opposite ? list : [...list, asRule(rule as unknown as Record<string, unknown>)];
  if (kept.length === 0) delete next[key];
  else next[key] = kept.slice(-RULE_LIMITS.maxRulesPerSite);
  return validateRules(next);
}

/** `rules` without `site`'s rule of that kind and selector. */
export function withoutRule(rules: RulesBySite, site: string, kind: RuleKind, selector: string): RulesBySite {
  const next = { ...rules };
  const list = (next[site] ?? []).filter((r) => !(r.kind === kind && r.selector === selector));
  if (list.length === 0) delete next[site];
  else next[site] = list;
  return next;
}

/** What the cleaner applies on a page of `url`'s site. */
export function pageRulesFor(rules: RulesBySite, url: string | undefined): PageRules | undefined {
  const site = siteOf(url);
  const list = site ? rules[site] : undefined;
  if (!list || list.length === 0) return undefined;
  const article = [...list].reverse().find((r) => r.kind === 'article');
  return {
    hide: list.filter((r) => r.kind === 'hide').map((r) => r.selector),
    show: list.filter((r) => r.kind === 'show').map((r) => r.selector),
    ...(article ? { article: article.selector } : {}),
  };
}

/** `rules` with the previews of `site`'s rules that matched on the page updated. */
export function withPreviews(rules: RulesBySite, site: string, matched: ReadonlyArray<{ selector: string; preview: string }>): RulesBySite {
  const list = rules[site];
  if (!list || matched.length === 0) return rules;
  const bySelector = new Map(matched.map((m) => [m.selector, previewOf(m.preview)]));
  return { ...rules, [site]: list.map((r) => (bySelector.has(r.selector) ? { ...r, preview: bySelector.get(r.selector) as string } : r)) };
}

// ---------------------------------------------------------------------------------------------
// The settings file: settings and rules, exported and imported as JSON

export const SETTINGS_FILE_FORMAT = 'quiet-reader-settings';

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: number;
  settings: Settings;
  rules: RulesBySite;
}

export function settingsFile(settings: Settings, rules: RulesBySite): SettingsFile {
  return { format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, settings, rules };
}

export type ParsedSettingsFile = { ok: true; settings: Settings; rules: RulesBySite } | { ok: false; message: string };

const BOOLEAN_FIELDS = ['autoClean', 'keepComments', 'keepImages'];
const LIST_FIELDS = ['alwaysSites', 'neverSites'];

/**
 * Reads a settings file's text, strictly: anything wrong is named in one plain sentence for the
 * options page, and nothing is imported. `isSelector` checks each rule's CSS (the options page
 * has a DOM).
 */
export function parseSettingsFile(text: string, isSelector: (s: string) => boolean = () => true): ParsedSettingsFile {
  const bad = (why: string): ParsedSettingsFile => ({ ok: false, message: t('import_failed', { reason: why }) });
  if (text.length > RULE_LIMITS.maxFileChars) return bad(t('import_too_large'));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return bad(t('import_not_json'));
  }
  if (!isRecord(data) || data.format !== SETTINGS_FILE_FORMAT) return bad(t('import_not_ours'));
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) return bad(t('import_no_version'));
  if (data.version > SETTINGS_VERSION) return bad(t('import_newer', { version: data.version }));
  const s = data.settings;
  if (!isRecord(s)) return bad(t('import_no_settings'));
  for (const field of BOOLEAN_FIELDS) if (s[field] !== undefined && typeof s[field] !== 'boolean') return bad(t('import_not_boolean', { field }));
  for (const field of LIST_FIELDS) {
    const list = s[field];
    if (list === undefined) continue;
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'string' && siteOf(x) !== undefined)) return bad(t('import_not_sites', { field }));
  }
  const rules = data.rules ?? {};
  if (!isRecord(rules)) return bad(t('import_rules_not_per_site'));
  const sites = Object.keys(rules);
  if (sites.length > RULE_LIMITS.maxSites) return bad(tp('import_too_many_sites', RULE_LIMITS.maxSites));
  for (const site of sites) {
    if (siteOf(site) !== site) return bad(t('import_not_a_site', { site: site.slice(0, 60) }));
    const list = rules[site];
    if (!Array.isArray(list)) return bad(t('import_rules_not_list', { site }));
    if (list.length > RULE_LIMITS.maxRulesPerSite) return bad(tp('import_too_many_rules', RULE_LIMITS.maxRulesPerSite, { site }));
    for (let i = 0; i < list.length; i++) {
      const problem = ruleProblem(list[i], isSelector);
      if (problem) return bad(t('import_bad_rule', { number: i + 1, problem, site }));
    }
  }
  // An older file's settings go through the same migration as stored ones.
  return { ok: true, settings: validateSettings(migrateSettings({ ...s, version: data.version })), rules: validateRules(rules) };
}

// ---------------------------------------------------------------------------------------------
// Storage

export async function getRules(): Promise<RulesBySite> {
  try {
    const got = (await browser.storage.local.get(STORAGE_KEY)) as Record<string, unknown>;
    return validateRules(got[STORAGE_KEY]);
  } catch {
    return {};
  }
}

export async function setRules(rules: RulesBySite): Promise<RulesBySite> {
  const valid = validateRules(rules);
  await browser.storage.local.set({ [STORAGE_KEY]: valid });
  return valid;
}

/** Changes the stored rules with `change` (read, change, write). */
export async function updateRules(change: (rules: RulesBySite) => RulesBySite): Promise<RulesBySite> {
  return setRules(change(await getRules()));
}

/** Calls `listener` with the rules whenever they change; returns an unsubscribe. */
export function onRulesChanged(listener: (rules: RulesBySite) => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && STORAGE_KEY in changes) void getRules().then(listener);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
