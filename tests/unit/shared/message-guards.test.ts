/**
 * Property-based tests (fast-check) for every message guard: whatever arrives (any value, with
 * __proto__ keys, getters that throw aside), a guard answers a boolean without throwing; every
 * well-formed message passes; a well-formed message with any one field made wrong does not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBackgroundRequest, isCleanerRequest, isContentEvent, isReaderRequest, isTabState } from '../../../src/shared/protocol';
import { isExtractReply, isExtractRequest } from '../../../src/shared/protocol';
import { isOffscreenRequest } from '../../../src/shared/protocol';
import { isSpeechRequest, isSpeechState } from '../../../src/shared/protocol';

const GUARDS = { isBackgroundRequest, isCleanerRequest, isContentEvent, isReaderRequest, isTabState, isExtractRequest, isExtractReply, isOffscreenRequest, isSpeechRequest, isSpeechState };

const tabId = fc.nat({ max: 2 ** 31 });
const options = fc.record({ keepComments: fc.boolean(), keepImages: fc.boolean() });
const index = fc.integer({ min: -1, max: 100_000 });
const comfort = fc.record({
  size: fc.constantFrom(80, 90, 100, 110, 120, 135, 150, 175, 200),
  lineHeight: fc.constantFrom('site', '1.4', '1.6', '1.8', '2'),
  measure: fc.constantFrom('site', 'narrow', 'medium', 'wide'),
  font: fc.constantFrom('site', 'serif', 'sans', 'legible'),
  theme: fc.constantFrom('site', 'light', 'sepia', 'dark', 'auto'),
});

const valid = {
  isBackgroundRequest: fc.record({ type: fc.constantFrom('get-state', 'clean', 'restore', 'toggle', 'comfort'), tabId }),
  isCleanerRequest: fc.oneof(
    fc.record({ type: fc.constant('cleaner/clean'), trigger: fc.constantFrom('toolbar', 'command', 'auto'), options, url: fc.webUrl(), comfort }, { requiredKeys: ['type', 'trigger'] }),
    fc.record({ type: fc.constantFrom('cleaner/restore', 'cleaner/state') }),
    fc.record(
      { type: fc.constant('cleaner/read-aloud'), command: fc.constantFrom('status', 'play', 'pause', 'stop', 'toggle', 'rate'), rate: fc.double({ min: 0.5, max: 2, noNaN: true }) },
      { requiredKeys: ['type', 'command'] },
    ),
    fc.record({ type: fc.constant('cleaner/comfort'), comfort }),
  ),
  isContentEvent: fc.record({ type: fc.constant('detected'), article: fc.boolean(), score: fc.double({ noNaN: true, noDefaultInfinity: true }), url: fc.webUrl() }),
  isReaderRequest: fc.constant({ type: 'load-in-place-reader' }),
  isTabState: fc.record({ status: fc.constantFrom('clean', 'original', 'no-article', 'too-large', 'restricted', 'error') }),
  isExtractRequest: fc.record(
    { type: fc.constant('extract'), html: fc.string(), url: fc.webUrl(), baseUrl: fc.webUrl(), elements: fc.nat(), maxElements: fc.nat(), plan: options },
    { requiredKeys: ['type', 'html', 'url', 'baseUrl', 'elements', 'maxElements'] },
  ),
  isExtractReply: fc.oneof(
    fc.record({ kind: fc.constant('no-article'), reason: fc.string() }),
    fc.record({ kind: fc.constant('too-large'), elements: fc.nat() }),
    fc.array(fc.tuple(index, fc.string({ maxLength: 8 }), index), { maxLength: 5 }).chain((kept) =>
      fc.record({
        kind: fc.constant('article'),
        elements: fc.nat(),
        kept: fc.constant(kept.map((k) => k[0])),
        keptTags: fc.constant(kept.map((k) => k[1])),
        keptParents: fc.constant(kept.map((k) => k[2])),
        top: fc.array(index, { maxLength: 3 }),
        textLength: fc.nat(),
        metadata: fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
      }),
    ),
  ),
  isOffscreenRequest: fc
    .constant(null)
    .chain(() =>
      fc
        .record({ type: fc.constant('extract'), html: fc.string(), url: fc.webUrl(), baseUrl: fc.webUrl(), elements: fc.nat(), maxElements: fc.nat() })
        .map((request) => ({ type: 'offscreen/extract', request })),
    ),
  isSpeechRequest: fc.record(
    { type: fc.constant('read-aloud'), tabId, command: fc.constantFrom('status', 'play', 'pause', 'stop', 'toggle', 'rate'), rate: fc.double({ min: 0.5, max: 2, noNaN: true }) },
    { requiredKeys: ['type', 'tabId', 'command'] },
  ),
  isSpeechState: fc.record(
    {
      status: fc.constantFrom('idle', 'playing', 'paused', 'not-clean', 'no-voice', 'no-speech', 'blocked', 'error'),
      rate: fc.double({ min: 0.5, max: 2, noNaN: true }),
      voice: fc.record({ name: fc.string({ maxLength: 200 }), lang: fc.string({ maxLength: 20 }) }),
      voiceMatches: fc.boolean(),
      block: fc.nat(),
      blocks: fc.nat(),
    },
    { requiredKeys: ['status', 'rate'] },
  ),
} satisfies Record<keyof typeof GUARDS, fc.Arbitrary<unknown>>;

/** Values of the wrong type for any field. */
const wrong = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(NaN),
  fc.constant(-1.5),
  fc.constant(Infinity),
  fc.constant('7'),
  fc.constant([]),
  fc.constant({}),
  fc.constant(true),
  fc.constant('__proto__'),
  fc.bigInt(),
);

/** A field every valid message of that guard requires, and a value that field never accepts. */
function breakOne(guard: keyof typeof GUARDS, msg: Record<string, unknown>, pick: number, bad: unknown): Record<string, unknown> | undefined {
  const required: Record<keyof typeof GUARDS, string[]> = {
    isBackgroundRequest: ['type', 'tabId'],
    isCleanerRequest: msg.type === 'cleaner/clean' ? ['type', 'trigger'] : msg.type === 'cleaner/comfort' ? ['type', 'comfort'] : ['type'],
    isContentEvent: ['type', 'article', 'score', 'url'],
    isReaderRequest: ['type'],
    isTabState: ['status'],
    isExtractRequest: ['type', 'html', 'url', 'baseUrl', 'elements', 'maxElements'],
    isExtractReply:
      msg.kind === 'article' ? ['kind', 'elements', 'kept', 'keptTags', 'keptParents', 'top', 'textLength', 'metadata'] : msg.kind === 'no-article' ? ['kind', 'reason'] : ['kind', 'elements'],
    isOffscreenRequest: ['type', 'request'],
    isSpeechRequest: ['type', 'tabId', 'command'],
    isSpeechState: ['status', 'rate'],
  };
  const keys = required[guard];
  const key = keys[pick % keys.length]!;
  // A wrong value for a field must be wrong for it: an empty array is a valid (empty) index list.
  if (Array.isArray(msg[key]) && Array.isArray(bad)) return undefined;
  // Any string is a valid string field; any finite number a valid score or text length.
  if (typeof msg[key] === 'string' && typeof bad === 'string' && key !== 'type' && key !== 'kind' && key !== 'status' && key !== 'trigger') return undefined;
  if (typeof msg[key] === 'boolean' && typeof bad === 'boolean') return undefined;
  if ((key === 'score' || key === 'textLength') && Number.isFinite(bad)) return undefined;
  if (key === 'metadata' && typeof bad === 'object' && bad !== null && !Array.isArray(bad)) return undefined;
  return { ...msg, [key]: bad };
}

describe('message guards', () => {
  it.each(Object.keys(GUARDS) as Array<keyof typeof GUARDS>)('%s never throws and answers a boolean, whatever arrives', (name) => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withNullPrototype: true, withObjectString: true, withBoxedValues: true }), (x) => {
        expect(typeof GUARDS[name](x)).toBe('boolean');
      }),
      { numRuns: 400 },
    );
  });

  it.each(Object.keys(GUARDS) as Array<keyof typeof GUARDS>)('%s accepts every well-formed message and refuses it with any required field made wrong', (name) => {
    fc.assert(
      fc.property(valid[name] as fc.Arbitrary<Record<string, unknown>>, fc.nat(), wrong, (msg, pick, bad) => {
        expect(GUARDS[name](msg)).toBe(true);
        const broken = breakOne(name, msg, pick, bad);
        if (broken)
          expect(
            GUARDS[name](broken),
            JSON.stringify(broken, (_, v) => (typeof v === 'bigint' ? `${v}n` : v)),
          ).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a read-aloud request for a speed outside the slider’s range or an unknown command', () => {
    for (const rate of [0, 0.49, 2.01, 100, -1]) expect(isSpeechRequest({ type: 'read-aloud', tabId: 1, command: 'rate', rate })).toBe(false);
    expect(isSpeechRequest({ type: 'read-aloud', tabId: 1, command: 'speak' })).toBe(false);
    expect(isCleanerRequest({ type: 'cleaner/read-aloud', command: 'play', rate: 1.25 })).toBe(true);
    expect(isSpeechState({ status: 'playing', rate: 1, voice: { name: 'x'.repeat(201), lang: 'en' } })).toBe(false);
  });

  it('refuses a clean request whose judged address is not a string', () => {
    for (const url of [1, null, {}, ['https://a.example/']]) expect(isCleanerRequest({ type: 'cleaner/clean', trigger: 'auto', url })).toBe(false);
  });
});

describe('comfort messages', () => {
  it('refuses comfort choices outside their values, and a reading estimate that is not one', () => {
    const good = { size: 120, lineHeight: '1.6', measure: 'wide', font: 'serif', theme: 'dark' };
    expect(isCleanerRequest({ type: 'cleaner/comfort', comfort: good })).toBe(true);
    for (const bad of [{ ...good, size: 130 }, { ...good, theme: 'neon' }, { ...good, font: 'url(x)' }, { ...good, measure: undefined }, null, 'dark']) {
      expect(isCleanerRequest({ type: 'cleaner/comfort', comfort: bad })).toBe(false);
      expect(isCleanerRequest({ type: 'cleaner/clean', trigger: 'auto', comfort: bad })).toBe(false);
    }
    expect(isTabState({ status: 'clean', reading: { minutes: 2, words: 400, cjkChars: 0 } })).toBe(true);
    expect(isTabState({ status: 'clean', reading: { minutes: 2, words: '400', cjkChars: 0 } })).toBe(false);
  });
});
