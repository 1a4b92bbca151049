/**
 * Read aloud on a cleaned page: speaks the reading queue (queue.ts) with the Web Speech API of the
 * page's window, marks the block being read and keeps it in view, and stops on restore (the
 * content script stops it before restoring), when the page leaves its address (a single-page
 * site's navigation) and on pagehide.
 *
 * The speech API is looked up on this script's global object each time it is used, so the
 * end-to-end tests can put a recording stand-in in the content scripts' world (over CDP) without
 * any test code in the bundle.
 *
 * Pause is a cancel that remembers where it was (the last word boundary the engine reported, else
 * the start of the utterance), and resume speaks from there: speechSynthesis.pause() leaves
 * Chromium's engine stuck after a long pause with some voices and does nothing with others, and
 * an engine that pauses for good would keep the queue. A rate change restarts the utterance at
 * the same place. Every utterance is short (chunks.ts) and a watchdog restarts one that never
 * starts (Chromium drops an utterance now and then), once, then gives up with an error.
 */
import type { Attribution } from '../../reader/attribution/model';
import { MAX_SPEECH_RATE, MIN_SPEECH_RATE, type SpeechCommand, type SpeechState, type SpeechStatus } from '../../shared/protocol';
import { watchUrl } from '../detect/watch-url';
import { HIDE_ATTR } from '../markers';
import { buildQueue, type QueueInput, type QueueItem } from './queue';
import { normalizeLang, pickVoice } from './voice';

/** On the block being read (clean.css draws it); removed on stop, pause keeps it. */
export const SPEAKING_ATTR = 'data-quiet-reader-speaking';
/** How long a status or play request waits for the browser's voices (they load asynchronously). */
export const VOICES_WAIT_MS = 1500;
/** An utterance that has not started after this long is spoken again (once), then reading stops. */
export const START_TIMEOUT_MS = 10_000;
/** Errors in a row after which reading stops (one failing utterance is skipped). */
const MAX_ERRORS_IN_A_ROW = 3;

export interface SpeechApi {
  synth: SpeechSynthesis;
  Utterance: new (text: string) => SpeechSynthesisUtterance;
}

/** The speech synthesis of this script's window, if it has one. */
export function browserSpeech(): SpeechApi | undefined {
  const g = globalThis as { speechSynthesis?: SpeechSynthesis; SpeechSynthesisUtterance?: new (text: string) => SpeechSynthesisUtterance };
  return g.speechSynthesis && typeof g.SpeechSynthesisUtterance === 'function' ? { synth: g.speechSynthesis, Utterance: g.SpeechSynthesisUtterance } : undefined;
}

/** The article of a cleaned page, as the cleaner kept it. */
export interface CleanedArticle {
  keepNodes: readonly Element[];
  attribution?: Attribution;
}

/** Whether the cleaned page shows `el` (our hiding, the page's own, aria-hidden). */
export function shownOnPage(el: Element): boolean {
  if (el.hasAttribute(HIDE_ATTR) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return false;
  if (typeof el.checkVisibility !== 'function' || el.checkVisibility({ visibilityProperty: true })) return true;
  // An element of `display: contents` has no box of its own, and checkVisibility says false for it.
  return el.ownerDocument.defaultView?.getComputedStyle(el).display === 'contents';
}

/** The queue's input from a cleaned article: its language, headline, authors and credits. */
export function queueInput(article: CleanedArticle, doc: Document): QueueInput & { lang?: string } {
  const a = article.attribution;
  const lang = normalizeLang(a?.language?.value) ?? normalizeLang(doc.documentElement.getAttribute('lang'));
  return {
    keepNodes: article.keepNodes,
    ...(a?.headline ? { headline: a.headline.value } : {}),
    authors: (a?.authors ?? []).map((p) => p.value.name),
    credits: (a?.credits ?? []).map((c) => c.text),
    ...(lang ? { lang } : {}),
    isShown: shownOnPage,
  };
}

const clampRate = (rate: number): number => Math.min(MAX_SPEECH_RATE, Math.max(MIN_SPEECH_RATE, Math.round(rate * 100) / 100));

export class ReadAloud {
  private status: SpeechStatus = 'idle';
  private rate = 1;
  private queue: QueueItem[] = [];
  private lang: string | undefined;
  private voice: SpeechSynthesisVoice | undefined;
  private voiceMatches = false;
  /** Where reading is: item, chunk of the item, character in the chunk. */
  private item = 0;
  private chunk = 0;
  private offset = 0;
  /**
   * The utterance being spoken: held, so that the engine's events reach it (Chromium drops the
   * events of an utterance nothing references), and the only one whose events count.
   */
  private current: SpeechSynthesisUtterance | undefined;
  private started = false;
  private stalls = 0;
  private errors = 0;
  private watchdog: ReturnType<typeof setTimeout> | undefined;
  private marked: { el: Element; before: string | null } | undefined;
  /** Stops the navigation watch started with reading. */
  private watching: AbortController | undefined;
  /** Commands run one after another (a status request may wait for the voices). */
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly doc: Document,
    /** The cleaned article, or undefined when the page is not cleaned. */
    private readonly article: () => CleanedArticle | undefined,
    private readonly speech: () => SpeechApi | undefined = browserSpeech,
  ) {}

  /** Runs one command from the popup or the keyboard and answers the state after it. */
  command(command: SpeechCommand, rate?: number): Promise<SpeechState> {
    const run = this.chain.then(() => this.run(command, rate));
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async run(command: SpeechCommand, rate?: number): Promise<SpeechState> {
    if (rate !== undefined) this.rate = clampRate(rate);
    switch (command) {
      case 'status':
        break;
      case 'play':
        await this.play();
        break;
      case 'pause':
        this.pause();
        break;
      case 'toggle':
        if (this.status === 'playing') this.pause();
        else await this.play();
        break;
      case 'stop':
        this.stop();
        break;
      case 'rate':
        // Go on at the new rate from where the engine is.
        if (this.status === 'playing') this.speakCurrent();
        break;
    }
    return this.state();
  }

  /** The player's state; while nothing is read, what would happen on play (voices waited for briefly). */
  async state(): Promise<SpeechState> {
    const reading = this.status === 'playing' || this.status === 'paused';
    if (!reading) {
      const api = this.speech();
      if (!api) return { status: 'no-speech', rate: this.rate };
      const article = this.article();
      if (!article) return { status: 'not-clean', rate: this.rate };
      const voices = await loadVoices(api.synth);
      if (voices.length === 0) return { status: 'no-voice', rate: this.rate };
      this.chooseVoice(voices, queueInput(article, this.doc).lang);
    }
    const state: SpeechState = { status: this.status, rate: this.rate, voiceMatches: this.voiceMatches };
    if (this.voice) {
      state.voice = { name: this.voice.name.slice(0, 200), lang: this.voice.lang.slice(0, 200) };
      if (!this.voice.localService) state.voice.remote = true;
    }
    if (this.lang) state.lang = this.lang;
    if (reading) {
      state.block = Math.min(this.item + 1, this.queue.length);
      state.blocks = this.queue.length;
    }
    return state;
  }

  private chooseVoice(voices: SpeechSynthesisVoice[], lang: string | undefined): void {
    const choice = pickVoice(voices, lang);
    this.lang = lang;
    this.voice = choice.voice;
    this.voiceMatches = choice.matches;
  }

  private async play(): Promise<void> {
    if (this.status === 'playing') return;
    if (this.status === 'paused' || (this.status === 'blocked' && this.queue.length > 0)) {
      this.status = 'playing';
      this.speakCurrent();
      return;
    }
    const api = this.speech();
    const article = this.article();
    if (!api || !article) return;
    const voices = await loadVoices(api.synth);
    if (voices.length === 0) return;
    const input = queueInput(article, this.doc);
    this.chooseVoice(voices, input.lang);
    this.queue = buildQueue(input);
    if (this.queue.length === 0) return;
    this.item = 0;
    this.chunk = 0;
    this.offset = 0;
    this.errors = 0;
    this.status = 'playing';
    this.watch();
    this.speakCurrent();
  }

  pause(): void {
    if (this.status !== 'playing') return;
    this.silence();
    this.status = 'paused';
  }

  /** Stops reading, unmarks the block and forgets the place. Safe to call at any time. */
  stop(status: SpeechStatus = 'idle'): void {
    const wasReading = this.status === 'playing' || this.status === 'paused' || this.status === 'blocked';
    if (wasReading) this.silence();
    this.unmark();
    this.watching?.abort();
    this.watching = undefined;
    this.queue = [];
    this.status = status;
  }

  /** Stops the engine, ignoring whatever the current utterance reports after. */
  private silence(): void {
    this.current = undefined;
    clearTimeout(this.watchdog);
    try {
      this.speech()?.synth.cancel();
    } catch {
      // An engine that cannot cancel has nothing to say.
    }
  }

  /** Stops reading when the page leaves its address or is hidden for a new page. */
  private watch(): void {
    this.watching?.abort();
    const win = this.doc.defaultView;
    if (!win) return;
    // The window's own controller: its listeners take only its own signals (one window in a
    // browser, but not in the tests' documents).
    const watching = new (win as unknown as { AbortController: typeof AbortController }).AbortController();
    this.watching = watching;
    watchUrl(win, () => this.stop(), watching.signal);
    win.addEventListener('pagehide', () => this.stop(), { signal: watching.signal });
  }

  /** Speaks from the current place: the rest of the current chunk, then the next ones. */
  private speakCurrent(): void {
    const api = this.speech();
    if (!api || !this.article()) {
      this.stop();
      return;
    }
    let entry = this.queue[this.item];
    // Skip blocks the page took away, or the cleanup hid, since the queue was made.
    while (entry?.element && (!entry.element.isConnected || entry.element.closest(`[${HIDE_ATTR}]`))) {
      this.item++;
      this.chunk = 0;
      this.offset = 0;
      entry = this.queue[this.item];
    }
    const chunk = entry?.chunks[this.chunk];
    if (!entry || chunk === undefined) {
      this.stop();
      return;
    }
    if (entry.element) this.mark(entry.element);
    else this.unmark();
    const base = Math.min(this.offset, chunk.length);
    const u = new api.Utterance(chunk.slice(base));
    if (this.lang) u.lang = this.lang;
    if (this.voice) u.voice = this.voice;
    u.rate = this.rate;
    this.silence();
    const mine = () => this.current === u;
    this.current = u;
    this.started = false;
    u.addEventListener('start', () => {
      if (!mine()) return;
      this.started = true;
      clearTimeout(this.watchdog);
    });
    u.addEventListener('boundary', (event) => {
      if (mine()) this.offset = base + (event as SpeechSynthesisEvent).charIndex;
    });
    u.addEventListener('end', () => {
      if (!mine()) return;
      this.errors = 0;
      this.stalls = 0;
      this.next();
    });
    u.addEventListener('error', (event) => {
      if (!mine()) return;
      const error = (event as SpeechSynthesisErrorEvent).error;
      if (error === 'interrupted' || error === 'canceled') {
        // Not our cancel (ours forgets the utterance first): the page or the browser stopped the
        // speech. Paused where it was, so Play goes on.
        this.current = undefined;
        clearTimeout(this.watchdog);
        this.status = 'paused';
        return;
      }
      if (error === 'not-allowed') {
        this.block();
        return;
      }
      if (++this.errors >= MAX_ERRORS_IN_A_ROW) {
        this.stop('error');
        return;
      }
      this.next();
    });
    this.watchdog = setTimeout(() => {
      if (!mine() || this.started) return;
      if (++this.stalls > 1) {
        this.stop('error');
        return;
      }
      this.speakCurrent();
    }, START_TIMEOUT_MS);
    api.synth.speak(u);
  }

  /**
   * Chromium lets a page speak only once it has had a user activation (its autoplay policy: a
   * click or key press in that document, or on the same site before it), and a click in the popup
   * or the extension's shortcut is not one. Blocked, the player keeps its place and starts again
   * from the reader's next click or key press in the page, which is one.
   */
  private block(): void {
    this.silence();
    this.status = 'blocked';
    const signal = this.watching?.signal;
    const win = this.doc.defaultView;
    if (!signal || !win) return;
    const go = () => {
      if (this.status !== 'blocked') return;
      this.status = 'playing';
      this.speakCurrent();
    };
    for (const type of ['keydown', 'pointerup']) win.addEventListener(type, go, { capture: true, once: true, signal });
  }

  private next(): void {
    this.offset = 0;
    this.chunk++;
    if (this.chunk >= (this.queue[this.item]?.chunks.length ?? 0)) {
      this.item++;
      this.chunk = 0;
    }
    if (this.item >= this.queue.length) {
      this.stop();
      return;
    }
    this.speakCurrent();
  }

  private mark(el: Element): void {
    if (this.marked?.el === el) return;
    this.unmark();
    this.marked = { el, before: el.getAttribute(SPEAKING_ATTR) };
    el.setAttribute(SPEAKING_ATTR, '');
    keepInView(el);
  }

  private unmark(): void {
    if (!this.marked) return;
    const { el, before } = this.marked;
    if (before === null) el.removeAttribute(SPEAKING_ATTR);
    else el.setAttribute(SPEAKING_ATTR, before);
    this.marked = undefined;
  }
}

/** The browser's voices, waiting up to VOICES_WAIT_MS for them to load. */
export function loadVoices(synth: SpeechSynthesis, waitMs = VOICES_WAIT_MS): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, waitMs);
    synth.addEventListener('voiceschanged', done);
  });
}

/** Scrolls `el` into view when it is not, centred when it fits (at its start when taller than the window). */
function keepInView(el: Element): void {
  const win = el.ownerDocument.defaultView;
  if (!win || typeof el.getBoundingClientRect !== 'function') return;
  const r = el.getBoundingClientRect();
  const height = win.innerHeight;
  if (r.top >= 0 && r.bottom <= height) return;
  // A block taller than the window whose start is in view is left where the reader has it.
  if (r.height > height && r.top >= 0 && r.top < height) return;
  const smooth = !win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block: r.height > height ? 'start' : 'center', behavior: smooth ? 'smooth' : 'auto' });
}
