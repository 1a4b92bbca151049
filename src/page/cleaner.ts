/**
 * The cleaner of one page: cleans in place, keeps it clean, restores exactly. Owns every change,
 * observer and timer it starts, so restore can undo and stop them all.
 */
import type { Attribution } from '../reader/attribution/model';
import { DEFAULT_CLEAN_OPTIONS, type CleanOptions, type CleanStatus, type NoArticleWhy, type PageRules, type PickMode, type ReadingRoute, type TabState, type Trigger } from '../shared/protocol';
import { rememberedDetection } from './detect/last-detection';
import { clickVerdict, readingLooksLikeListing } from './non-article';
import { ChangeLog } from './change-log';
import { askExtractor, pairAnswer, type PairedAnswer, type RoutedExtractor } from './ask-extractor';
import { commonAncestor, liveElements, MAX_ELEMENTS, type MappedPlan } from '../reader/read/pairing';
import type { InPlaceLoader } from './in-place-loader';
import { planCleanup, type CleanupPlan } from '../reader/plan/cleanup-plan';
import { KeepClean } from './keeper';
import { HIDE_ATTR, PEEK_ATTR, REVEAL_ATTR, STATE_ATTR, UNLOCK_ATTR, WIDEN_ATTR } from './markers';
import { applyRules, holdsKept, keptOutside, planFromRoot, type RuleMatch } from './corrections';
import { loadedPicker, type CorrectionsHost, type PageCorrections, type Report } from './picker/loader';
import { widenIfNarrow } from './reading-width';
import { findInvisibleContainers, revealContainers } from './reveal';
import { applyScrollLocks, planScrollLocks, releaseScrollLocks } from './scroll-lock';
import { planSight } from './verify-article';
import { strayText } from './stray-text';
import { type MessageKey, t, tp } from '../shared/i18n';
import { COMFORT_ATTRS, COMFORT_TARGET_ATTR, DEFAULT_COMFORT, type ComfortOptions } from '../shared/comfort';
import type { ReadingEstimate } from '../reader/comfort/reading-time';
import { applyComfort, markComfortTargets, readingOf, startProgressBar } from './comfort';

/**
 * A plan made on the copy, with the blocks the copy could not judge without styles hidden if
 * fixed or sticky. (What the page added while its copy was read is not in the plan: the keeper
 * judges it, from the changes recorded meanwhile.)
 */
function onThePage(plan: MappedPlan, positionOf: (el: Element) => string): CleanupPlan {
  const hide = [...plan.hide];
  for (const el of plan.positioned) {
    const position = positionOf(el);
    if (position === 'fixed' || position === 'sticky') hide.push(el);
  }
  return { root: plan.root, keepNodes: plan.keepNodes, hide };
}

/** The words under "No article found" for each reason the reader names (its own `reason` is English). */
const WHY_WORDS = {
  'copy-too-large': 'reason_copy_too_large',
  'no-article': 'reason_no_article',
  'too-little-text': 'reason_too_little_text',
  'not-located': 'reason_not_located',
  changed: 'reason_changed',
} as const satisfies Record<NoArticleWhy, MessageKey>;

/** The same page: the same address but for the fragment. */
export function samePage(href: string, judged: string): boolean {
  const key = (u: string) => (u.includes('#') ? u.slice(0, u.indexOf('#')) : u);
  return key(href) === key(judged);
}

export class PageCleaner {
  private status: CleanStatus = 'original';
  private message: string | undefined;
  /** Detail under the message: why the reader found no article (in the reader's language), or an exception's text. */
  private detail: string | undefined;
  private attribution: Attribution | undefined;
  private cleanedUrl: string | undefined;
  private trigger: Trigger | undefined;
  private log = new ChangeLog();
  private keeper: KeepClean | undefined;
  private keepNodes: Element[] = [];
  /** The reader's comfort choices, applied with every cleanup and changed live (src/page/comfort). */
  private comfort: ComfortOptions = DEFAULT_COMFORT;
  /** The cleaned article's reading time, counted when first asked for. */
  private reading: ReadingEstimate | undefined;
  private scrollBefore = { x: 0, y: 0 };
  private pending: Promise<TabState> | undefined;
  /**
   * Owns everything one cleanup starts (the keeper's observers and timers, the reading-width
   * timers): restore, a failure or the next cleanup aborts it, and a reading that comes back
   * after that knows it is stale.
   */
  private cleanup: AbortController | undefined;
  /** How the last cleanup's page was read. */
  private route: ReadingRoute | undefined;
  private readonly extractor: RoutedExtractor | undefined;
  private readonly inPlace: InPlaceLoader | undefined;
  private readonly maxElements: number;
  /** The picker and the reader's corrections on this page (picker.js, loaded on first use). */
  private corrections: PageCorrections | undefined;
  private readonly correctionsHost: CorrectionsHost;
  private readonly loadPicker: (() => Promise<unknown>) | undefined;
  /** The site's rules that matched in the last cleanup. */
  private ruleMatches: RuleMatch[] = [];

  /**
   * `extractor` reads a copy of the page off its main thread; `inPlace` loads the reader for the
   * page itself, used when there is no extractor, it fails, or its copy does not pair.
   */
  constructor(
    private readonly doc: Document,
    options: { extractor?: RoutedExtractor; inPlace?: InPlaceLoader; maxElements?: number; report?: Report; loadPicker?: () => Promise<unknown> } = {},
  ) {
    this.extractor = options.extractor;
    this.inPlace = options.inPlace;
    this.maxElements = options.maxElements ?? MAX_ELEMENTS;
    this.loadPicker = options.loadPicker;
    this.correctionsHost = {
      log: () => this.log,
      keepNodes: () => this.keepNodes,
      cleanFrom: (root) => this.cleanFromRoot(root),
      report: options.report ?? (async () => false),
    };
  }

  /** The tab's state; `withReading`: with the cleaned article's reading time (counted once per cleanup). */
  state(withReading = false): TabState {
    const state: TabState = { status: this.status, url: this.doc.location?.href };
    if (this.status === 'clean' && withReading) {
      this.reading ??= readingOf(this.doc, this.keepNodes);
      state.reading = this.reading;
    }
    if (this.message) state.message = this.message;
    if (this.detail) state.detail = this.detail;
    if (this.attribution) state.attribution = this.attribution;
    if (this.trigger && this.status === 'clean') state.trigger = this.trigger;
    if (this.route && this.status === 'clean') state.route = this.route;
    if (this.ruleMatches.length > 0 && this.status === 'clean') state.ruleMatches = this.ruleMatches;
    return state;
  }

  /** What read aloud reads: the blocks kept visible and the attribution, while the page is cleaned. */
  cleanedArticle(): { keepNodes: readonly Element[]; attribution?: Attribution } | undefined {
    if (this.status !== 'clean') return undefined;
    return this.attribution ? { keepNodes: this.keepNodes, attribution: this.attribution } : { keepNodes: this.keepNodes };
  }

  /**
   * Cleans the page (a page already clean at the same address is left as it is). A second request
   * while the page is being read gets the first one's answer.
   */
  clean(trigger: Trigger, options: CleanOptions = DEFAULT_CLEAN_OPTIONS, judgedUrl?: string, rules?: PageRules, comfort?: ComfortOptions): Promise<TabState> {
    if (comfort) this.setComfort(comfort);
    // Automatic cleanup judged one address: a page that has left it (location.replace, pushState)
    // is not the page that was judged, and is left alone.
    if (judgedUrl !== undefined && !samePage(this.doc.location?.href ?? '', judgedUrl)) {
      return Promise.resolve({ status: 'error', message: t('status_address_changed') });
    }
    if (this.pending) return this.pending;
    const run = this.cleanNow(trigger, options, rules).finally(() => {
      if (this.pending === run) this.pending = undefined;
    });
    this.pending = run;
    return run;
  }

  /** Takes the reader's comfort choices: applied now when the page is clean, and with every cleanup. */
  setComfort(comfort: ComfortOptions): TabState {
    this.comfort = comfort;
    if (this.status === 'clean') applyComfort(this.doc, this.log, comfort);
    return this.state();
  }

  private async cleanNow(trigger: Trigger, options: CleanOptions, rules?: PageRules): Promise<TabState> {
    const url = this.doc.location?.href;
    if (this.status === 'clean') {
      if (url === this.cleanedUrl) return this.state();
      this.restore(); // a single-page site moved on: the old cleanup no longer fits
    }
    this.message = undefined;
    this.detail = undefined;
    this.attribution = undefined;
    if (!/^(text\/html|application\/xhtml\+xml)$/.test(this.doc.contentType)) {
      return this.settle('restricted', t('status_not_web_page'));
    }
    if (!this.doc.body) return this.settle('no-article', t('status_no_content'));
    this.cleanup?.abort();
    const cleanup = new AbortController();
    this.cleanup = cleanup;
    const { signal } = cleanup;
    try {
      // Automatic cleanup comes from the detector's yes; a click gets the detector's second opinion.
      const verdict = trigger === 'auto' ? {} : clickVerdict(this.doc, url ?? '', url ? rememberedDetection(url) : undefined);
      if (verdict.now) return this.settle('no-article', verdict.now);
      // Get the answer: a copy of the page read off its main thread, checked to pair with the page.
      const copy = this.extractor ? await askExtractor(this.doc, this.maxElements, this.extractor, options) : undefined;
      // Restored (or cleaned by another request) while the copy was being read: nothing to do.
      if (signal.aborted) return this.state();
      let answer: PairedAnswer | undefined = copy && pairAnswer(copy, this.doc);
      let route: ReadingRoute = 'copy';
      // The in-place reader when the copy could not be read or did not pair, or its article came
      // without an attribution.
      const needReader = !answer || (answer.found.kind === 'article' && !answer.attribution);
      const reader = needReader ? await this.inPlace?.() : undefined;
      if (signal.aborted) return this.state();
      if (!answer && reader) {
        // It answers what the extractor answers, numbered on the page as it is now.
        const reply = reader.read(this.doc, { url: url ?? '', maxElements: this.maxElements, plan: options });
        answer = pairAnswer({ reply, live: liveElements(this.doc) }, this.doc);
        route = 'in-place';
      }
      const found = answer?.found;
      if (!answer || !found) return this.settle('error', t('status_unreadable'));
      if (found.kind === 'too-large') {
        return this.settle('too-large', tp('status_too_large_count', found.elements));
      }
      // With no article to clean, the popup still shows where the page comes from, to cite it.
      if (found.kind === 'no-article') {
        this.attribution = answer.attribution;
        return this.settle('no-article', t('status_no_article'), found.why ? t(WHY_WORDS[found.why]) : found.reason);
      }
      // A page that looks like a listing is refused only when its reading is one too.
      if (verdict.ifListing && readingLooksLikeListing(found)) {
        this.attribution = answer.attribution;
        return this.settle('no-article', t(verdict.ifListing));
      }
      this.attribution = answer.attribution ?? reader?.readAttribution(this.doc, url ?? '', found.metadata);
      const win = this.doc.defaultView;
      // Read everything first (computed styles of a page whose style is already up to date),
      // then write: one style pass instead of one per read after a write. The plan comes with the
      // reading when it paired; a copy's plan that did not is made again here.
      const positionOf = (el: Element) => win?.getComputedStyle(el).position ?? '';
      this.route = answer.plan || route === 'in-place' ? route : 'copy-reading';
      const planned = answer.plan ? onThePage(answer.plan, positionOf) : planCleanup(this.doc, found, options, positionOf);
      // The reader's corrections for this site (corrections.ts): an article rule sets the root.
      const corrected = applyRules(this.doc, planned, rules);
      const { root, keepNodes, hide } = corrected.plan;
      const locks = planScrollLocks(this.doc);
      // Never lose the article (verify-article.ts): what would hide Readability's text is left
      // visible or revealed; a page that would still hide most of it is left as it is. Under an
      // article rule the article is the block the reader chose, not Readability's text.
      const kept = corrected.override ? new Set<Element>() : keptOutside(found.kept, corrected.ruleHide);
      const checked = planSight(kept, root, hide, findInvisibleContainers(keepNodes, root, kept));
      const sight = { ...checked, hide: [...checked.hide, ...corrected.ruleHide] };
      // The reading time counted with the copy's plan holds while the page hides what was planned:
      // no correction, nothing unhidden, and no fixed or sticky block hidden inside what is kept.
      const asPlanned =
        answer.plan?.reading &&
        corrected.matches.length === 0 &&
        !corrected.override &&
        checked.unhidden.length === 0 &&
        hide.slice(answer.plan.hide.length).every((el) => !keepNodes.some((k) => k.contains(el)));
      if (!sight.ok) return this.settle('no-article', t('status_text_hidden'));
      this.scrollBefore = { x: win?.scrollX ?? 0, y: win?.scrollY ?? 0 };
      for (const el of sight.hide) this.log.set(el, HIDE_ATTR, '');
      this.hideStrayText(root, keepNodes);
      this.keepNodes = keepNodes;
      const release = applyScrollLocks(locks, this.log, keepNodes);
      revealContainers(sight.reveal, this.log);
      this.log.set(this.doc.documentElement, STATE_ATTR, 'clean');
      markComfortTargets(this.log, root, keepNodes);
      applyComfort(this.doc, this.log, this.comfort);
      try {
        startProgressBar(this.doc, root, signal);
      } catch {
        // The page's window refused a listener: cleaned without the progress bar.
      }
      this.reading = asPlanned ? answer.plan?.reading : undefined;
      if (release.scrollTo !== undefined) win?.scrollTo(this.scrollBefore.x, release.scrollTo);
      this.scheduleReadingWidth(keepNodes, root, signal);
      this.startKeeper(signal);
      if (answer.changes) this.keeper?.replay(answer.changes);
      this.status = 'clean';
      this.cleanedUrl = url;
      this.trigger = trigger;
      this.ruleMatches = corrected.matches;
      return this.state();
    } catch (error) {
      cleanup.abort();
      this.undo();
      return this.settle('error', t('status_clean_failed'), error instanceof Error ? error.message : String(error));
    }
  }

  /**
   * The reader's picker in the page (hide, this is the article, show what was hidden), loaded on
   * first use. Answers once it runs: the picker reports its corrections to the background itself.
   */
  async pick(mode: PickMode): Promise<TabState> {
    if (!this.corrections) {
      if (!loadedPicker() && this.loadPicker) {
        try {
          await this.loadPicker();
        } catch {
          // Checked below.
        }
      }
      const make = loadedPicker();
      // The page's state is unchanged; the answer says why nothing started.
      if (!make) return { ...this.state(), message: t('error_unreachable', { detail: 'picker.js' }) };
      this.corrections = make(this.doc, this.correctionsHost);
    }
    this.corrections.start(mode);
    return this.state();
  }

  /**
   * Cleans again from the block the reader says is the article: what the last cleanup did is
   * undone, then everything beside that block is hidden as for an automatic pick (and the blocks
   * the reader hid here stay hidden).
   */
  private cleanFromRoot(root: Element): void {
    const readerHidden = this.corrections?.hiddenByReader() ?? [];
    const wasClean = this.status === 'clean';
    this.cleanup?.abort();
    const cleanup = new AbortController();
    this.cleanup = cleanup;
    this.undo(true);
    const win = this.doc.defaultView;
    if (!wasClean) this.scrollBefore = { x: win?.scrollX ?? 0, y: win?.scrollY ?? 0 };
    const plan = planFromRoot(root);
    const hide = [...plan.hide, ...readerHidden.filter((el) => !holdsKept(el, plan.keepNodes))];
    const locks = planScrollLocks(this.doc);
    const sight = planSight(new Set<Element>(), root, hide, findInvisibleContainers(plan.keepNodes, root));
    for (const el of sight.hide) this.log.set(el, HIDE_ATTR, '');
    this.hideStrayText(root, plan.keepNodes);
    this.keepNodes = plan.keepNodes;
    applyScrollLocks(locks, this.log, this.keepNodes);
    revealContainers(sight.reveal, this.log);
    this.log.set(this.doc.documentElement, STATE_ATTR, 'clean');
    this.scheduleReadingWidth(this.keepNodes, root, cleanup.signal);
    this.startKeeper(cleanup.signal);
    this.status = 'clean';
    this.message = undefined;
    this.cleanedUrl = this.doc.location?.href;
    this.trigger ??= 'toolbar';
  }

  /**
   * For the background's word that the page has moved to another address: puts back a cleanup
   * made at another address than the page's. A cleanup being made now (a click at the new address,
   * which puts the old one back itself first) or one made at this address stays.
   */
  restoreStale(): TabState {
    if (this.pending || this.status !== 'clean' || samePage(this.doc.location?.href ?? '', this.cleanedUrl ?? '')) return this.state();
    return this.restore();
  }

  /** Puts the page back exactly as it was and stops everything the cleaner started. */
  restore(): TabState {
    this.corrections?.stop();
    this.cleanup?.abort();
    this.cleanup = undefined;
    if (this.status === 'clean' || this.log.size > 0) {
      this.undo();
      this.doc.defaultView?.scrollTo(this.scrollBefore.x, this.scrollBefore.y);
      if (this.status === 'clean') this.status = 'original';
    }
    return this.state();
  }

  /**
   * Undoes every change; what the cleanup started was stopped by aborting it. `keepCorrections`:
   * the reader's corrections are kept in mind (a new root is being applied).
   */
  private undo(keepCorrections = false): void {
    this.keeper = undefined;
    if (!keepCorrections) this.corrections?.stop();
    this.log.undoAll();
    this.ruleMatches = [];
    // Markers on nodes the page detached and re-attached while we were not looking.
    for (const attr of [HIDE_ATTR, UNLOCK_ATTR, WIDEN_ATTR, REVEAL_ATTR, PEEK_ATTR, COMFORT_TARGET_ATTR]) {
      for (const el of Array.from(this.doc.querySelectorAll(`[${attr}]`))) el.removeAttribute(attr);
    }
    this.doc.documentElement.removeAttribute(STATE_ATTR);
    for (const attr of Object.values(COMFORT_ATTRS)) this.doc.documentElement.removeAttribute(attr);
    this.keepNodes = [];
    this.reading = undefined;
  }

  /** Text written straight into <body> beside the article (stray-text.ts), wrapped in a hidden span of ours. */
  private hideStrayText(root: Element, keepNodes: readonly Element[]): void {
    const body = this.doc.body;
    if (!body) return;
    for (const text of strayText(body, root, keepNodes)) {
      const span = this.doc.createElement('span');
      span.setAttribute(HIDE_ATTR, '');
      this.log.wrap(text, span);
    }
  }

  private settle(status: CleanStatus, message?: string, detail?: string): TabState {
    this.status = status;
    this.message = message ?? (status === 'too-large' ? t('status_too_large') : undefined);
    this.detail = detail;
    return this.state();
  }

  /**
   * The reading width needs the layout after hiding. It is measured in a task queued from the next
   * animation frame: that task runs after the frame's own style and layout, so the measurement
   * reads a layout the browser made anyway instead of forcing one (measuring inside the animation
   * frame callback, before the frame's layout, cost 14 ms per page in the eval).
   */
  private scheduleReadingWidth(keepNodes: readonly Element[], root: Element, signal: AbortSignal): void {
    const log = this.log;
    const holder = commonAncestor(keepNodes);
    const target = holder && holder !== this.doc.body && holder !== this.doc.documentElement ? holder : root;
    let done = false;
    const run = (rect?: DOMRectReadOnly) => {
      if (done || signal.aborted) return;
      done = true;
      try {
        widenIfNarrow(target, log, rect);
      } catch {
        // A layout read failing leaves the page cleaned at the site's own width.
      }
    };
    const win = this.doc.defaultView;
    if (win?.IntersectionObserver) {
      // The box as the browser lays the cleaned page out for its next frame (or when a background
      // tab is first shown): measured without making the page lay itself out for us.
      const observer = new win.IntersectionObserver((entries) => {
        observer.disconnect();
        const entry = entries[entries.length - 1];
        if (entry) run(entry.boundingClientRect);
      });
      observer.observe(target);
      signal.addEventListener('abort', () => observer.disconnect(), { once: true });
      return;
    }
    win?.requestAnimationFrame?.(() => setTimeout(run, 0));
    const late = setTimeout(run, 200);
    signal.addEventListener('abort', () => clearTimeout(late), { once: true });
  }

  private startKeeper(signal: AbortSignal): void {
    this.keeper = new KeepClean(this.doc, {
      keepNodes: () => this.keepNodes,
      hide: (el) => {
        if (!this.corrections?.shownByReader(el)) this.log.set(el, HIDE_ATTR, '');
      },
      remark: () => this.log.set(this.doc.documentElement, STATE_ATTR, 'clean'),
      relock: () => releaseScrollLocks(this.doc, this.log, this.keepNodes),
    });
    this.keeper.start(signal);
  }

  /** For tests and the eval: how much the keeper has done, and whether it stopped. */
  keeperStats(): { actions: number; tripped: string | undefined } | undefined {
    return this.keeper ? { actions: this.keeper.actions, tripped: this.keeper.tripped } : undefined;
  }
}
