/**
 * The options page's corrections: the rules the reader made with the picker, per site, each with
 * what it matched last and a Delete button; and the settings file (settings and rules) to export
 * and import. Site names, selectors and previews go in as text only. An imported file is checked
 * whole (site-rules.ts parseSettingsFile) before anything is written; a bad one is named in plain
 * words in the page's status line.
 */
import { type MessageKey, t, tp } from '../shared/i18n';
import { getSettings, setSettings } from '../shared/settings';
import { getRules, onRulesChanged, parseSettingsFile, setRules, settingsFile, updateRules, withoutRule, type RulesBySite, type SiteRule } from '../shared/site-rules';

/** What each kind of rule is called in the list. */
const KIND_WORDS = { hide: 'options_rule_hide', article: 'options_rule_article', show: 'options_rule_show' } as const satisfies Record<SiteRule['kind'], MessageKey>;

const FILE_NAME = 'quiet-reader-settings.json';

function isSelector(selector: string): boolean {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

function renderRules(list: HTMLElement, empty: HTMLElement, rules: RulesBySite, say: (text: string) => void): void {
  const sites = Object.keys(rules).sort();
  list.replaceChildren(
    ...sites.map((site) => {
      const item = document.createElement('li');
      item.className = 'rule-site';
      const name = document.createElement('h3');
      name.textContent = site;
      const ul = document.createElement('ul');
      ul.className = 'rules';
      for (const rule of rules[site] ?? []) {
        const li = document.createElement('li');
        const what = document.createElement('div');
        const kind = document.createElement('strong');
        kind.textContent = t(KIND_WORDS[rule.kind]);
        const selector = document.createElement('code');
        selector.textContent = rule.selector;
        const preview = document.createElement('p');
        preview.className = 'rule-preview';
        preview.textContent = rule.preview || t('options_rule_no_preview');
        what.append(kind, ' ', selector, preview);
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.textContent = t('options_rule_delete');
        remove.setAttribute('aria-label', t('options_rule_delete_label', { selector: rule.selector, site }));
        remove.addEventListener('click', async () => {
          await updateRules((all) => withoutRule(all, site, rule.kind, rule.selector));
          say(t('options_rule_deleted', { site }));
        });
        li.append(what, remove);
        ul.append(li);
      }
      item.append(name, ul);
      return item;
    }),
  );
  empty.hidden = sites.length > 0;
}

export async function mountRulesSection(say: (text: string) => void): Promise<void> {
  const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const list = byId<HTMLUListElement>('rules');
  const empty = byId('rules-empty');
  const render = (rules: RulesBySite) => renderRules(list, empty, rules, say);
  onRulesChanged(render);
  render(await getRules());

  byId<HTMLButtonElement>('export-settings').addEventListener('click', async () => {
    const file = settingsFile(await getSettings(), await getRules());
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = FILE_NAME;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    say(t('options_exported'));
  });

  const input = byId<HTMLInputElement>('import-settings');
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      say(t('options_import_unreadable'));
      return;
    }
    const parsed = parseSettingsFile(text, isSelector);
    if (!parsed.ok) {
      say(parsed.message);
      return;
    }
    await setSettings(parsed.settings);
    await setRules(parsed.rules);
    say(tp('options_imported', Object.keys(parsed.rules).length));
  });
}
