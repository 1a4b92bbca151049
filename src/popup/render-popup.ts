/** Puts one TabState on screen: status words, attribution, toggle label, copy controls. */
import type { TabState } from '../shared/messages';
import { renderAttribution, type RenderOptions } from './render-attribution';
import { statusText } from './status-text';
import { wireCopyControls, type CopyControls, type WriteText } from './copy-citation';
import { cleanText } from '../shared/safe-url';

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

export function renderPopup(els: PopupElements, state: TabState, options: RenderOptions & { writeText?: WriteText } = {}): void {
  const doc = els.status.ownerDocument;
  doc.body.dataset.status = state.status;
  const words = statusText(state);
  els.status.textContent = cleanText(words.text, 300);
  els.statusDetail.textContent = cleanText(words.detail ?? '', 300);
  els.statusDetail.hidden = !words.detail;
  els.attribution.replaceChildren();
  const a = state.attribution;
  // Attribution is shown for cleaned and restored pages; other states have nothing trustworthy to show.
  const show = a !== undefined && (state.status === 'clean' || state.status === 'original');
  if (show) els.attribution.append(renderAttribution(a, options));
  els.attribution.hidden = !show;
  els.copy.hidden = !show;
  if (show) wireCopyControls(els.controls, a, options.writeText);
  const canToggle = state.status === 'clean' || state.status === 'original';
  els.toggle.hidden = !canToggle;
  els.toggle.textContent = state.status === 'clean' ? 'Show original page' : 'Clean this page';
}
