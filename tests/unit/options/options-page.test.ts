/** The options page in the reader's language: static words, the site lists' counts (plural forms) and their buttons. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { installI18n } from '../helpers/i18n-stub';

const HTML = readFileSync(path.resolve(import.meta.dirname, '../../../src/options/options.html'), 'utf8');

// The rules section (corrections, issue 22) reads storage.local and follows its changes: no rules here.
vi.mock('webextension-polyfill', () => ({
  default: {
    tabs: { create: vi.fn() },
    runtime: { getURL: (p: string) => p },
    storage: { local: { get: async () => ({}), set: vi.fn() }, onChanged: { addListener: vi.fn(), removeListener: vi.fn() } },
  },
}));
vi.mock('../../../src/shared/settings', () => ({
  getSettings: async () => ({
    version: 2,
    autoClean: true,
    keepImages: true,
    keepComments: false,
    showWhatsNew: false,
    alwaysSites: ['a.example', 'b.example', 'c.example'],
    neverSites: ['n.example'],
  }),
  hasAutoCleanAccess: async () => true,
  onSettingsChanged: () => () => undefined,
  requestAutoCleanAccess: async () => true,
  setSettings: vi.fn(),
  setSitePolicy: vi.fn(),
}));

describe('the options page', () => {
  it('speaks Russian, with the right plural form for each list', async () => {
    installI18n('ru');
    document.documentElement.innerHTML = HTML.replace(/^<!doctype html>/i, '');
    await import('../../../src/options/index');
    await vi.waitFor(() => expect(document.getElementById('alwaysSites-count')?.textContent).toBe('3 сайта'));
    expect(document.getElementById('neverSites-count')?.textContent).toBe('1 сайт');
    expect(document.getElementById('auto-heading')?.textContent).toBe('Автоматическая очистка');
    expect(document.querySelector('#alwaysSites button')?.getAttribute('aria-label')).toBe('Удалить a.example');
    expect(document.getElementById('neverSites-empty')?.hidden).toBe(true);
    expect(document.title).toBe('Настройки Quiet Reader');
    expect(document.getElementById('rules-heading')?.textContent).toBe('Ваши исправления');
    expect(document.getElementById('rules-empty')?.textContent).toBe('Исправлений пока нет. Используйте «Скрыть что-то ещё» или «Это статья» в окне Quiet Reader.');
    expect(document.getElementById('export-settings')?.textContent).toBe('Экспортировать настройки');
    expect((document.getElementById('import-settings') as HTMLInputElement).labels?.[0]?.textContent).toBe('Импортировать настройки');
    expect(document.documentElement.lang).toBe('ru');
    expect((document.getElementById('showWhatsNew') as HTMLInputElement).checked).toBe(false);
  });
});
