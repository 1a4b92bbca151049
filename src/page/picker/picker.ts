/**
 * The picker: lives in the page (the toolbar popup closes when it starts). The element under the
 * pointer is outlined with its size; ↑ / wheel up move the choice to the parent, ↓ / wheel down
 * back to the child; a click or Enter chooses; Esc leaves. While it runs, the page's own pointer,
 * click and key handlers do not fire: window capture-phase listeners stop every such event first
 * (and ignore events a script made up, so a page cannot choose for the reader). Leaving removes
 * the listeners and the overlay: the page is as it was, but for what the reader chose.
 */
import type { ChangeLog } from '../change-log';
import { HIDE_ATTR } from '../markers';
import { PickerOverlay } from './overlay';

/** What the reader's choice did, said in the label; `leave`: the picker's work is done. */
export interface Outcome {
  message: string;
  leave: boolean;
}

export interface PickerHooks {
  /** The reader chose `el` (hide or article mode; in peek mode, a hidden block to bring back). */
  choose(el: Element): Outcome;
  /** Called once the picker has left. */
  left(): void;
}

export type PickerKind = 'choose' | 'peek';

const STOPPED = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'touchstart',
  'touchend',
  'keydown',
  'keyup',
  'keypress',
  'wheel',
  'mouseover',
  'mouseout',
  'pointerover',
  'pointerout',
  'submit',
];
const MOVES = ['mousemove', 'pointermove'];
const PICKER_KEYS = new Set(['Escape', 'ArrowUp', 'ArrowDown', 'Enter']);
/** Depth bound when walking up from the pointer's element. */
const MAX_DEPTH = 400;

/** The outermost element with the hide marker holding `el`, if any. */
export function outermostHidden(el: Element | null): Element | undefined {
  let found: Element | undefined;
  for (let e = el, n = 0; e && n < MAX_DEPTH; e = e.parentElement, n++) if (e.hasAttribute(HIDE_ATTR)) found = e;
  return found;
}

export class Picker {
  private readonly overlay: PickerOverlay;
  private current: Element | undefined;
  /** The children the choice came up from, for ↓. */
  private trail: Element[] = [];
  private readonly aborter = new AbortController();
  private active = false;
  private flash: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly log: ChangeLog,
    private readonly kind: PickerKind,
    private readonly hint: string,
    private readonly hooks: PickerHooks,
  ) {
    this.overlay = new PickerOverlay(doc);
  }

  get running(): boolean {
    return this.active;
  }

  start(): void {
    const win = this.doc.defaultView;
    if (!win || this.active) return;
    this.active = true;
    this.overlay.show(this.log);
    this.overlay.setHint(this.hint);
    const opts = { capture: true, passive: false, signal: this.aborter.signal };
    for (const type of STOPPED) win.addEventListener(type, (e) => this.onEvent(e), opts);
    for (const type of MOVES) win.addEventListener(type, (e) => this.onMove(e as MouseEvent), opts);
    win.addEventListener('scroll', () => this.overlay.outline(this.current), { capture: true, passive: true, signal: this.aborter.signal });
  }

  leave(): void {
    if (!this.active) return;
    this.active = false;
    this.aborter.abort();
    if (this.flash) clearTimeout(this.flash);
    this.overlay.remove();
    this.current = undefined;
    this.hooks.left();
  }

  /** The element the pointer is on, as this picker picks: a page block, or in peek mode the hidden block holding it. */
  private target(x: number, y: number): Element | undefined {
    const el = this.doc.elementFromPoint(x, y);
    if (!el || el === this.overlay.host) return undefined;
    if (this.kind === 'peek') return outermostHidden(el);
    return el === this.doc.documentElement || el === this.doc.body ? undefined : el;
  }

  private onMove(e: MouseEvent): void {
    e.stopImmediatePropagation();
    if (!e.isTrusted) return;
    const el = this.target(e.clientX, e.clientY);
    if (el !== this.current && !(el && this.trail.includes(el))) {
      this.current = el;
      this.trail = [];
      this.overlay.outline(el);
    }
  }

  private select(el: Element | undefined): void {
    this.current = el;
    this.overlay.outline(el);
  }

  private up(): void {
    const parent = this.current?.parentElement;
    if (!this.current || !parent || parent === this.doc.body || parent === this.doc.documentElement || this.kind === 'peek') return;
    this.trail.push(this.current);
    this.select(parent);
  }

  private down(): void {
    if (!this.current || this.kind === 'peek') return;
    const child = this.trail.pop() ?? this.current.firstElementChild ?? undefined;
    if (child) this.select(child);
  }

  private onEvent(e: Event): void {
    e.stopImmediatePropagation();
    // Keys the picker does not use keep their browser action (Page Down, Space, Home scroll the
    // page, so the reader can reach a block further down); the page's own handlers still do not run.
    const key = e.type.startsWith('key') ? (e as KeyboardEvent).key : undefined;
    if (e.cancelable && (key === undefined || PICKER_KEYS.has(key))) e.preventDefault();
    if (!e.isTrusted || !this.active) return;
    if (e.type === 'keydown') {
      const key = (e as KeyboardEvent).key;
      if (key === 'Escape') this.leave();
      else if (key === 'ArrowUp') this.up();
      else if (key === 'ArrowDown') this.down();
      else if (key === 'Enter' && this.current) this.choose(this.current);
    } else if (e.type === 'wheel') {
      const dy = (e as WheelEvent).deltaY;
      if (dy < 0) this.up();
      else if (dy > 0) this.down();
    } else if (e.type === 'click') {
      const m = e as MouseEvent;
      if (m.button !== 0) return;
      const el = this.current ?? this.target(m.clientX, m.clientY);
      if (el) this.choose(el);
    }
  }

  private choose(el: Element): void {
    let outcome: Outcome;
    try {
      outcome = this.hooks.choose(el);
    } catch {
      outcome = { message: '', leave: true };
    }
    if (outcome.leave) {
      this.leave();
      return;
    }
    this.current = undefined;
    this.trail = [];
    this.overlay.outline(undefined);
    this.overlay.setHint(outcome.message);
    if (this.flash) clearTimeout(this.flash);
    this.flash = setTimeout(() => this.overlay.setHint(this.hint), 2500);
  }
}
