import { describe, expect, it, vi } from 'vitest';
import { installI18n } from '../helpers/i18n-stub';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const { DEFAULT_SETTINGS } = await import('../../../src/shared/settings');
const { RULE_LIMITS, pageRulesFor, parseSettingsFile, settingsFile, validateRules, withPreviews, withRule, withoutRule } = await import('../../../src/shared/site-rules');

const rule = (kind: 'hide' | 'article' | 'show', selector: string, preview = '') => ({ kind, selector, preview, created: 1 });

describe('site rules', () => {
  it('keeps one article rule per site, replaces the same selector, and lets show cancel hide', () => {
    let rules = withRule({}, 'https://www.news.example/a', rule('hide', 'div.promo'));
    rules = withRule(rules, 'news.example', rule('article', '#story'));
    rules = withRule(rules, 'news.example', rule('article', 'main.story'));
    expect(rules['news.example']?.map((r) => [r.kind, r.selector])).toEqual([
      ['hide', 'div.promo'],
      ['article', 'main.story'],
    ]);
    rules = withRule(rules, 'news.example', rule('show', 'div.promo'));
    expect(rules['news.example']?.map((r) => r.selector)).toEqual(['main.story']);
    rules = withRule(rules, 'news.example', rule('show', 'aside.rail'));
    expect(pageRulesFor(rules, 'https://news.example/2026/x')).toEqual({ hide: [], show: ['aside.rail'], article: 'main.story' });
    expect(pageRulesFor(rules, 'https://other.example/')).toBeUndefined();
    expect(withoutRule(withoutRule(rules, 'news.example', 'article', 'main.story'), 'news.example', 'show', 'aside.rail')).toEqual({});
  });

  it('bounds what it stores', () => {
    let rules = {};
    for (let i = 0; i < RULE_LIMITS.maxRulesPerSite + 5; i++) rules = withRule(rules, 'a.example', rule('hide', `div.b${i}`, 'x'.repeat(500)));
    const list = (rules as Record<string, Array<{ selector: string; preview: string }>>)['a.example'] ?? [];
    expect(list).toHaveLength(RULE_LIMITS.maxRulesPerSite);
    expect(list.at(-1)?.selector).toBe(`div.b${RULE_LIMITS.maxRulesPerSite + 4}`);
    expect(list[0]?.preview.length).toBeLessThanOrEqual(RULE_LIMITS.maxPreviewChars);
    expect(validateRules({ 'not a site!': [rule('hide', 'p')], 'b.example': [{ kind: 'erase', selector: 'p' }, rule('hide', '')] })).toEqual({});
    const updated = withPreviews({ 'a.example': [rule('hide', 'div.x', 'old')] }, 'a.example', [{ selector: 'div.x', preview: '  new \n text ' }]);
    expect(updated['a.example']?.[0]?.preview).toBe('new text');
  });
});

describe('settings file', () => {
  const isSelector = (s: string) => {
    try {
      document.createDocumentFragment().querySelector(s);
      return true;
    } catch {
      return false;
    }
  };
  const good = settingsFile({ ...DEFAULT_SETTINGS, neverSites: ['shop.example'] }, { 'news.example': [rule('hide', 'div.promo', 'Subscribe')] });

  it('reads back what it exports', () => {
    const parsed = parseSettingsFile(JSON.stringify(good), isSelector);
    expect(parsed).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, neverSites: ['shop.example'] }, rules: { 'news.example': [rule('hide', 'div.promo', 'Subscribe')] } });
  });

  it('names the problem in the reader’s language, with the plural form the count takes', () => {
    installI18n('ru');
    const many = Object.fromEntries(Array.from({ length: RULE_LIMITS.maxSites + 1 }, (_, i) => [`site${i}.example`, [rule('hide', 'p')]]));
    const parsed = parseSettingsFile(JSON.stringify({ ...good, rules: many }), isSelector);
    expect(parsed).toEqual({ ok: false, message: `Этот файл нельзя импортировать: в нём правила для более чем ${RULE_LIMITS.maxSites} сайтов. Ничего не изменено.` });
    const bad = parseSettingsFile(JSON.stringify({ ...good, rules: { 'news.example': [rule('hide', 'div[')] } }), isSelector);
    expect(bad).toEqual({ ok: false, message: 'Этот файл нельзя импортировать: правило 1 для news.example недействительно: его селектор «div[» — недопустимый CSS. Ничего не изменено.' });
  });

  it.each([
    ['{ not json', /not a JSON file/],
    [JSON.stringify({ hello: 1 }), /not a Quiet Reader settings file/],
    [JSON.stringify({ ...good, version: 99 }), /newer version/],
    [JSON.stringify({ ...good, settings: 'x' }), /holds no settings/],
    [JSON.stringify({ ...good, settings: { autoClean: 'yes' } }), /“autoClean” must be true or false/],
    [JSON.stringify({ ...good, settings: { neverSites: ['javascript:alert(1)'] } }), /“neverSites” must hold site names only/],
    [JSON.stringify({ ...good, rules: { 'news.example': [rule('hide', 'div[')] } }), /rule 1 for news\.example is not valid: its selector “div\[” is not valid CSS/],
    [JSON.stringify({ ...good, rules: { 'news.example': [{ kind: 'erase', selector: 'p' }] } }), /its kind must be/],
    [JSON.stringify({ ...good, rules: { 'bad site': [] } }), /is not a site name/],
    ['x'.repeat(RULE_LIMITS.maxFileChars + 1), /too large/],
  ])('refuses a bad file with a clear message (%#)', (text, message) => {
    const parsed = parseSettingsFile(text, isSelector);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toMatch(message);
      expect(parsed.message).toMatch(/Nothing was changed\.$/);
    }
  });
});
