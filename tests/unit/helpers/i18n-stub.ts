/**
 * The browser's i18n API for unit tests: reads src/_locales/<locale>/messages.json and fills
 * placeholders as Chromium does ($name$ -> its content, $1…$9 -> substitutions, $$ -> $), falling
 * back to en for a missing key. Installed for every unit test by i18n-setup.ts (English).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const LOCALES_DIR = path.resolve(import.meta.dirname, '../../../src/_locales');

export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Messages = Record<string, LocaleMessage>;

export function readLocale(locale: string): Messages {
  return JSON.parse(readFileSync(path.join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Messages;
}

const RTL = new Set(['ar', 'he', 'fa', 'ur']);

/** Chromium's substitution: named placeholders, then positional ones, then `$$`. */
export function fillMessage(entry: LocaleMessage, substitutions: string[] = []): string {
  const fromPlaceholders = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (whole, name: string) => {
    const found = Object.entries(entry.placeholders ?? {}).find(([n]) => n.toLowerCase() === name.toLowerCase());
    return found ? found[1].content : whole;
  });
  return fromPlaceholders.replace(/\$(\d)|\$\$/g, (_whole, digit?: string) => (digit ? (substitutions[Number(digit) - 1] ?? '') : '$'));
}

export function i18nFor(locale: string, uiLanguage = locale.replace('_', '-')) {
  const messages = readLocale(locale);
  const en = readLocale('en');
  return {
    getUILanguage: () => uiLanguage,
    getMessage(name: string, subs?: string | string[]): string {
      if (name === '@@bidi_dir') return RTL.has(locale.split('_')[0]!) ? 'rtl' : 'ltr';
      if (name === '@@ui_locale') return locale;
      const entry = messages[name] ?? en[name];
      if (!entry) return '';
      return fillMessage(entry, typeof subs === 'string' ? [subs] : subs);
    },
  };
}

/** Puts `locale`'s messages behind globalThis.chrome.i18n (what src/shared/i18n.ts reads). */
export function installI18n(locale = 'en', uiLanguage?: string): void {
  const g = globalThis as { chrome?: Record<string, unknown> };
  g.chrome = { ...(g.chrome ?? {}), i18n: i18nFor(locale, uiLanguage) };
}
