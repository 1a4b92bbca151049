/** Puts one TabState on screen: status words, attribution, toggle label, copy controls. */
import type { TabState } from '../shared/protocol';
import { renderAttribution, type RenderOptions } from './render-attribution';
import { statusText } from './status-text';
import { wireCopyControls, type CopyControls, type WriteText } from './copy-citation';
import { cleanText } from '../shared/safe-url';
import { el } from './dom';
import { t, tParts } from '../shared/i18n';
import { checkSource, forCitation, type SourceCheck } from './real-source';

export interface PopupOptions extends RenderOptions {
  writeText?: WriteText;
  /** The tab's real address (tabs.get), to hold the page's claims against. */
  tabUrl?: string;
  /** The reader chose to cite the address the page claims. */
  trustClaim?: boolean;
}

/** "On <host>", and when the page claims another site, that in plain words with the reader's choice of address to cite. */
function sourceNote(check: SourceCheck, trustClaim: boolean, onChoice: (trust: boolean) => void): HTMLElement {
  const box = el('div', { class: 'real-source' });
  const host = el('strong', { class: 'real-host', dir: 'auto' });
  host.textContent = check.realHost;
  box.append(el('p', { class: 'real-host-line' }, ...tParts('popup_on_host', { host })));
  if (check.claimedHost) {
    const hostText = (name: string) => el('span', { dir: 'auto' }, name);
    box.append(el('p', { class: 'claim-note note' }, ...tParts('popup_claim_note', { claimed: hostText(check.claimedHost), real: hostText(check.realHost) })));
    const box2 = el('input', { type: 'checkbox', id: 'trust-claim' }) as HTMLInputElement;
    box2.checked = trustClaim;
    box2.onchange = () => onChoice(box2.checked);
    box.append(el('label', { class: 'trust-claim' }, box2, ' ', ...tParts('popup_cite_claimed', { claimed: hostText(check.claimedHost), real: hostText(check.realHost) })));
  }
  return box;
}

export interface PopupElements {
  status: HTMLElement;
  statusDetail: HTMLElement;
  attribution: HTMLElement;
  toggle: HTMLButtonElement;
  copy: HTMLElement;
  controls: CopyControls;
}

export function popupElements(doc: Document): PopupElements {
  const byId = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  return {
    status: byId('status'),
    statusDetail: byId('status-detail'),
    attribution: byId('attribution'),
    toggle: byId<HTMLButtonElement>('toggle'),
    copy: byId('copy-controls'),
    controls: {
      format: byId<HTMLSelectElement>('citation-format'),
      copyCitation: byId<HTMLButtonElement>('copy-citation'),
      copyCredit: byId<HTMLButtonElement>('copy-credit'),
      feedback: byId('copy-feedback'),
    },
  };
}

export function renderPopup(els: PopupElements, state: TabState, options: PopupOptions = {}): void {
  const doc = els.status.ownerDocument;
  doc.body.dataset.status = state.status;
  const words = statusText(state);
  els.status.textContent = cleanText(words.text, 300);
  els.statusDetail.textContent = cleanText(words.detail ?? '', 300);
  els.statusDetail.hidden = !words.detail;
  els.attribution.replaceChildren();
  const claimed = state.attribution;
  // Attribution is shown for cleaned and restored pages, and for a page with no article to clean
  // (to cite it all the same); other states have nothing read to show.
  const show = claimed !== undefined && (state.status === 'clean' || state.status === 'original' || state.status === 'no-article');
  if (show) {
    const check = checkSource(claimed, options.tabUrl ?? state.url);
    const trust = options.trustClaim === true;
    const a = forCitation(claimed, check, trust);
    els.attribution.append(renderAttribution(a, options));
    if (check) els.attribution.append(sourceNote(check, trust, (trustClaim) => renderPopup(els, state, { ...options, trustClaim })));
    wireCopyControls(els.controls, a, options.writeText);
  }
  els.attribution.hidden = !show;
  els.copy.hidden = !show;
  const canToggle = state.status === 'clean' || state.status === 'original';
  els.toggle.hidden = !canToggle;
  els.toggle.textContent = state.status === 'clean' ? t('popup_show_original') : t('popup_clean_page');
}
