/**
 * The picker's outline and label, drawn in a closed shadow root: the page's CSS cannot style them
 * and its scripts cannot read or click them (`host.shadowRoot` is null to them). The host is a
 * custom element with inline !important styles (only user and browser styles could beat them) and
 * no pointer events, so `elementFromPoint` sees through it to the page. The host goes in through
 * the change log (appended to <html>, where the keeper leaves new nodes alone) and comes out when
 * the picker leaves or the page is restored.
 */
import type { ChangeLog } from '../change-log';

const HOST_TAG = 'quiet-reader-picker';

function style(el: HTMLElement, props: Record<string, string>): void {
  for (const [name, value] of Object.entries(props)) el.style.setProperty(name, value, 'important');
}

export class PickerOverlay {
  readonly host: HTMLElement;
  private readonly box: HTMLElement;
  private readonly label: HTMLElement;
  private readonly hint: HTMLElement;

  constructor(private readonly doc: Document) {
    this.host = doc.createElement(HOST_TAG);
    style(this.host, { all: 'initial', position: 'fixed', inset: '0', 'z-index': '2147483647', 'pointer-events': 'none', display: 'block' });
    const shadow = this.host.attachShadow({ mode: 'closed' });
    this.box = doc.createElement('div');
    style(this.box, {
      position: 'fixed',
      display: 'none',
      'box-sizing': 'border-box',
      border: '2px solid #0b57d0',
      background: 'rgba(11, 87, 208, .12)',
      'pointer-events': 'none',
    });
    this.label = doc.createElement('div');
    this.hint = doc.createElement('div');
    const text = { font: '13px/1.4 system-ui, sans-serif', color: '#fff', background: '#0b57d0', padding: '3px 8px', 'border-radius': '4px', 'pointer-events': 'none', 'white-space': 'nowrap' };
    style(this.label, { ...text, position: 'fixed', display: 'none', 'max-width': '90vw', overflow: 'hidden', 'text-overflow': 'ellipsis' });
    style(this.hint, { ...text, position: 'fixed', bottom: '12px', left: '50%', transform: 'translateX(-50%)', background: '#1d1d1f' });
    shadow.append(this.box, this.label, this.hint);
  }

  show(log: ChangeLog): void {
    if (!this.host.isConnected) log.append(this.doc.documentElement, this.host);
  }

  remove(): void {
    this.host.remove();
  }

  setHint(text: string): void {
    this.hint.textContent = text;
  }

  /** Outlines `el` with its tag and size; none: hides the outline. */
  outline(el: Element | undefined): void {
    if (!el) {
      style(this.box, { display: 'none' });
      style(this.label, { display: 'none' });
      return;
    }
    const r = el.getBoundingClientRect();
    style(this.box, { display: 'block', left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
    this.label.textContent = `${describe(el)}  ${Math.round(r.width)} × ${Math.round(r.height)}`;
    const top = r.top > 26 ? r.top - 24 : Math.min(r.bottom + 2, (this.doc.defaultView?.innerHeight ?? 600) - 24);
    style(this.label, { display: 'block', left: `${Math.max(0, r.left)}px`, top: `${Math.max(0, top)}px` });
  }
}

/** `tag#id.class` for the label, bounded. */
export function describe(el: Element): string {
  const id = el.id ? `#${el.id}` : '';
  const cls = (el.getAttribute('class') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((c) => `.${c}`)
    .join('');
  return `${el.localName}${id}${cls}`.slice(0, 80);
}
