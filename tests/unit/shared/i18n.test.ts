/** The i18n wrapper over the browser's messages, in several languages (messages from src/_locales). */
import { afterEach, describe, expect, it } from 'vitest';
import { formatNumber, listParts, localizePage, messageLanguage, t, textDirection, tp, tParts, uiLanguage } from '../../../src/shared/i18n';
import { formatDate } from '../../../src/popup/format-date';
import { installI18n } from '../helpers/i18n-stub';

afterEach(() => installI18n('en'));

describe('t', () => {
  it('fills named placeholders in the reader’s language', () => {
    expect(t('popup_site_switch', { site: 'example.com' })).toBe('Clean example.com automatically');
    installI18n('de');
    expect(t('popup_site_switch', { site: 'example.com' })).toBe('example.com automatisch bereinigen');
    expect(t('popup_show_original')).toBe('Originalseite anzeigen');
  });

  it('passes several values by name, whatever order the sentence puts them in', () => {
    installI18n('tr');
    // Turkish puts the real host first.
    expect(t('popup_cite_claimed', { claimed: 'claimed.example', real: 'real.example' })).toBe('real.example yerine claimed.example adresini kaynak göster');
  });

  it('puts elements in place of placeholders, in order', () => {
    installI18n('ja');
    const kbd = document.createElement('kbd');
    kbd.textContent = 'Alt+Shift+R';
    const parts = tParts('welcome_shortcut_text', { shortcut: kbd });
    expect(parts[0]).toBe(kbd);
    expect(parts.slice(1).join('')).toBe(' で今のページを整理、または元に戻します。');
  });
});

describe('tp', () => {
  it.each<[string, number, string]>([
    ['en', 1, 'Credit copied.'],
    ['en', 2, '2 credits copied.'],
    ['ru', 1, 'Скопирована 1 подпись.'],
    ['ru', 3, 'Скопированы 3 подписи.'],
    ['ru', 5, 'Скопировано 5 подписей.'],
    ['ru', 21, 'Скопирована 21 подпись.'],
    ['pl', 22, 'Skopiowano 22 podpisy.'],
    ['pl', 25, 'Skopiowano 25 podpisów.'],
    ['ar', 2, 'نُسخ بيانا الحقوق.'],
    ['he', 2, 'שני הקרדיטים הועתקו.'],
    ['ja', 1, 'クレジットを 1 件コピーしました。'],
  ])('%s, %i: the form the language uses', (locale, count, text) => {
    installI18n(locale);
    expect(tp('popup_credits_copied', count)).toBe(text);
  });

  it('writes the number as the reader’s UI language does', () => {
    installI18n('de');
    expect(tp('status_too_large_count', 123456)).toContain('123.456 Elemente');
    installI18n('fr');
    expect(formatNumber(123456)).toBe('123\u202f456');
  });
});

describe('the language of dates and numbers, and the direction', () => {
  it('follows the UI language when the words are in it, else the words’ language', () => {
    installI18n('de', 'de-AT');
    expect(uiLanguage()).toBe('de-AT');
    installI18n('de', 'en-US');
    expect(uiLanguage()).toBe('de');
    expect(formatDate('2025-10-20', uiLanguage())).toBe('20.10.2025');
  });

  it('is right to left only for words written so, whatever the UI language', () => {
    installI18n('ar', 'en-US');
    expect(textDirection()).toBe('rtl');
    // A Persian UI has no translation: English words, left to right.
    installI18n('en', 'fa');
    expect(textDirection()).toBe('ltr');
  });
});

describe('listParts', () => {
  it('joins names with the language’s own “and”', () => {
    const names = ['A', 'B', 'C'].map((n) => document.createTextNode(n));
    installI18n('de');
    expect(
      listParts(names)
        .map((p) => (typeof p === 'string' ? p : p.textContent))
        .join(''),
    ).toBe('A, B und C');
  });
});

describe('localizePage', () => {
  const page = () => {
    document.documentElement.innerHTML =
      '<head><title data-i18n="options_title">x</title></head><body><button data-i18n="popup_show_original" data-i18n-attr="title:popup_clean_page; aria-label:popup_clean_page">x</button></body>';
    localizePage(document);
    return document.querySelector('button')!;
  };

  it('fills text and attributes, and sets <html lang> and dir', () => {
    installI18n('de');
    const button = page();
    expect(button.textContent).toBe('Originalseite anzeigen');
    expect(button.getAttribute('aria-label')).toBe('Diese Seite bereinigen');
    expect(document.title).toBe('Quiet Reader – Einstellungen');
    expect(document.documentElement.lang).toBe('de');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('lays Arabic and Hebrew out right to left', () => {
    for (const locale of ['ar', 'he']) {
      installI18n(locale);
      page();
      expect(document.documentElement.dir).toBe('rtl');
      expect(textDirection()).toBe('rtl');
      expect(document.documentElement.lang).toBe(messageLanguage());
    }
  });
});
