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

const { DEFAULT_SETTINGS, MAX_SITES, getSettings, migrateSettings, setSettings, setSitePolicy, shouldAutoClean, siteOf, sitePolicy, staleKeys, validateSettings, withSitePolicy } = await import(
  '../../../src/shared/settings'
);

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
