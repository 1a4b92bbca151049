/**
 * The translations: every locale has every message of en with the same placeholders, every plural
 * form its language uses, no empty message and no English copy left behind; the placeholders
 * follow the order t() passes them in; every key the code and pages use exists, and every key is used.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES_DIR, readLocale, type Messages } from '../helpers/i18n-stub';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt_BR', 'nl', 'pl', 'ru', 'uk', 'tr', 'ar', 'he', 'ja', 'ko', 'zh_CN'];
const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;
const en = readLocale('en');
const enPluralBases = new Set(Object.keys(en).flatMap((k) => (k.endsWith('_other') ? [k.slice(0, -'_other'.length)] : [])));

/** Names and technical terms that stay as they are in every language. */
const NAMES = new Set(['Quiet Reader', 'JSON-LD', 'Open Graph', 'Dublin Core', 'Readability']);
/**
 * Messages that are the same word in English and in that language (not left untranslated):
 * "Site", "Licence", "via", "Updates" are French, Portuguese, Dutch or Turkish words too; "Sepia" is
 * the German, Spanish, Dutch and Polish word for the colour.
 */
const SAME_WORD: Record<string, string[]> = {
  de: ['comfort_theme_sepia'],
  fr: ['prov_site', 'prov_licence', 'popup_credit_via', 'options_sites_count_one', 'options_sites_count_other'],
  pt_BR: ['prov_site', 'popup_credit_via', 'options_sites_count_one', 'options_sites_count_other'],
  nl: ['prov_site', 'popup_credit_via', 'options_updates_heading', 'comfort_theme_sepia', 'options_sites_count_one', 'options_sites_count_other'],
  tr: ['prov_site', 'options_sites_count_one'],
  es: ['comfort_theme_sepia'],
  pl: ['comfort_theme_sepia'],
};

const used = (message: string) => [...new Set([...message.matchAll(/\$([a-z0-9_]+)\$/gi)].map((m) => m[1]!.toLowerCase()))].sort();
const declared = (entry: Messages[string] | undefined) => Object.keys(entry?.placeholders ?? {}).sort();
/** The en entry a locale's key answers to (a plural form en does not have answers to `_other`). */
function enEntryFor(key: string): Messages[string] | undefined {
  const m = PLURAL.exec(key);
  return en[key] ?? (m && enPluralBases.has(m[1]!) ? en[`${m[1]}_other`] : undefined);
}
/** Plural categories a language uses for the counts shown (0 to 1000), plus `other`. */
function categoriesFor(tag: string): Set<string> {
  const rules = new Intl.PluralRules(tag);
  const out = new Set(['other']);
  for (let n = 0; n <= 1000; n++) out.add(rules.select(n));
  return out;
}

describe('the locales', () => {
  it('are the sixteen the extension ships, each a messages.json', () => {
    const dirs = readdirSync(LOCALES_DIR).filter((d) => statSync(path.join(LOCALES_DIR, d)).isDirectory());
    expect(dirs.sort()).toEqual([...LOCALES].sort());
  });

  it('en names its placeholders $1, $2… in alphabetical order (how t() passes named values)', () => {
    for (const [key, entry] of Object.entries(en)) {
      const names = declared(entry);
      names.forEach((name, i) => expect(`${key}: ${entry.placeholders?.[name]?.content}`).toBe(`${key}: $${i + 1}`));
    }
  });

  describe.each(LOCALES)('%s', (locale) => {
    const messages = readLocale(locale);
    const tag = messages.locale_tag?.message ?? '';

    it('names its own language in locale_tag', () => {
      expect(Intl.getCanonicalLocales(tag)).toEqual([locale.replace('_', '-')]);
    });

    it('has every message of en and no other', () => {
      const plain = Object.keys(en).filter((k) => !PLURAL.test(k) || !enPluralBases.has(PLURAL.exec(k)![1]!));
      for (const key of plain) expect(messages[key]?.message, `${locale}: ${key}`).toBeTruthy();
      for (const key of Object.keys(messages)) expect(enEntryFor(key), `${locale}: ${key} is not a message of en`).toBeDefined();
    });

    it('has every plural form its language uses, and only those', () => {
      const needed = categoriesFor(tag);
      for (const base of enPluralBases) {
        for (const category of needed) expect(messages[`${base}_${category}`]?.message, `${locale}: ${base}_${category}`).toBeTruthy();
      }
      for (const key of Object.keys(messages)) {
        const m = PLURAL.exec(key);
        if (m && enPluralBases.has(m[1]!)) expect(needed.has(m[2]!), `${locale}: ${key} is a form ${tag} does not use`).toBe(true);
      }
    });

    it('has no empty message', () => {
      for (const [key, entry] of Object.entries(messages)) expect(entry.message.trim(), `${locale}: ${key}`).not.toBe('');
    });

    it('declares the placeholders en declares, and uses them', () => {
      for (const [key, entry] of Object.entries(messages)) {
        const source = enEntryFor(key)!;
        expect(entry.placeholders ?? {}, `${locale}: ${key}`).toEqual(Object.fromEntries(Object.entries(source.placeholders ?? {}).map(([n, p]) => [n, { ...p, content: p.content }])));
        const names = used(entry.message);
        for (const name of names) expect(declared(entry), `${locale}: ${key} uses $${name}$`).toContain(name);
        // A plural form for exactly one or two may say the number in words; every other message says every value.
        const m = PLURAL.exec(key);
        if (!m || m[2] === 'other') expect(names, `${locale}: ${key}`).toEqual(declared(source));
      }
    });

    it.skipIf(locale === 'en')('leaves no English copy behind', () => {
      const same = new Set(SAME_WORD[locale] ?? []);
      for (const [key, entry] of Object.entries(messages)) {
        // Punctuation around values ("$source$: “$credit$”") is no language.
        const words = entry.message.replace(/\$[a-z0-9_]+\$/gi, '');
        if (en[key]?.message !== entry.message || NAMES.has(entry.message) || same.has(key) || !/\p{L}/u.test(words)) continue;
        expect.fail(`${locale}: ${key} is still the English "${entry.message}"`);
      }
    });

    it('keeps the store description within 132 characters', () => {
      expect(messages.ext_description?.message.length).toBeLessThanOrEqual(132);
      expect(messages.ext_name?.message.length).toBeLessThanOrEqual(45);
    });
  });
});

/** Every source file of the extension (code, pages, manifest). */
function sources(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) {
        if (name !== '_locales') walk(file);
      } else if (/\.(ts|html)$/.test(name)) {
        out.push({ file: path.relative(ROOT, file), text: readFileSync(file, 'utf8') });
      }
    }
  };
  walk(path.join(ROOT, 'src'));
  out.push({ file: 'manifest.json', text: readFileSync(path.join(ROOT, 'manifest.json'), 'utf8') });
  return out;
}

describe('the keys in the code', () => {
  const files = sources();
  const all = files.map((f) => f.text).join('\n');

  it('exist in en: t(), tp(), tParts(), data-i18n, data-i18n-attr and __MSG_…__', () => {
    const missing: string[] = [];
    for (const { file, text } of files) {
      for (const m of text.matchAll(/\b(?:t|tParts)\(\s*'([a-z0-9_]+)'/g)) if (!en[m[1]!]) missing.push(`${file}: ${m[1]}`);
      for (const m of text.matchAll(/\btp\(\s*'([a-z0-9_]+)'/g)) if (!en[`${m[1]}_other`]) missing.push(`${file}: ${m[1]}_other`);
      for (const m of text.matchAll(/data-i18n="([^"]+)"/g)) if (!en[m[1]!]) missing.push(`${file}: ${m[1]}`);
      for (const m of text.matchAll(/data-i18n-attr="([^"]+)"/g)) {
        for (const pair of m[1]!.split(';')) {
          const key = pair.split(':')[1]?.trim() ?? '';
          if (!en[key]) missing.push(`${file}: ${key}`);
        }
      }
      for (const m of text.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)) if (!en[m[1]!]) missing.push(`${file}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
  });

  it('use every message of en (no stale translations)', () => {
    const unused = Object.keys(en).filter((key) => {
      const base = PLURAL.exec(key)?.[1];
      const names = base && enPluralBases.has(base) ? [key, base] : [key];
      return !names.some((name) => new RegExp(`(['"\`:]|__MSG_)${name}(['"\`;]|__)`).test(all));
    });
    expect(unused).toEqual([]);
  });

  it('the manifest is localized, with en as its default', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown> & {
      action: { default_title: string };
      commands: Record<string, { description: string }>;
    };
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toBe('__MSG_ext_name__');
    expect(manifest.description).toBe('__MSG_ext_description__');
    expect(manifest.action.default_title).toBe('__MSG_action_title__');
    for (const command of Object.values(manifest.commands)) expect(command.description).toMatch(/^__MSG_\w+__$/);
  });
});
