import { beforeEach, describe, expect, it, vi } from 'vitest';

// An in-memory storage.sync standing in for the browser's.
const store = vi.hoisted(() => ({ data: {} as Record<string, unknown> }));
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      sync: {
        get: async () => structuredClone(store.data),
        set: async (items: Record<string, unknown>) => Object.assign(store.data, structuredClone(items)),
        remove: async (keys: string[]) => keys.forEach((k) => delete store.data[k]),
      },
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    },
  },
}));

const {
  DEFAULT_SETTINGS,
  MAX_COMFORT_SITES,
  MAX_COMFORT_SITES_CHARS,
  comfortFor,
  hasSiteComfort,
  setComfort,
  withComfort,
  MAX_SITES,
  getSettings,
  migrateSettings,
  setSettings,
  setSitePolicy,
  shouldAutoClean,
  siteOf,
  sitePolicy,
  staleKeys,
  validateSettings,
  withSitePolicy,
} = await import('../../../src/shared/settings');

const article = { article: true, score: 9 };
const weak = { article: false, score: 2 };
const none = { article: false, score: -6 };
const task = { article: false, score: -20 };

describe('siteOf', () => {
  it.each([
    ['https://www.NYTimes.com/2024/05/x.html', 'nytimes.com'],
    ['http://news.example.co.uk:8080/a', 'news.example.co.uk'],
    ['www2.example.org', 'example.org'],
    ['127.0.0.1', '127.0.0.1'],
  ])('%s -> %s', (input, site) => expect(siteOf(input)).toBe(site));

  it.each(['', '   ', 'javascript:alert(1)', 'file:///etc/passwd', 'chrome://settings', 'http://exa mple.com'])('refuses %j', (input) => {
    expect(siteOf(input)).toBeUndefined();
  });
});

describe('validateSettings', () => {
  it('gives the defaults for nothing or garbage', () => {
    expect(validateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings({ autoClean: 'yes', alwaysSites: 'a.com', keepImages: 0 })).toEqual(DEFAULT_SETTINGS);
  });

  it('normalizes, de-duplicates and caps the site lists; "never" wins over "always"', () => {
    const s = validateSettings({ alwaysSites: ['WWW.A.com', 'a.com', 'b.com', 42, 'javascript:x'], neverSites: ['https://b.com/x'] });
    expect(s.alwaysSites).toEqual(['a.com']);
    expect(s.neverSites).toEqual(['b.com']);
    const many = Array.from({ length: MAX_SITES + 50 }, (_, i) => `site${i}.example`);
    expect(validateSettings({ neverSites: many }).neverSites).toHaveLength(MAX_SITES);
  });

  it('drops keys it does not know', () => {
    expect(Object.keys(validateSettings({ extra: 1 })).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });
});

describe('sitePolicy and shouldAutoClean', () => {
  const base = validateSettings({ alwaysSites: ['example.com'], neverSites: ['news.example.com'] });

  it('lets the most specific listed domain decide', () => {
    expect(sitePolicy(base, 'https://www.example.com/a')).toBe('always');
    expect(sitePolicy(base, 'https://blog.example.com/a')).toBe('always');
    expect(sitePolicy(base, 'https://news.example.com/a')).toBe('never');
    expect(sitePolicy(base, 'https://notexample.com/a')).toBe('default');
  });

  it('on ordinary sites: articles only, and only with automatic cleanup on', () => {
    const url = 'https://other.example/story';
    expect(shouldAutoClean(base, url, article)).toBe(true);
    expect(shouldAutoClean(base, url, weak)).toBe(false);
    expect(shouldAutoClean({ ...base, autoClean: false }, url, article)).toBe(false);
  });

  it('on "always" sites: any page with some evidence, even with automatic cleanup off; never task pages', () => {
    const off = { ...base, autoClean: false };
    expect(shouldAutoClean(off, 'https://example.com/post', weak)).toBe(true);
    expect(shouldAutoClean(off, 'https://example.com/', none)).toBe(false);
    expect(shouldAutoClean(off, 'https://example.com/login', task)).toBe(false);
  });

  it('on "never" sites and non-web pages: no', () => {
    expect(shouldAutoClean(base, 'https://news.example.com/story', article)).toBe(false);
    expect(shouldAutoClean(base, 'file:///tmp/a.html', article)).toBe(false);
    expect(shouldAutoClean(base, undefined, article)).toBe(false);
  });

  it('withSitePolicy moves a site between the lists', () => {
    const s1 = withSitePolicy(base, 'https://www.example.com/x', 'never');
    expect(s1.alwaysSites).toEqual([]);
    expect(s1.neverSites).toEqual(['example.com', 'news.example.com']);
    const s2 = withSitePolicy(s1, 'example.com', 'default');
    expect(s2.neverSites).toEqual(['news.example.com']);
    expect(withSitePolicy(base, 'chrome://x', 'never')).toBe(base);
  });
});

describe('migration', () => {
  it('runs no step on current data and never lowers a newer version', () => {
    expect(migrateSettings({ version: 2, autoClean: false })).toEqual({ version: 2, autoClean: false });
    expect(migrateSettings({ version: 3, autoClean: false })).toEqual({ version: 3, autoClean: false });
    expect(validateSettings(migrateSettings({ autoClean: false })).autoClean).toBe(false);
  });

  it('1 -> 2: keeps the reader’s choices and adds “what’s new after updates”, off', () => {
    const v1 = { version: 1, autoClean: false, neverSites: ['b.com'], keepImages: false };
    const migrated = validateSettings(migrateSettings(v1));
    expect(migrated).toEqual({ ...DEFAULT_SETTINGS, autoClean: false, neverSites: ['b.com'], keepImages: false, showWhatsNew: false });
    expect(migrated.version).toBe(2);
  });

  it('prunes unknown keys, except in data from a newer version', () => {
    expect(staleKeys({ version: 1, autoClean: true, oldThing: 1 })).toEqual(['oldThing']);
    expect(staleKeys({ version: 99, futureThing: 1 })).toEqual([]);
  });
});

describe('storage helpers', () => {
  beforeEach(() => {
    store.data = {};
  });

  it('reads defaults from empty storage', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('writes one key per field, validated, and removes stale keys', async () => {
    store.data = { version: 1, leftover: true };
    await setSettings({ autoClean: false, neverSites: ['WWW.B.com'] });
    expect(store.data).toEqual({ ...DEFAULT_SETTINGS, autoClean: false, neverSites: ['b.com'] });
  });

  it('keeps a newer version’s number and keys when writing', async () => {
    store.data = { version: 7, futureThing: 'x' };
    await setSettings({ keepComments: true });
    expect(store.data).toMatchObject({ version: 7, futureThing: 'x', keepComments: true });
  });

  it('setSitePolicy round-trips through storage', async () => {
    await setSitePolicy('https://www.a.example/story', 'always');
    expect((await getSettings()).alwaysSites).toEqual(['a.example']);
    await setSitePolicy('a.example', 'never');
    expect(await getSettings()).toMatchObject({ alwaysSites: [], neverSites: ['a.example'] });
  });
});

describe('reading comfort settings (version 2)', () => {
  const site = { size: 150, lineHeight: '1.8', measure: 'narrow', font: 'legible', theme: 'sepia' } as const;
  const global = { size: 120, lineHeight: 'site', measure: 'medium', font: 'serif', theme: 'dark' } as const;

  it('migrates version 1 data: lists kept, comfort the site’s own everywhere', () => {
    const v1 = { version: 1, autoClean: false, neverSites: ['a.com'] };
    const migrated = validateSettings(migrateSettings(v1));
    expect(migrated).toMatchObject({ version: 2, autoClean: false, neverSites: ['a.com'] });
    expect(migrated.comfort).toEqual(DEFAULT_SETTINGS.comfort);
    expect(migrated.comfort).toEqual({ size: 100, lineHeight: 'site', measure: 'site', font: 'site', theme: 'site' });
    expect(migrated.comfortSites).toEqual({});
  });

  it('validates each field: a bad value takes its default, a good one stays', () => {
    const v = validateSettings({ comfort: { size: 130, lineHeight: '1.8', measure: 'huge', font: 'comic', theme: 'dark' } });
    expect(v.comfort).toEqual({ size: 100, lineHeight: '1.8', measure: 'site', font: 'site', theme: 'dark' });
    expect(validateSettings({ comfort: 'dark' }).comfort).toEqual(DEFAULT_SETTINGS.comfort);
    expect(validateSettings({ comfortSites: { 'javascript:alert(1)': site, 'WWW.Example.com': site, 'b.org': 7 } }).comfortSites).toEqual({
      'example.com': site,
      'b.org': DEFAULT_SETTINGS.comfort,
    });
  });

  it('gives a site its own choices ("only on this site") and every other site the global ones', () => {
    let s = withComfort(validateSettings({}), 'news.example', global, false);
    s = withComfort(s, 'https://www.blog.example/post', site, true);
    expect(comfortFor(s, 'https://blog.example/a')).toEqual(site);
    expect(hasSiteComfort(s, 'https://blog.example/a')).toBe(true);
    expect(comfortFor(s, 'https://news.example/a')).toEqual(global);
    expect(hasSiteComfort(s, 'https://news.example/a')).toBe(false);
    // Saved globally from that site again: the site follows the global choices once more.
    s = withComfort(s, 'blog.example', { ...global, theme: 'light' }, false);
    expect(comfortFor(s, 'https://blog.example/a')).toEqual({ ...global, theme: 'light' });
    expect(s.comfortSites).toEqual({});
  });

  it('keeps the per-site map bounded (newest kept) and under the storage item quota', () => {
    let s = validateSettings({});
    for (let i = 0; i < MAX_COMFORT_SITES + 30; i++) s = withComfort(s, `site${i}.example`, site, true);
    const keys = Object.keys(s.comfortSites);
    expect(keys).toHaveLength(MAX_COMFORT_SITES);
    expect(keys).toContain(`site${MAX_COMFORT_SITES + 29}.example`);
    expect(keys).not.toContain('site0.example');
    expect(JSON.stringify(s.comfortSites).length).toBeLessThanOrEqual(8000);
    // Long host names: the size bound holds before the count does.
    const long = (i: number) => `${'x'.repeat(60)}.${'y'.repeat(60)}.${'z'.repeat(60)}${i}.example`;
    let t = validateSettings({});
    for (let i = 0; i < MAX_COMFORT_SITES; i++) t = withComfort(t, long(i), site, true);
    expect(JSON.stringify(t.comfortSites).length).toBeLessThanOrEqual(MAX_COMFORT_SITES_CHARS);
    expect(Object.keys(t.comfortSites)).toContain(long(MAX_COMFORT_SITES - 1));
  });

  it('stores comfort through setComfort, one key per field', async () => {
    store.data = { version: 1, autoClean: true };
    await setComfort('https://blog.example/x', site, true);
    await setComfort('https://news.example/x', global, false);
    expect(store.data.version).toBe(2);
    expect(store.data.comfort).toEqual(global);
    expect(store.data.comfortSites).toEqual({ 'blog.example': site });
    expect(comfortFor(await getSettings(), 'https://blog.example/y')).toEqual(site);
  });
});
