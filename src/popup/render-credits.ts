/**
 * The credit lines of the article's images: who, licence (linked to its deed), via — each an
 * ImageObject in microdata with its creditText and license.
 */
import type { Credit } from '../reader/attribution/model';
import { LIMITS } from '../reader/attribution/limits';
import { el, pageText, safeLink } from './dom';
import { fromText } from './source-labels';
import { t, tParts } from '../shared/i18n';

function licenseNode(credit: Credit): HTMLElement | undefined {
  if (!credit.license) return undefined;
  return safeLink(credit.license.url, pageText(credit.license.name, LIMITS.name), { itemprop: 'license', class: 'license' });
}

/** One credit: "Source: UNCTAD, CC BY-SA 2.0, via Wikimedia Commons", licence linked. */
export function renderCredit(credit: Credit): HTMLLIElement {
  const item = el('li', { itemprop: 'image', itemscope: '', itemtype: 'https://schema.org/ImageObject', title: t('popup_credit_title', { source: fromText(credit.source), credit: credit.text }) });
  const line = el('span', { itemprop: 'creditText', class: 'credit-text' });
  const structured = credit.who !== undefined || credit.license !== undefined || credit.via !== undefined;
  if (!structured) {
    line.append(pageText(credit.text, LIMITS.credit));
  } else {
    const parts: Node[] = [];
    if (credit.who) {
      // The page's own "Photo: Jane Doe" keeps its direction (and its colon) inside a right-to-left line.
      const who = el('span', { class: 'credit-who', dir: 'auto' });
      if (credit.kind) who.append(el('span', { class: 'credit-kind' }, credit.kind === '©' ? '© ' : `${credit.kind}: `));
      who.append(pageText(credit.who, LIMITS.name, { itemprop: 'creator' }));
      parts.push(who);
    }
    const license = licenseNode(credit);
    if (license) parts.push(license);
    if (credit.via) {
      parts.push(el('span', { class: 'credit-via' }, ...tParts('popup_credit_via', { source: pageText(credit.via, LIMITS.name) })));
    }
    parts.forEach((part, i) => {
      if (i > 0) line.append(', ');
      line.append(part);
    });
  }
  item.append(line);
  if (credit.licensePage) {
    item.append(' ', safeLink(credit.licensePage, t('popup_licensing'), { itemprop: 'acquireLicensePage', class: 'muted' }));
  }
  return item;
}

export function renderCredits(credits: Credit[]): HTMLElement | undefined {
  if (credits.length === 0) return undefined;
  const list = el('ul', { class: 'credits' });
  for (const credit of credits.slice(0, LIMITS.credits)) list.append(renderCredit(credit));
  return el('section', { class: 'credits-section', 'aria-labelledby': 'credits-title' }, el('h2', { id: 'credits-title' }, t('popup_credits_heading')), list);
}
