/**
 * "Copy citation" (style chosen by the reader, remembered) and "Copy credit" (every image
 * credit, one per line). Clipboard access is passed in so the logic runs in tests.
 */
import type { Attribution } from '../reader/attribution/model';
import { t, tp } from '../shared/i18n';
import { formatCitation, formatCredit, isCitationFormat, type CitationFormat } from '../reader/citation/format-citation';

export type WriteText = (text: string) => Promise<void>;

export interface CopyControls {
  format: HTMLSelectElement;
  copyCitation: HTMLButtonElement;
  copyCredit: HTMLButtonElement;
  feedback: HTMLElement;
}

const FORMAT_KEY = 'citation-format';

/** The clipboard API, with the old execCommand path for when it is refused. */
export async function writeToClipboard(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    if (!ok) throw new Error('copy refused');
  }
}

export function creditText(a: Attribution): string {
  return a.credits.map(formatCredit).join('\n');
}

function savedFormat(storage: Storage | undefined): CitationFormat {
  try {
    const saved = storage?.getItem(FORMAT_KEY);
    return isCitationFormat(saved) ? saved : 'apa';
  } catch {
    return 'apa';
  }
}

/** Wires the controls to one attribution; `now` fixes the access date in tests. */
export function wireCopyControls(
  controls: CopyControls,
  attribution: Attribution,
  writeText: WriteText = writeToClipboard,
  storage: Storage | undefined = globalThis.localStorage,
  now: () => Date = () => new Date(),
): void {
  const { format, copyCitation, copyCredit, feedback } = controls;
  format.value = savedFormat(storage);
  format.onchange = () => {
    try {
      storage?.setItem(FORMAT_KEY, format.value);
    } catch {
      // Storage refused (private mode): the choice lasts until the popup closes.
    }
  };
  const copy = async (text: string, done: string) => {
    try {
      await writeText(text);
      feedback.textContent = done;
    } catch {
      feedback.textContent = t('popup_copy_failed');
    }
  };
  copyCitation.onclick = () => {
    const style = isCitationFormat(format.value) ? format.value : 'apa';
    const label = format.selectedOptions[0]?.textContent ?? style;
    void copy(formatCitation(attribution, style, now()), t('popup_citation_copied', { style: label }));
  };
  copyCredit.hidden = attribution.credits.length === 0;
  copyCredit.onclick = () => {
    void copy(creditText(attribution), tp('popup_credits_copied', attribution.credits.length));
  };
}
