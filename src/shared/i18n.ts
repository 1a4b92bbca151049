/**
 * The extension's own words, in the reader's language: a typed wrapper over the browser's
 * `i18n.getMessage` (Chromium and Firefox read `_locales/<locale>/messages.json`; the build copies
 * src/_locales into each package). Page text never goes through here: it is the page's own.
 *
 * How to add a string:
 * 1. Add it to src/_locales/en/messages.json under a key named `<area>_<what>` (popup_…, options_…,
 *    status_…, welcome_…), with a "description" when the words alone do not say where they appear.
 * 2. Values go in named placeholders, never by concatenation: `"Clean $site$ automatically"` with
 *    `"placeholders": { "site": { "content": "$1", "example": "example.com" } }`. The placeholders'
 *    contents are `$1`, `$2`… in the alphabetical order of their names (t() passes named values in
 *    that order; tests/unit/shared/locales.test.ts checks it).
 * 3. A message that shows a number has plural forms: keys `<base>_one` and `<base>_other` in en, and
 *    in each locale every form its language's plural rules use (`_zero`, `_two`, `_few`, `_many`
 *    for ar, he, pl, ru, uk…); call `tp('<base>', count)`.
 * 4. In code, `t('popup_copy_citation')`, `t('popup_site_switch', { site })`; in a page's HTML,
 *    `data-i18n="popup_copy_citation"` (text) or `data-i18n-attr="aria-label:popup_attribution_label"`,
 *    and call `localizePage(document)`.
 * 5. Add the message to every other locale in src/_locales, written for a reader of that language.
 *    The locale test fails until every locale has every key, with the same placeholders.
 */
import type EN from '../_locales/en/messages.json';

type Catalog = typeof EN;
/** Every message name of en/messages.json. */
export type MessageKey = keyof Catalog;
type PlaceholderName<K extends MessageKey> = Catalog[K] extends { placeholders: infer P } ? keyof P & string : never;
/** Named values of one message: exactly its placeholders. */
export type MessageValues<K extends MessageKey> = Record<PlaceholderName<K>, string | number>;
type ValuesArg<K extends MessageKey> = [PlaceholderName<K>] extends [never] ? [] : [values: MessageValues<K>];
/** A message with plural forms, named without its `_one` / `_other` ending. */
export type PluralKey = { [K in MessageKey]: K extends `${infer B}_other` ? B : never }[MessageKey];

type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

interface I18nApi {
  getMessage(name: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

/** The browser's i18n API (Firefox's `browser`, Chromium's `chrome`); synchronous, so no polyfill needed. */
function api(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

function raw(key: string, substitutions?: string[]): string {
  return api()?.getMessage(key, substitutions) ?? '';
}

/** The language of the messages shown (the locale the browser picked from _locales), as BCP 47. */
export function messageLanguage(): string {
  return raw('locale_tag') || 'en';
}

const baseLanguage = (tag: string) => tag.split(/[-_]/)[0]?.toLowerCase() ?? '';

/**
 * The language dates and numbers follow: the browser's UI language (de-AT, pt-PT…) when the words
 * around them are in that language, else the words' language, so that a date never sits in a
 * sentence of another language ("Veröffentlicht am Oct 20, 2025"): a UI language without a
 * translation gets English words and English dates; headless Chromium reports en-US to extension
 * pages whatever words it picked.
 */
export function uiLanguage(): string {
  const words = messageLanguage();
  try {
    const ui = api()?.getUILanguage() ?? '';
    return ui && baseLanguage(ui) === baseLanguage(words) ? ui : words;
  } catch {
    return words;
  }
}

/** Languages written right to left, of those a browser may pick words in. */
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/**
 * 'rtl' when the words shown are Arabic or Hebrew. Taken from the words' language rather than from
 * the browser's @@bidi_dir, which follows the UI language: a Persian UI gets English words (no
 * translation), which must stay left to right, and headless Chromium answers 'ltr' whatever words it picked.
 */
export function textDirection(): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(baseLanguage(messageLanguage())) ? 'rtl' : 'ltr';
}

function safeIntl<T>(make: (locale: string | undefined) => T): T {
  try {
    return make(uiLanguage());
  } catch {
    return make(undefined);
  }
}

/** A number as the reader writes it (1,234 / 1.234 / 1 234…); `options` as Intl.NumberFormat's (digits shown…). */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return safeIntl((locale) => new Intl.NumberFormat(locale, options)).format(n);
}

/** A language's name in the reader's language ("ar" → "Arabic", "Arabisch"…); the tag itself when the browser has no name for it. */
export function languageName(tag: string): string {
  try {
    return safeIntl((locale) => new Intl.DisplayNames(locale, { type: 'language' })).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A share in per cent as the reader writes it (150 % / 150% / %150…); `percent` 150 is 150 %. */
export function formatPercent(percent: number): string {
  return safeIntl((locale) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })).format(percent / 100);
}

/** "A, B and C" in the reader's language, for plain text. */
export function formatList(items: string[]): string {
  return safeIntl((locale) => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);
}

function substitutions(values: Record<string, string | number> | undefined): string[] | undefined {
  if (!values) return undefined;
  return Object.keys(values)
    .sort()
    .map((name) => {
      const value = values[name] as string | number;
      return typeof value === 'number' ? formatNumber(value) : value;
    });
}

/** The message `key` in the reader's language, its named placeholders filled with `values`. */
export function t<K extends MessageKey>(key: K, ...[values]: ValuesArg<K>): string {
  return raw(key, substitutions(values as Record<string, string | number> | undefined)) || key;
}

/** The plural form of message `base` for `count` (the message language's plural rules), `count` filled in. */
export function tp<B extends PluralKey>(base: B, count: number, values: Omit<MessageValues<`${B}_other` & MessageKey>, 'count'> = {} as never): string {
  let category: PluralCategory = 'other';
  try {
    category = new Intl.PluralRules(messageLanguage()).select(count) as PluralCategory;
  } catch {
    // Unknown tag: the general form.
  }
  const subs = substitutions({ ...(values as Record<string, string | number>), count });
  return raw(`${base}_${category}`, subs) || raw(`${base}_other`, subs) || base;
}

const MARK = (i: number) => `\uE000${i}\uE001`;

/**
 * The message with elements in place of some placeholders ("By <span>Jane Doe</span>"): each
 * Node value comes back in its place, text around it as strings, to append to an element.
 */
export function tParts<K extends MessageKey>(key: K, values: Record<PlaceholderName<K>, string | number | Node>): (string | Node)[] {
  const nodes: Node[] = [];
  const text: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values as Record<string, string | number | Node>)) {
    if (typeof value === 'object') {
      text[name] = MARK(nodes.length);
      nodes.push(value);
    } else {
      text[name] = value;
    }
  }
  const message = raw(key, substitutions(text)) || key;
  const parts: (string | Node)[] = [];
  for (const piece of message.split(/(\uE000\d+\uE001)/)) {
    const m = /^\uE000(\d+)\uE001$/.exec(piece);
    if (m) parts.push(nodes[Number(m[1])] as Node);
    else if (piece) parts.push(piece);
  }
  return parts;
}

/** "A, B and C" in the reader's language, with nodes for the items. */
export function listParts(items: Node[]): (string | Node)[] {
  if (items.length <= 1) return items;
  const format = safeIntl((locale) => new Intl.ListFormat(locale, { type: 'conjunction' }));
  const marks = items.map((_, i) => MARK(i));
  return format.formatToParts(marks).map((part) => (part.type === 'element' ? (items[marks.indexOf(part.value)] as Node) : part.value));
}

/**
 * Fills an extension page's static words: `data-i18n` names the message for the element's text,
 * `data-i18n-attr` the messages for attributes ("aria-label:<key>; title:<key>"). Sets <html lang> and dir, so
 * Arabic and Hebrew lay the page out right to left (page text keeps its own dir="auto").
 */
export function localizePage(doc: Document): void {
  doc.documentElement.lang = messageLanguage();
  doc.documentElement.dir = textDirection();
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>('[data-i18n]'))) {
    el.textContent = raw(el.dataset.i18n ?? '') || el.textContent;
  }
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>('[data-i18n-attr]'))) {
    for (const pair of (el.dataset.i18nAttr ?? '').split(';')) {
      const [attr, key] = pair.split(':').map((s) => s.trim());
      if (!attr || !key) continue;
      const message = raw(key);
      if (message) el.setAttribute(attr, message);
    }
  }
}
