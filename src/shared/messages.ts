/**
 * Every message the extension's parts send each other, as one discriminated union per receiver.
 * Receivers validate with the guards below and answer errors as data, never by throwing.
 */
import type { Attribution } from '../reader/attribution/model';

/** What a tab's cleanup state is, as the popup shows it. */
export type CleanStatus =
  | 'clean' // cleaned now
  | 'original' // cleaner present, page shown as the site made it
  | 'no-article' // no article found: page untouched
  | 'too-large' // page too large to parse: page untouched
  | 'restricted' // browser-internal, store, PDF or other page we may not touch
  | 'error'; // something failed: page left as it was

export type ExtractorRoute = 'message';

export interface TabState {
  status: CleanStatus;
  /** Plain-words explanation for the popup, for states other than clean/original. */
  message?: string;
  /** The page's address when the state was taken. */
  url?: string;
  attribution?: Attribution;
  /** How the page was cleaned, when it was. */
  trigger?: 'toolbar' | 'command' | 'auto';
  /** Where the page was read: off its main thread ('extractor') or in it ('page'). For tests and the eval. */
  engine?: 'extractor' | 'page';
  /** How the copy reached the extractor (runtime message: the only route). */
  via?: ExtractorRoute;
  /** Where the cleanup was planned: on the extractor's copy ('copy') or on the page ('page'). For tests and the eval. */
  planned?: 'copy' | 'page';
}

/** The reader's choices that shape one cleanup (from the settings). */
export interface CleanOptions {
  /** Leave the comments under the article visible. */
  keepComments: boolean;
  /** Leave the article's images and figures visible. */
  keepImages: boolean;
}

/** Popup / options / commands -> background. */
export type BackgroundRequest = { type: 'get-state'; tabId: number } | { type: 'clean'; tabId: number } | { type: 'restore'; tabId: number } | { type: 'toggle'; tabId: number };

/** The detector content script -> background. (The cleaner only answers the background's requests.) */
export type ContentEvent = { type: 'detected'; article: boolean; score: number; url: string; signals?: Record<string, number> };

/** Bounds on the detector's `signals`: a few dozen named points, nothing a page could inflate. */
const MAX_SIGNALS = 40;
const SIGNAL_NAME = /^[a-z][a-z0-9-]{0,39}$/;

function isSignals(x: unknown): x is Record<string, number> {
  if (!isRecord(x)) return false;
  const entries = Object.entries(x);
  return entries.length <= MAX_SIGNALS && entries.every(([k, v]) => SIGNAL_NAME.test(k) && typeof v === 'number' && Number.isFinite(v));
}

/** The cleaner content script -> background: inject in-place.js into my page (answered `true` once it is there). */
export type ReaderRequest = { type: 'load-in-place-reader' };

/** Background -> cleaner content script. */
export type CleanerRequest = { type: 'cleaner/clean'; trigger: 'toolbar' | 'command' | 'auto'; options?: CleanOptions; url?: string } | { type: 'cleaner/restore' } | { type: 'cleaner/state' };

const BACKGROUND_TYPES = new Set(['get-state', 'clean', 'restore', 'toggle']);
const CLEANER_TYPES = new Set(['cleaner/clean', 'cleaner/restore', 'cleaner/state']);
const TRIGGERS = new Set(['toolbar', 'command', 'auto']);
const STATUSES = new Set(['clean', 'original', 'no-article', 'too-large', 'restricted', 'error']);

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isTabId(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

export function isBackgroundRequest(x: unknown): x is BackgroundRequest {
  return isRecord(x) && typeof x.type === 'string' && BACKGROUND_TYPES.has(x.type) && isTabId(x.tabId);
}

export function isContentEvent(x: unknown): x is ContentEvent {
  if (!isRecord(x) || typeof x.url !== 'string') return false;
  if (x.type === 'detected') {
    return typeof x.article === 'boolean' && typeof x.score === 'number' && Number.isFinite(x.score) && (x.signals === undefined || isSignals(x.signals));
  }
  return false;
}

export function isReaderRequest(x: unknown): x is ReaderRequest {
  return isRecord(x) && x.type === 'load-in-place-reader';
}

export function isCleanerRequest(x: unknown): x is CleanerRequest {
  if (!isRecord(x) || typeof x.type !== 'string' || !CLEANER_TYPES.has(x.type)) return false;
  if (x.type === 'cleaner/clean') {
    const o = x.options;
    const optionsOk = o === undefined || (isRecord(o) && typeof o.keepComments === 'boolean' && typeof o.keepImages === 'boolean');
    // `url`: the address that was judged (automatic cleanup); the cleaner refuses a page that has left it.
    return typeof x.trigger === 'string' && TRIGGERS.has(x.trigger) && optionsOk && (x.url === undefined || typeof x.url === 'string');
  }
  return true;
}

export function isTabState(x: unknown): x is TabState {
  return isRecord(x) && typeof x.status === 'string' && STATUSES.has(x.status);
}

/** An answer for a request that failed, as data. */
export function errorState(message: string): TabState {
  return { status: 'error', message };
}
