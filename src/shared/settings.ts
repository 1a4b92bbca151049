/**
 * The reader's settings: one schema (defaults, validation, migration) shared by the background,
 * the content scripts and the extension pages. Stored in storage.sync, one key per field, so a
 * long site list does not hit the per-item quota (8 KB) as one big object would.
 *
 * @example
 *   const settings = await getSettings();
 *   if (shouldAutoClean(settings, tab.url, detection)) await cleanTab(tabId, 'auto');
 *   await setSitePolicy('example.com', 'never');
 */
import browser from 'webextension-polyfill';
import { DEFAULT_CLEAN_OPTIONS } from './protocol';
import { DEFAULT_COMFORT, validateComfort, type ComfortOptions } from './comfort';

export const SETTINGS_VERSION = 2;

export interface Settings {
  version: number;
  /** Clean article pages automatically, on sites not in a list. */
  autoClean: boolean;
  /** Sites (host names, no `www.`) cleaned automatically even when autoClean is off. */
  alwaysSites: string[];
  /** Sites never cleaned automatically. The toolbar button still works there. */
  neverSites: string[];
  /** Leave the page's comment section visible. */
  keepComments: boolean;
  /** Leave images and figures inside the article visible. */
  keepImages: boolean;
  /** Open the "what's new" page after the extension updates (version 2). */
  showWhatsNew: boolean;
  /** Reading comfort (text size, line height, line length, font, theme) on every site without its own. */
  comfort: ComfortOptions;
  /** Per-site comfort ("only on this site"), by site key; oldest first (see MAX_COMFORT_SITES). */
  comfortSites: Record<string, ComfortOptions>;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  autoClean: true,
  alwaysSites: [],
  neverSites: [],
  ...DEFAULT_CLEAN_OPTIONS,
  showWhatsNew: false,
  comfort: DEFAULT_COMFORT,
  comfortSites: {},
});

const KEYS = Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>;
/** Enough for any reader's lists while staying under storage.sync's 8 KB per item. */
export const MAX_SITES = 300;

/**
 * Per-site comfort entries kept: the most recently set, so the map stays well under storage.sync's
 * 8 KB per item (an entry is about 100 bytes with its site name; MAX_COMFORT_SITES_CHARS bounds
 * long host names too).
 */
export const MAX_COMFORT_SITES = 50;
export const MAX_COMFORT_SITES_CHARS = 7_000;

/** The stored per-site map, validated: site keys normalized, values validated, newest MAX_COMFORT_SITES kept within the size bound. */
function comfortSites(value: unknown): Record<string, ComfortOptions> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const entries: Array<[string, ComfortOptions]> = [];
  const seen = new Set<string>();
  // Newest last in storage: walk from the end, keep the first of each site, stop at the bounds.
  const raw = Object.entries(value as Record<string, unknown>).slice(-4 * MAX_COMFORT_SITES);
  let chars = 2;
  for (let i = raw.length - 1; i >= 0 && entries.length < MAX_COMFORT_SITES; i--) {
    const [key, options] = raw[i] as [string, unknown];
    const site = siteOf(key);
    if (!site || seen.has(site)) continue;
    const valid = validateComfort(options);
    chars += JSON.stringify(site).length + JSON.stringify(valid).length + 2;
    if (chars > MAX_COMFORT_SITES_CHARS) break;
    seen.add(site);
    entries.push([site, valid]);
  }
  return Object.fromEntries(entries.reverse());
}

/** The comfort choices for the page at `url`: its site's own ("only on this site"), else the global ones. */
export function comfortFor(settings: Settings, url: string | undefined): ComfortOptions {
  const site = siteOf(url);
  return (site !== undefined && Object.hasOwn(settings.comfortSites, site) ? settings.comfortSites[site] : undefined) ?? settings.comfort;
}

/** Whether the site of `url` has comfort choices of its own. */
export function hasSiteComfort(settings: Settings, url: string | undefined): boolean {
  const site = siteOf(url);
  return site !== undefined && Object.hasOwn(settings.comfortSites, site);
}

/**
 * Returns new settings with `comfort` stored for `site` only (`onlySite`), or globally (and the
 * site's own choices dropped, so the site follows the global ones again).
 */
export function withComfort(settings: Settings, site: string | undefined, comfort: ComfortOptions, onlySite: boolean): Settings {
  const key = siteOf(site);
  const sites = { ...settings.comfortSites };
  if (key) delete sites[key];
  if (onlySite && key) return validateSettings({ ...settings, comfortSites: { ...sites, [key]: comfort } });
  return validateSettings({ ...settings, comfort, comfortSites: sites });
}

export type SitePolicy = 'always' | 'never' | 'default';

/**
 * A site's key: its host name, lower-cased, without a leading `www.` and without a port.
 * Accepts a URL or a bare host; undefined for anything that is not an http(s) host.
 */
export function siteOf(input: string | undefined): string | undefined {
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  if (text === '') return undefined;
  let host: string;
  try {
    const url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(text) ? text : `http://${text}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    host = url.hostname.toLowerCase();
  } catch {
    return undefined;
  }
  host = host.replace(/^www\d*\./, '').replace(/\.$/, '');
  if (host === '' || host.length > 253 || !/^[a-z\d.\-[\]:]+$/.test(host)) return undefined;
  return host;
}

function siteList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out = new Set<string>();
  for (const item of value) {
    const site = siteOf(typeof item === 'string' ? item : undefined);
    if (site) out.add(site);
    if (out.size >= MAX_SITES) break;
  }
  return [...out].sort();
}

/**
 * Any stored value -> valid Settings: wrong types fall back to defaults, lists are normalized
 * and de-duplicated, a site in both lists keeps only "never" (the safer choice), unknown keys go.
 */
export function validateSettings(raw: unknown): Settings {
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const bool = (key: 'autoClean' | 'keepComments' | 'keepImages' | 'showWhatsNew'): boolean => (typeof r[key] === 'boolean' ? (r[key] as boolean) : DEFAULT_SETTINGS[key]);
  const neverSites = siteList(r.neverSites);
  const never = new Set(neverSites);
  return {
    version: SETTINGS_VERSION,
    autoClean: bool('autoClean'),
    alwaysSites: siteList(r.alwaysSites).filter((s) => !never.has(s)),
    neverSites,
    keepComments: bool('keepComments'),
    keepImages: bool('keepImages'),
    showWhatsNew: bool('showWhatsNew'),
    comfort: validateComfort(r.comfort),
    comfortSites: comfortSites(r.comfortSites),
  };
}

/**
 * Upgrade steps: MIGRATIONS[i] turns data of version i into version i + 1. Version 1 is the
 * first release, so data without a version (nothing stored yet, or hand-edited) only gets
 * validated; later shape changes add a step here instead of breaking readers' stored lists.
 * 1 -> 2: reading comfort (issue 21): the site's own everything, no per-site choices.
 */
const MIGRATIONS: Array<(raw: Record<string, unknown>) => Record<string, unknown>> = [
  (raw) => raw,
  // 1 -> 2: "show what's new after updates" arrives off (an update opens nothing unless asked);
  // reading comfort is the site's own everything, with no per-site choices.
  (raw) => ({ ...raw, showWhatsNew: false, comfort: { ...DEFAULT_COMFORT }, comfortSites: {} }),
];

/** Brings stored data of an older version up to the current shape (before validation). */
export function migrateSettings(raw: Record<string, unknown>): Record<string, unknown> {
  let data = { ...raw };
  const from = typeof raw.version === 'number' && Number.isInteger(raw.version) ? Math.max(0, raw.version) : 0;
  for (let v = from; v < SETTINGS_VERSION; v++) data = MIGRATIONS[v]?.(data) ?? data;
  return data;
}

/**
 * Stored keys that are not in the schema, to be removed on the next write; none when the data
 * comes from a newer version (synced from another computer), whose keys we must not destroy.
 */
export function staleKeys(raw: Record<string, unknown>): string[] {
  if (typeof raw.version === 'number' && raw.version > SETTINGS_VERSION) return [];
  return Object.keys(raw).filter((k) => !(KEYS as string[]).includes(k));
}

/** The policy the reader chose for the site of `url` (a listed parent domain covers its subdomains). */
export function sitePolicy(settings: Settings, url: string | undefined): SitePolicy {
  const site = siteOf(url);
  if (!site) return 'default';
  // The most specific listed domain decides: "never news.example.com" beats "always example.com".
  let best: { length: number; policy: SitePolicy } = { length: -1, policy: 'default' };
  const consider = (list: string[], policy: SitePolicy) => {
    for (const entry of list) {
      if ((site === entry || site.endsWith(`.${entry}`)) && entry.length > best.length) best = { length: entry.length, policy };
    }
  };
  consider(settings.alwaysSites, 'always');
  consider(settings.neverSites, 'never');
  return best.policy;
}

/** What the detector reported about a page (see src/page/detect/score-article.ts). */
export interface DetectionVerdict {
  article: boolean;
  /** Above 0: more evidence for an article than against. Task pages score far below 0. */
  score: number;
}

/**
 * Whether a page should be cleaned without a click.
 * - "never" sites: no.
 * - "always" sites: every page the detector found any evidence for (score > 0), even when
 *   automatic cleanup is off and the page falls short of the article bar; the site root, search,
 *   sign-in and checkout pages score below 0 and stay as they are.
 * - other sites: articles, when automatic cleanup is on.
 * Without a verdict, the answer is whether the site may be cleaned automatically at all.
 */
export function shouldAutoClean(settings: Settings, url: string | undefined, verdict?: DetectionVerdict): boolean {
  if (!isHttpUrl(url)) return false;
  const policy = sitePolicy(settings, url);
  if (policy === 'never') return false;
  if (policy === 'always') return verdict === undefined || verdict.article || verdict.score > 0;
  return settings.autoClean && (verdict === undefined || verdict.article);
}

function isHttpUrl(url: string | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}

/** Returns new settings with `site` moved to the list for `policy` (or out of both). */
export function withSitePolicy(settings: Settings, site: string, policy: SitePolicy): Settings {
  const key = siteOf(site);
  if (!key) return settings;
  const alwaysSites = settings.alwaysSites.filter((s) => s !== key);
  const neverSites = settings.neverSites.filter((s) => s !== key);
  if (policy === 'always') alwaysSites.push(key);
  if (policy === 'never') neverSites.push(key);
  return validateSettings({ ...settings, alwaysSites, neverSites });
}

/** Reads, migrates and validates the stored settings; storage failures give the defaults. */
export async function getSettings(): Promise<Settings> {
  try {
    const raw = (await browser.storage.sync.get(null)) as Record<string, unknown>;
    return validateSettings(migrateSettings(raw));
  } catch {
    return validateSettings({});
  }
}

/** Validates and stores a change; returns the settings as stored. */
export async function setSettings(change: Partial<Settings>): Promise<Settings> {
  const raw = (await browser.storage.sync.get(null)) as Record<string, unknown>;
  const next = validateSettings({ ...validateSettings(migrateSettings(raw)), ...change });
  const stored: Record<string, unknown> = {};
  for (const key of KEYS) stored[key] = next[key];
  // Data from a newer version keeps its version number, so that version can still read it.
  if (typeof raw.version === 'number' && raw.version > SETTINGS_VERSION) stored.version = raw.version;
  await browser.storage.sync.set(stored);
  const stale = staleKeys(raw);
  if (stale.length > 0) await browser.storage.sync.remove(stale);
  return next;
}

/** Stores comfort choices for `site` only, or globally; returns the settings as stored. */
export async function setComfort(site: string | undefined, comfort: ComfortOptions, onlySite: boolean): Promise<Settings> {
  const next = withComfort(await getSettings(), site, comfort, onlySite);
  return setSettings({ comfort: next.comfort, comfortSites: next.comfortSites });
}

export async function setSitePolicy(site: string, policy: SitePolicy): Promise<Settings> {
  const next = withSitePolicy(await getSettings(), site, policy);
  return setSettings({ alwaysSites: next.alwaysSites, neverSites: next.neverSites });
}

/** Calls `listener` with fresh settings whenever any of them change; returns an unsubscribe. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (_changes: unknown, area: string) => {
    if (area === 'sync') void getSettings().then(listener);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/**
 * Automatic cleanup needs host access to every site (the detector must run to detect).
 * Chromium grants it at install; Firefox may leave it to the reader, who grants it from the
 * popup or the options page. The toolbar button works without it (activeTab).
 */
export const AUTO_CLEAN_ORIGINS = ['http://*/*', 'https://*/*'];

export async function hasAutoCleanAccess(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: AUTO_CLEAN_ORIGINS });
  } catch {
    return false;
  }
}

/**
 * Asks the reader for host access. Call it first thing in a click handler: Firefox honours the
 * request only inside the user's gesture, so nothing may be awaited before it.
 */
export function requestAutoCleanAccess(): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: AUTO_CLEAN_ORIGINS }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}
