/**
 * Every message the extension's parts send each other, in one place: a map per receiver (request
 * type -> request fields and reply), one typed `send`, and the guards every receiver validates
 * with, derived from the maps' field checks. Receivers answer errors as data, never by throwing.
 *
 *   background  <- popup, options:   get-state, clean, restore, toggle           -> TabState
 *                                    comfort (apply the stored comfort choices)  -> TabState
 *               <- detector:         detected                                    -> (no reply)
 *               <- popup:            read-aloud                                  -> SpeechState
 *                                    pick (start the picker in the tab)           -> TabState
 *               <- cleaner:          extract (a copy of the page)                -> ExtractReply
 *                                    load-in-place-reader                        -> boolean
 *                                    load-player (read-aloud.js)                 -> boolean
 *                                    load-picker (picker.js)                     -> boolean
 *                                    correction (a rule the reader made)         -> boolean
 *   offscreen   <- background:       offscreen/extract (Chromium)                -> ExtractReply
 *   cleaner     <- background:       cleaner/clean, cleaner/restore, cleaner/state -> TabState
 *                                    cleaner/read-aloud                          -> SpeechState
 *                                    cleaner/pick                                -> TabState
 *                                    cleaner/comfort                             -> TabState
 *
 * Pure: no browser API is imported here (the reader and the detector import this module too);
 * the accessors at the end read the browser's own global object.
 */
import type { ReadabilityMetadata } from '../reader/attribution/extract-attribution';
import type { Attribution } from '../reader/attribution/model';
import { isReadingEstimate, type ReadingEstimate } from '../reader/comfort/reading-time';
import { isComfortOptions, type ComfortOptions } from './comfort';

// ---------------------------------------------------------------------------------------------
// Shared values

/** What a tab's cleanup state is, as the popup shows it. */
export type CleanStatus =
  | 'clean' // cleaned now
  | 'original' // cleaner present, page shown as the site made it
  | 'no-article' // no article found: page untouched
  | 'too-large' // page too large to parse: page untouched
  | 'restricted' // browser-internal, store, PDF or other page we may not touch
  | 'error'; // something failed: page left as it was

/** What asked for a cleanup: the toolbar popup, the keyboard command, or automatic cleanup. */
export type Trigger = 'toolbar' | 'command' | 'auto';

/**
 * How a cleaned page was read, for the tests and the eval:
 * - 'copy': a copy read off the page's main thread (by message), its reading and plan applied;
 * - 'copy-reading': the copy's reading paired with the page but its plan did not (the page moved
 *   elements meanwhile), so the cleanup was planned on the page;
 * - 'in-place': the copy could not be read or did not pair; the page was read in place (in-place.js).
 */
export type ReadingRoute = 'copy' | 'copy-reading' | 'in-place';

export interface TabState {
  status: CleanStatus;
  /** Plain-words explanation for the popup, for states other than clean/original (in the reader's language). */
  message?: string;
  /** A technical detail under it (the reader's reason, an exception's text), as it came. */
  detail?: string;
  /** The page's address when the state was taken. */
  url?: string;
  attribution?: Attribution;
  /** How the page was cleaned, when it was. */
  trigger?: Trigger;
  /** How the page was read, when it was cleaned. */
  route?: ReadingRoute;
  /** The site's rules that matched this page, with the text each matched (for the options page). */
  ruleMatches?: Array<{ selector: string; preview: string }>;
  /** The cleaned article's reading time, for the popup (not computed for automatic cleanups). */
  reading?: ReadingEstimate;
}

/**
 * The reader's corrections (src/shared/site-rules.ts): hide this, this is the article, show this
 * again. The picker's modes: the first two choose a block; 'show-hidden' shows what is hidden.
 */
export type RuleKind = 'hide' | 'article' | 'show';
export type PickMode = 'hide' | 'article' | 'show-hidden';

/** A site's rules as the cleaner applies them: CSS selectors, each meant to pick one element. */
export interface PageRules {
  hide: string[];
  show: string[];
  article?: string;
}

/** Bounds on the rules a message may carry. */
export const MAX_PAGE_RULES = 60;
export const MAX_RULE_SELECTOR_CHARS = 200;
export const MAX_RULE_PREVIEW_CHARS = 200;

/** The reader's choices that shape one cleanup (from the settings). */
export interface CleanOptions {
  /** Leave the comments under the article visible. */
  keepComments: boolean;
  /** Leave the article's images and figures visible. */
  keepImages: boolean;
}

/** The choices when the settings cannot be read (and the settings' own defaults). */
export const DEFAULT_CLEAN_OPTIONS: Readonly<CleanOptions> = /* @__PURE__ */ Object.freeze({ keepComments: false, keepImages: true });

/** An answer for a request that failed, as data. */
export function errorState(message: string): TabState {
  return { status: 'error', message };
}

// ---------------------------------------------------------------------------------------------
// Read aloud: the player lives in the page (src/page/read-aloud), the popup and the keyboard
// command drive it through the background.

/**
 * - status: the player's state, nothing changed (waits briefly for the browser's voices);
 * - play: from the start when stopped, else go on where it paused;
 * - pause, stop;
 * - toggle (the keyboard command): play when stopped or paused, pause when playing;
 * - rate: set the speaking rate (`rate`), going on at the new rate.
 */
export type SpeechCommand = 'status' | 'play' | 'pause' | 'stop' | 'toggle' | 'rate';

export type SpeechStatus =
  | 'idle' // ready, not reading
  | 'playing'
  | 'paused'
  | 'not-clean' // the page is not cleaned: there is no article to read
  | 'no-voice' // the browser offers no voice
  | 'no-speech' // the browser has no speech synthesis at all
  | 'blocked' // the browser refused to speak on this page (autoplay rules)
  | 'error'; // the speech engine failed

/** Slowest and fastest speaking rate the controls offer. */
export const MIN_SPEECH_RATE = 0.5;
export const MAX_SPEECH_RATE = 2;

export interface SpeechState {
  status: SpeechStatus;
  rate: number;
  /** The voice that reads (or would read) the article; `remote`: the browser sends the text to an online service. */
  voice?: { name: string; lang: string; remote?: boolean };
  /** Whether that voice speaks the article's language. */
  voiceMatches?: boolean;
  /** The article's language, as the page declares it. */
  lang?: string;
  /** The block being read (1-based) and how many there are, while playing or paused. */
  block?: number;
  blocks?: number;
}

// ---------------------------------------------------------------------------------------------
// The reading contract: what the off-thread reader (and the in-place fallback) answers

/**
 * The largest copy the extractor reads (UTF-16 units of markup). Whoever sends it, the reader
 * refuses a larger one, and the cleaner does not send one: it reads the page in place.
 */
export const MAX_COPY_CHARS = 4_000_000;

/** The most elements the extractor reads, whatever `maxElements` a request names. */
export const MAX_COPY_ELEMENTS = 60_000;

/**
 * Cleaner -> background: read this copy of my page. The reader answers with element numbers:
 * positions in the page's `getElementsByTagName('*')` order.
 */
export interface ExtractRequest {
  type: 'extract';
  /** The live page's doctype and `document.documentElement.outerHTML`. */
  html: string;
  /** The page's address and its base URL (they differ under a `<base href>`). */
  url: string;
  baseUrl: string;
  /** How many elements the live page had when it was serialized. */
  elements: number;
  maxElements: number;
  /** The reader's choices: when given, the extractor plans the cleanup on its copy too. */
  plan?: CleanOptions;
}

/**
 * The cleanup planned on the copy (cleanup-plan.ts), as element numbers: the page only checks
 * and applies it. The copy has no style sheets, so the blocks a fixed or sticky position would
 * hide are named for the page to look at.
 */
export interface PlannedCleanup {
  root: number;
  /** The headline, byline and other extras kept beside the root. */
  extras: number[];
  hide: number[];
  /** Dropped blocks left visible, which are hidden after all if the page has them fixed or sticky. */
  positioned: number[];
  /** [number, tag, parent number] of every element named above, to verify the pairing. */
  pairs: Array<[number, string, number]>;
  /**
   * The reading time of the article as planned (root and extras, less what is hidden), counted
   * where the copy is read; the page uses it when it applies the plan as planned.
   */
  reading?: ReadingEstimate;
}

/** Where Readability's article is, as element numbers, with what is needed to check the mapping. */
export interface NumberedArticle {
  kind: 'article';
  /** Element count of the copy: must equal the live page's for the numbers to mean anything. */
  elements: number;
  /** Numbers of every element Readability kept. */
  kept: number[];
  /** Per kept element: its tag (localName) and its parent's number (-1: none), to verify the pairing. */
  keptTags: string[];
  keptParents: number[];
  /** Numbers of the elements standing for Readability's top-level blocks. */
  top: number[];
  textLength: number;
  metadata: ReadabilityMetadata;
  /**
   * The numbers of the blocks Readability took for the article first that are beside it (a
   * sidebar, comments, an author box, a consent notice) and were left out of this reading: the
   * cleaner hides them.
   */
  setAside?: number[];
  /** The cleanup planned on the copy, when the request asked for it and it could be planned. */
  plan?: PlannedCleanup;
}

/**
 * Why a reading found no article, named for the popup (which says it in the reader's language);
 * `reason` beside it stays the technical text, in English, for logs and evals.
 */
export const NO_ARTICLE_WHY = ['copy-too-large', 'no-article', 'too-little-text', 'not-located', 'changed'] as const;
export type NoArticleWhy = (typeof NO_ARTICLE_WHY)[number];

export type NumberedReading = NumberedArticle | { kind: 'too-large'; elements: number } | { kind: 'no-article'; reason: string; why?: NoArticleWhy };

/** Extractor (or the in-place reader) -> cleaner. */
export type ExtractReply = NumberedReading & { attribution?: Attribution };

// ---------------------------------------------------------------------------------------------
// The maps: per receiver, request type -> { request fields, reply }

type Body<T> = Omit<T, 'type'>;

export interface BackgroundMessages {
  'get-state': { request: { tabId: number }; reply: TabState };
  clean: { request: { tabId: number }; reply: TabState };
  restore: { request: { tabId: number }; reply: TabState };
  toggle: { request: { tabId: number }; reply: TabState };
  /** Apply the stored comfort choices for the tab's site to its cleaned page (no cleanup if not clean). */
  comfort: { request: { tabId: number }; reply: TabState };
  /** The detector's verdict on its page (no reply). */
  detected: { request: { article: boolean; score: number; url: string; signals?: Record<string, number> }; reply: undefined };
  /** A cleaner's copy of its page, to be read off the page's main thread. */
  extract: { request: Body<ExtractRequest>; reply: ExtractReply };
  /** A cleaner whose copy could not be read: inject in-place.js into my page (true once it is there). */
  'load-in-place-reader': { request: Record<never, never>; reply: boolean };
  /** A cleaner asked to read aloud: inject read-aloud.js into my page (true once it is there). */
  'load-player': { request: Record<never, never>; reply: boolean };
  /** The reader asked for the picker: inject picker.js into my page (true once it is there). */
  'load-picker': { request: Record<never, never>; reply: boolean };
  /** Popup -> the tab's read-aloud player. */
  'read-aloud': { request: { tabId: number; command: SpeechCommand; rate?: number }; reply: SpeechState };
  /** Popup -> background: start the picker (or the hidden blocks' view) in the tab's page. */
  pick: { request: { tabId: number; mode: PickMode }; reply: TabState };
  /** The cleaner's picker -> background: the reader's correction, to remember for the page's site. */
  correction: { request: { kind: RuleKind; selector: string; preview: string }; reply: boolean };
}

export interface OffscreenMessages {
  /** Chromium: the service worker passes a cleaner's copy on to the offscreen document. */
  'offscreen/extract': { request: { request: ExtractRequest }; reply: ExtractReply };
}

export interface CleanerMessages {
  /** `url`: the address automatic cleanup judged; the cleaner refuses a page that has left it. */
  'cleaner/clean': { request: { trigger: Trigger; options?: CleanOptions; url?: string; rules?: PageRules; comfort?: ComfortOptions }; reply: TabState };
  /** Starts the picker in the page (it lives there: the popup closes); answers at once. */
  'cleaner/pick': { request: { mode: PickMode }; reply: TabState };
  /** The reader's comfort choices, applied now to a cleaned page and to its next cleanup. */
  'cleaner/comfort': { request: { comfort: ComfortOptions }; reply: TabState };
  /** `stale`: the page moved to another address; only a cleanup made at another one is put back. */
  'cleaner/restore': { request: { stale?: boolean }; reply: TabState };
  'cleaner/state': { request: Record<never, never>; reply: TabState };
  'cleaner/read-aloud': { request: { command: SpeechCommand; rate?: number }; reply: SpeechState };
}

export interface Protocol {
  background: BackgroundMessages;
  offscreen: OffscreenMessages;
  cleaner: CleanerMessages;
}

export type Receiver = keyof Protocol;
export type RequestType<R extends Receiver> = keyof Protocol[R] & string;
type Entry<R extends Receiver, K extends RequestType<R>> = Protocol[R][K] extends { request: infer Q; reply: infer A } ? { request: Q; reply: A } : never;
/** The message of type `K` to receiver `R`. */
export type Message<R extends Receiver, K extends RequestType<R> = RequestType<R>> = K extends RequestType<R> ? { type: K } & Entry<R, K>['request'] : never;
/** What receiver `R` answers a message of type `K`. */
export type Reply<R extends Receiver, K extends RequestType<R>> = Entry<R, K>['reply'];

/** Popup / options -> background. */
export type BackgroundRequest = Message<'background', 'get-state' | 'clean' | 'restore' | 'toggle' | 'pick' | 'comfort'>;
/** The detector content script -> background. (The cleaner only answers the background's requests.) */
export type ContentEvent = Message<'background', 'detected'>;
/** The cleaner content script -> background: the in-place reader for my page. */
export type ReaderRequest = Message<'background', 'load-in-place-reader'>;
/** Popup -> background: drive the tab's read-aloud player. */
export type SpeechRequest = Message<'background', 'read-aloud'>;
/** The cleaner's picker -> background: a correction to remember. */
export type CorrectionEvent = Message<'background', 'correction'>;
/** Service worker -> offscreen document (Chromium): read this page copy. */
export type OffscreenRequest = Message<'offscreen'>;
/** Background -> cleaner content script. */
export type CleanerRequest = Message<'cleaner', 'cleaner/clean' | 'cleaner/pick' | 'cleaner/comfort' | 'cleaner/restore' | 'cleaner/state'>;
/** Background -> the read-aloud player beside the cleaner. */
export type PlayerRequest = Message<'cleaner', 'cleaner/read-aloud'>;

// ---------------------------------------------------------------------------------------------
// Guards, derived from the maps: every field of every request has a check (the compiler holds
// the tables to the maps), and a message passes when its type is in the map and every check holds.

type Check = (x: unknown) => boolean;
type FieldChecks<T> = { readonly [K in keyof T]-?: Check };
type ChecksOf<M> = { readonly [K in keyof M]: M[K] extends { request: infer Q } ? FieldChecks<Q> : never };

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const isTabId = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
const isString = (x: unknown): x is string => typeof x === 'string';
const isBoolean = (x: unknown): x is boolean => typeof x === 'boolean';
const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isSafeInteger = (x: unknown): x is number => Number.isSafeInteger(x);
const optional =
  (check: Check): Check =>
  (x) =>
    x === undefined || check(x);
const oneOf =
  (values: readonly string[]): Check =>
  (x) =>
    typeof x === 'string' && values.includes(x);

export const isCleanOptions = (x: unknown): x is CleanOptions => isRecord(x) && typeof x.keepComments === 'boolean' && typeof x.keepImages === 'boolean';

/** Bounds on the detector's `signals`: a few dozen named points, nothing a page could inflate. */
const MAX_SIGNALS = 40;
const SIGNAL_NAME = /^[a-z][a-z0-9-]{0,39}$/;

function isSignals(x: unknown): x is Record<string, number> {
  if (!isRecord(x)) return false;
  const entries = Object.entries(x);
  return entries.length <= MAX_SIGNALS && entries.every(([k, v]) => SIGNAL_NAME.test(k) && typeof v === 'number' && Number.isFinite(v));
}

const TRIGGERS: readonly Trigger[] = ['toolbar', 'command', 'auto'];
const STATUSES: readonly CleanStatus[] = ['clean', 'original', 'no-article', 'too-large', 'restricted', 'error'];

const forTab = { tabId: isTabId };

const SPEECH_COMMANDS: readonly SpeechCommand[] = ['status', 'play', 'pause', 'stop', 'toggle', 'rate'];
const SPEECH_STATUSES: readonly SpeechStatus[] = ['idle', 'playing', 'paused', 'not-clean', 'no-voice', 'no-speech', 'blocked', 'error'];
const isRate = (x: unknown): x is number => typeof x === 'number' && x >= MIN_SPEECH_RATE && x <= MAX_SPEECH_RATE;
// Separate bindings, not one object read or spread below: esbuild keeps a table that reads a
// property (a getter could run), and this table would then ride along in detect.js.
const speechCommand = /* @__PURE__ */ oneOf(SPEECH_COMMANDS);
const speechRate = /* @__PURE__ */ optional(isRate);
const RULE_KIND_VALUES: readonly RuleKind[] = ['hide', 'article', 'show'];
const PICK_MODES: readonly PickMode[] = ['hide', 'article', 'show-hidden'];
const isRuleSelector = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= MAX_RULE_SELECTOR_CHARS;
const isSelectorList = (x: unknown): x is string[] => Array.isArray(x) && x.length <= MAX_PAGE_RULES && x.every(isRuleSelector);

export function isPageRules(x: unknown): x is PageRules {
  return isRecord(x) && isSelectorList(x.hide) && isSelectorList(x.show) && (x.article === undefined || isRuleSelector(x.article));
}

const REQUEST_CHECKS: { readonly [R in Receiver]: ChecksOf<Protocol[R]> } = {
  background: {
    'get-state': forTab,
    clean: forTab,
    restore: forTab,
    toggle: forTab,
    comfort: forTab,
    detected: { url: isString, article: isBoolean, score: isFiniteNumber, signals: /* @__PURE__ */ optional(isSignals) },
    extract: { html: isString, url: isString, baseUrl: isString, elements: isSafeInteger, maxElements: isSafeInteger, plan: /* @__PURE__ */ optional(isCleanOptions) },
    'load-in-place-reader': {},
    'load-player': {},
    'load-picker': {},
    'read-aloud': { tabId: isTabId, command: speechCommand, rate: speechRate },
    pick: { tabId: isTabId, mode: /* @__PURE__ */ oneOf(PICK_MODES) },
    correction: {
      kind: /* @__PURE__ */ oneOf(RULE_KIND_VALUES),
      selector: isRuleSelector,
      preview: (x) => typeof x === 'string' && x.length <= MAX_RULE_PREVIEW_CHARS,
    },
  },
  offscreen: {
    'offscreen/extract': { request: (x) => isExtractRequest(x) },
  },
  cleaner: {
    'cleaner/clean': {
      trigger: /* @__PURE__ */ oneOf(TRIGGERS),
      options: /* @__PURE__ */ optional(isCleanOptions),
      url: /* @__PURE__ */ optional(isString),
      rules: /* @__PURE__ */ optional(isPageRules),
      comfort: /* @__PURE__ */ optional(isComfortOptions),
    },
    'cleaner/pick': { mode: /* @__PURE__ */ oneOf(PICK_MODES) },
    'cleaner/comfort': { comfort: isComfortOptions },
    'cleaner/restore': { stale: /* @__PURE__ */ optional(isBoolean) },
    'cleaner/state': {},
    'cleaner/read-aloud': { command: speechCommand, rate: speechRate },
  },
};

/** The guard for the messages of `types` to `receiver` (all of its types when none are named). */
function guard<R extends Receiver, K extends RequestType<R>>(receiver: R, types?: readonly K[]): (x: unknown) => x is Message<R, K> {
  const table = REQUEST_CHECKS[receiver] as unknown as Record<string, Record<string, Check>>;
  const allowed = types ?? (Object.keys(table) as K[]);
  return (x: unknown): x is Message<R, K> => {
    if (!isRecord(x) || typeof x.type !== 'string' || !(allowed as readonly string[]).includes(x.type)) return false;
    const checks = table[x.type] as Record<string, Check>;
    return Object.keys(checks).every((key) => (checks[key] as Check)(x[key]));
  };
}

export const isBackgroundRequest = /* @__PURE__ */ guard('background', ['get-state', 'clean', 'restore', 'toggle', 'pick', 'comfort']);
export const isCorrectionEvent = /* @__PURE__ */ guard('background', ['correction']);
export const isContentEvent = /* @__PURE__ */ guard('background', ['detected']);
export const isExtractRequest = /* @__PURE__ */ guard('background', ['extract']);
export const isReaderRequest = /* @__PURE__ */ guard('background', ['load-in-place-reader']);
export const isSpeechRequest = /* @__PURE__ */ guard('background', ['read-aloud']);
export const isPlayerLoadRequest = /* @__PURE__ */ guard('background', ['load-player']);
export const isPickerLoadRequest = /* @__PURE__ */ guard('background', ['load-picker']);
export const isOffscreenRequest = /* @__PURE__ */ guard('offscreen');
export const isCleanerRequest = /* @__PURE__ */ guard('cleaner');

export function isTabState(x: unknown): x is TabState {
  return isRecord(x) && typeof x.status === 'string' && (STATUSES as readonly string[]).includes(x.status) && (x.reading === undefined || isReadingEstimate(x.reading));
}

const isShortString = (x: unknown): x is string => typeof x === 'string' && x.length <= 200;
const isCount = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;

export function isSpeechState(x: unknown): x is SpeechState {
  if (!isRecord(x) || !(SPEECH_STATUSES as readonly unknown[]).includes(x.status) || !isRate(x.rate)) return false;
  const voice = x.voice;
  return (
    (voice === undefined || (isRecord(voice) && isShortString(voice.name) && isShortString(voice.lang) && (voice.remote === undefined || typeof voice.remote === 'boolean'))) &&
    (x.voiceMatches === undefined || typeof x.voiceMatches === 'boolean') &&
    (x.lang === undefined || isShortString(x.lang)) &&
    (x.block === undefined || isCount(x.block)) &&
    (x.blocks === undefined || isCount(x.blocks))
  );
}

const isIndexList = (x: unknown): x is number[] => Array.isArray(x) && x.every((n) => Number.isSafeInteger(n) && n >= -1);

function isPlannedCleanup(x: unknown): x is PlannedCleanup {
  return (
    isRecord(x) &&
    Number.isSafeInteger(x.root) &&
    isIndexList(x.extras) &&
    isIndexList(x.hide) &&
    isIndexList(x.positioned) &&
    Array.isArray(x.pairs) &&
    x.pairs.every((p) => Array.isArray(p) && p.length === 3 && Number.isSafeInteger(p[0]) && typeof p[1] === 'string' && Number.isSafeInteger(p[2])) &&
    (x.reading === undefined || isReadingEstimate(x.reading))
  );
}

export function isExtractReply(x: unknown): x is ExtractReply {
  if (!isRecord(x)) return false;
  if (x.kind === 'no-article') return typeof x.reason === 'string' && (x.why === undefined || (NO_ARTICLE_WHY as readonly unknown[]).includes(x.why));
  if (x.kind === 'too-large') return Number.isSafeInteger(x.elements);
  if (x.kind !== 'article') return false;
  return (
    Number.isSafeInteger(x.elements) &&
    isIndexList(x.kept) &&
    isIndexList(x.keptParents) &&
    Array.isArray(x.keptTags) &&
    x.keptTags.every((t) => typeof t === 'string') &&
    x.keptTags.length === x.kept.length &&
    x.keptParents.length === x.kept.length &&
    isIndexList(x.top) &&
    typeof x.textLength === 'number' &&
    Number.isFinite(x.textLength) &&
    isRecord(x.metadata) &&
    (x.setAside === undefined || isIndexList(x.setAside)) &&
    (x.plan === undefined || isPlannedCleanup(x.plan))
  );
}

type ReplyChecks<M> = { readonly [K in keyof M]: Check };

/** Per request, the check its reply must pass. */
const REPLY_CHECKS: { readonly [R in Receiver]: ReplyChecks<Protocol[R]> } = {
  background: {
    'get-state': isTabState,
    clean: isTabState,
    restore: isTabState,
    toggle: isTabState,
    comfort: isTabState,
    detected: () => true,
    extract: isExtractReply,
    'load-in-place-reader': isBoolean,
    'load-player': isBoolean,
    'load-picker': isBoolean,
    'read-aloud': isSpeechState,
    pick: isTabState,
    correction: isBoolean,
  },
  offscreen: { 'offscreen/extract': isExtractReply },
  cleaner: { 'cleaner/clean': isTabState, 'cleaner/restore': isTabState, 'cleaner/state': isTabState, 'cleaner/read-aloud': isSpeechState, 'cleaner/pick': isTabState, 'cleaner/comfort': isTabState },
};

// ---------------------------------------------------------------------------------------------
// Sending

/** How a message leaves: `runtime.sendMessage`, or `tabs.sendMessage` bound to one tab and document. */
export type Post = (message: unknown) => Promise<unknown> | undefined;

/**
 * Sends `message` to `receiver` by `post`. Resolves to the reply when it is what the map says
 * the receiver answers, else undefined; rejects when the message cannot be delivered.
 */
export async function send<R extends Receiver, K extends RequestType<R>>(post: Post, receiver: R, message: Message<R, K>): Promise<Reply<R, K> | undefined> {
  const reply = await post(message);
  const check = (REPLY_CHECKS[receiver] as Record<string, Check>)[message.type];
  return check?.(reply) ? (reply as Reply<R, K>) : undefined;
}

// ---------------------------------------------------------------------------------------------
// The browser's API. The background and the extension pages import webextension-polyfill; the
// content scripts, which must stay small and fast to start, use the browser's own object.

/** The part of the extension API the content scripts' messages need. */
export interface RuntimeLike {
  id?: string;
  sendMessage(message: unknown): Promise<unknown> | undefined;
}

/** The browser's native promise-based `browser` object (Firefox, current Chromium), if any. */
export function nativeBrowser<T = { runtime?: RuntimeLike }>(): T | undefined {
  return (globalThis as unknown as { browser?: T }).browser;
}

/** The extension runtime as the browser gives it: `browser.runtime`, else `chrome.runtime`. */
export function nativeRuntime(): RuntimeLike | undefined {
  const chrome = (globalThis as unknown as { chrome?: { runtime?: RuntimeLike } }).chrome;
  return nativeBrowser()?.runtime ?? chrome?.runtime;
}

/** The document a message came from (Chromium names it; Firefox does not). */
export function senderDocumentId(sender: object): string | undefined {
  const id = (sender as { documentId?: unknown }).documentId;
  return typeof id === 'string' ? id : undefined;
}
