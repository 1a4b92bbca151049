/**
 * Keeps a cleaned page clean: one MutationObserver, its records handled once per frame.
 * New nodes outside the article are hidden; overlays that appear inside it are hidden; markers the
 * page strips are put back; scroll locks the page re-applies are released again.
 * A budget and a circuit breaker stop the work if the page keeps undoing it, leaving the page as
 * it is at that moment (article visible, readable).
 */
import { isDroppedBoilerplate, isHideable, pathTo } from '../reader/plan/hide-plan';
import { HIDE_ATTR, STATE_ATTR } from './markers';

export interface KeepCleanHooks {
  /** The elements we keep visible (article root, headline, byline…), read on every batch. */
  keepNodes(): readonly Element[];
  hide(el: Element): void;
  /** Re-sets <html data-quiet-reader>. */
  remark(): void;
  /** Called when <html>/<body> classes or styles changed; releases locks again if needed. */
  relock(): void;
  /** Called once when the breaker trips. */
  onTrip?(reason: string): void;
}

/** A page that strips the same marker this often is fighting us. */
export const MAX_STRIPS_PER_ELEMENT = 8;
/** At most this many corrections in any one window of WINDOW_MS… */
export const MAX_ACTIONS_PER_WINDOW = 400;
export const WINDOW_MS = 5_000;
/** …and at most this much of our own time per window. */
export const MAX_MS_PER_WINDOW = 250;

export class KeepClean {
  private readonly observer: MutationObserver;
  /** Watches only <html>/<body> class and style, so page animations elsewhere cost us nothing. */
  private readonly lockObserver: MutationObserver;
  private queue: MutationRecord[] = [];
  private scheduled = false;
  private stopped = false;
  private readonly strips = new WeakMap<Element, number>();
  private windowStart = 0;
  private windowActions = 0;
  private windowMs = 0;
  /** Total corrections made, for tests and the popup. */
  actions = 0;
  tripped: string | undefined;

  constructor(
    private readonly doc: Document,
    private readonly hooks: KeepCleanHooks,
  ) {
    const enqueue = (records: MutationRecord[]) => {
      this.queue.push(...records);
      this.schedule();
    };
    this.observer = new MutationObserver(enqueue);
    this.lockObserver = new MutationObserver(enqueue);
  }

  /** Watches the page until `signal` aborts (the cleanup that started it was undone) or the breaker trips. */
  start(signal: AbortSignal): void {
    if (signal.aborted) return;
    signal.addEventListener('abort', () => this.stop(), { once: true });
    const html = this.doc.documentElement;
    this.observer.observe(html, { childList: true, subtree: true, attributes: true, attributeFilter: [HIDE_ATTR, STATE_ATTR], attributeOldValue: true });
    for (const el of [html, this.doc.body]) {
      if (el) this.lockObserver.observe(el, { attributes: true, attributeFilter: ['class', 'style'] });
    }
  }

  /** Judges changes made before it started (while the page's copy was read), in its next batch. */
  replay(records: readonly MutationRecord[]): void {
    if (this.stopped || records.length === 0) return;
    this.queue.push(...records);
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    this.lockObserver.disconnect();
    this.queue = [];
  }

  private schedule(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    const win = this.doc.defaultView;
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      this.scheduled = false;
      this.flush();
    };
    // rAF does not fire in background tabs; the timeout makes sure the batch runs anyway.
    win?.requestAnimationFrame?.(run);
    setTimeout(run, 100);
  }

  private flush(): void {
    if (this.stopped) return;
    const records = this.queue;
    this.queue = [];
    const started = performance.now();
    if (started - this.windowStart > WINDOW_MS) {
      this.windowStart = started;
      this.windowActions = 0;
      this.windowMs = 0;
    }
    let actions = 0;
    try {
      actions = this.process(records);
    } catch {
      // Never throw into the page; a failed batch is simply skipped.
    }
    this.actions += actions;
    this.windowActions += actions;
    this.windowMs += performance.now() - started;
    if (this.windowActions > MAX_ACTIONS_PER_WINDOW) this.trip(`more than ${MAX_ACTIONS_PER_WINDOW} corrections in ${WINDOW_MS / 1000} s`);
    else if (this.windowMs > MAX_MS_PER_WINDOW) this.trip(`more than ${MAX_MS_PER_WINDOW} ms of work in ${WINDOW_MS / 1000} s`);
  }

  private trip(reason: string): void {
    if (this.tripped) return;
    this.tripped = reason;
    this.stop();
    this.hooks.onTrip?.(reason);
  }

  private process(records: MutationRecord[]): number {
    const keep = this.hooks.keepNodes().filter((el) => el.isConnected);
    if (keep.length === 0) return 0;
    const path = pathTo(keep);
    const html = this.doc.documentElement;
    let actions = 0;
    let relock = false;
    const added = new Set<Element>();
    for (const record of records) {
      if (record.type === 'childList') {
        for (const node of Array.from(record.addedNodes)) if (node.nodeType === 1) added.add(node as Element);
        continue;
      }
      const el = record.target as Element;
      if (record.attributeName === HIDE_ATTR) {
        if (record.oldValue !== null && !el.hasAttribute(HIDE_ATTR) && el.isConnected && !path.has(el)) {
          const strips = (this.strips.get(el) ?? 0) + 1;
          this.strips.set(el, strips);
          if (strips > MAX_STRIPS_PER_ELEMENT) {
            this.trip('the page keeps removing what Quiet Reader hides');
            return actions;
          }
          this.hooks.hide(el);
          actions++;
        }
      } else if (record.attributeName === STATE_ATTR) {
        if (el === html && html.getAttribute(STATE_ATTR) !== 'clean') {
          this.hooks.remark();
          actions++;
        }
      } else if (el === html || el === this.doc.body) {
        relock = true;
      }
    }
    for (const node of added) {
      if (!node.isConnected || node.hasAttribute(HIDE_ATTR)) continue;
      if (path.has(node)) continue; // it holds what we keep (e.g. the page wrapped the article)
      const insideKept = keep.some((k) => k.contains(node));
      if (insideKept) {
        // Inside the article only overlays and page furniture are hidden; late content stays.
        if (isHideable(node) && isDroppedBoilerplate(node, (el) => this.doc.defaultView?.getComputedStyle(el).position ?? '')) {
          this.hooks.hide(node);
          actions++;
        }
        continue;
      }
      // Outside: hide the topmost new-or-old ancestor that hangs off the path.
      let top: Element = node;
      while (top.parentElement && !path.has(top.parentElement)) top = top.parentElement;
      if (!top.parentElement || top.hasAttribute(HIDE_ATTR) || !isHideable(top)) continue;
      if (top.parentElement === html) continue; // <head>/<body> themselves
      this.hooks.hide(top);
      actions++;
    }
    if (relock) {
      this.hooks.relock();
    }
    return actions;
  }
}
