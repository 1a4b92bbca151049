/**
 * The popup's per-site switch ("Clean <site> automatically") and, when the browser has not
 * granted host access (Firefox may not at install), a button to allow automatic cleanup.
 * Built with DOM APIs; the site name comes from the page's address and goes in as text only.
 */
import { t, tParts } from '../shared/i18n';
import { getSettings, hasAutoCleanAccess, requestAutoCleanAccess, setSitePolicy, sitePolicy, siteOf, type Settings, type SitePolicy } from '../shared/settings';

/** Whether the site is cleaned automatically under these settings, as the switch shows it. */
export function switchIsOn(settings: Settings, pageUrl: string): boolean {
  const policy = sitePolicy(settings, pageUrl);
  return policy === 'always' || (policy === 'default' && settings.autoClean);
}

/**
 * The policy that makes the switch say what the reader set, changing as little as possible:
 * turning it on where automatic cleanup is on anyway just takes the site off the "never" list.
 */
export function policyForSwitch(settings: Settings, on: boolean): SitePolicy {
  if (!on) return 'never';
  return settings.autoClean ? 'default' : 'always';
}

function hintFor(on: boolean, settings: Settings, pageUrl: string): string {
  if (!on) return t('popup_site_hint_off');
  return sitePolicy(settings, pageUrl) === 'always' ? t('popup_site_hint_always') : t('popup_site_hint_articles');
}

export async function mountSiteSwitch(container: HTMLElement, pageUrl: string | undefined): Promise<void> {
  const site = siteOf(pageUrl);
  container.replaceChildren();
  if (!site || !pageUrl || !/^https?:/i.test(pageUrl)) return;

  let settings = await getSettings();
  const row = document.createElement('label');
  row.className = 'site-switch';
  row.style.cssText = 'display:flex;align-items:center;gap:8px;margin-top:10px;cursor:pointer';
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.setAttribute('role', 'switch');
  input.id = 'site-switch';
  input.checked = switchIsOn(settings, pageUrl);
  const text = document.createElement('span');
  // The site's name keeps its own direction inside a right-to-left sentence.
  const name = document.createElement('span');
  name.dir = 'auto';
  name.textContent = site;
  text.append(...tParts('popup_site_switch', { site: name }));
  row.append(input, text);

  const hint = document.createElement('p');
  hint.className = 'site-switch-hint';
  hint.style.cssText = 'margin-block:2px 0;margin-inline:26px 0;font-size:12px;opacity:.75';
  hint.textContent = hintFor(input.checked, settings, pageUrl);
  container.append(row, hint);

  input.addEventListener('change', async () => {
    input.disabled = true;
    try {
      settings = await setSitePolicy(site, policyForSwitch(settings, input.checked));
    } catch {
      // Storage refused (quota): show what is stored.
      settings = await getSettings();
    }
    input.checked = switchIsOn(settings, pageUrl);
    hint.textContent = hintFor(input.checked, settings, pageUrl);
    input.disabled = false;
  });

  if (await hasAutoCleanAccess()) return;
  const allow = document.createElement('button');
  allow.type = 'button';
  allow.id = 'allow-auto-clean';
  allow.textContent = t('access_allow_button');
  allow.style.marginTop = '8px';
  const why = document.createElement('p');
  why.style.cssText = 'margin:4px 0 0;font-size:12px;opacity:.75';
  why.textContent = t('popup_access_why');
  allow.addEventListener('click', () => {
    // No await before the request: Firefox only honours it inside the click.
    void requestAutoCleanAccess().then((granted) => {
      if (granted) {
        allow.remove();
        why.textContent = t('popup_access_granted');
      }
    });
  });
  container.append(allow, why);
}
