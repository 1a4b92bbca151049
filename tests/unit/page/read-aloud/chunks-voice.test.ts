import { describe, expect, it } from 'vitest';
import { MAX_CHUNK_CHARS, splitIntoChunks } from '../../../../src/page/read-aloud/chunks';
import { normalizeLang, pickVoice, type VoiceLike } from '../../../../src/page/read-aloud/voice';

describe('utterance chunks', () => {
  it('keeps a short text whole', () => {
    expect(splitIntoChunks('One. Two.', 'en')).toEqual(['One. Two.']);
    expect(splitIntoChunks('', 'en')).toEqual([]);
  });

  it('packs whole sentences up to the limit', () => {
    const s = 'A sentence of some sixty characters, give or take a few more. ';
    const chunks = splitIntoChunks(s.repeat(8).trim(), 'en');
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(MAX_CHUNK_CHARS);
      expect(c.endsWith('.')).toBe(true);
    }
    expect(chunks.join(' ')).toBe(s.repeat(8).trim());
  });

  it('cuts an over-long sentence after a clause mark or a space, and text with neither at the limit', () => {
    const long = `${'word '.repeat(30)}, ${'more words here '.repeat(20)}`.trim();
    const chunks = splitIntoChunks(long, 'en');
    expect(chunks.every((c) => c.length <= MAX_CHUNK_CHARS)).toBe(true);
    expect(chunks.join(' ').replace(/\s+/g, ' ')).toBe(long.replace(/\s+/g, ' '));
    const cjk = '中'.repeat(450);
    expect(splitIntoChunks(cjk, 'zh').map((c) => c.length)).toEqual([200, 200, 50]);
  });

  it('splits Japanese at its sentence marks and survives a language tag the engine rejects', () => {
    const ja = 'これは文です。'.repeat(40);
    const chunks = splitIntoChunks(ja, 'ja');
    expect(chunks.every((c) => c.endsWith('。') && c.length <= MAX_CHUNK_CHARS)).toBe(true);
    expect(splitIntoChunks('Short. '.repeat(40).trim(), 'x-bogus-tag-!')).not.toHaveLength(0);
  });
});

const v = (name: string, lang: string, extra: Partial<VoiceLike> = {}): VoiceLike => ({ name, lang, default: false, localService: true, ...extra });

describe('voice choice', () => {
  const voices = [v('Default US', 'en-US', { default: true }), v('British', 'en-GB'), v('Remote French', 'fr-FR', { localService: false }), v('Local French', 'fr-FR'), v('Brazil', 'pt_BR')];

  it('takes a voice on this device before a remote one, even the browser’s default', () => {
    const remoteDefault = [v('Google US English', 'en-US', { default: true, localService: false }), v('Local US', 'en-US')];
    expect(pickVoice(remoteDefault, 'en-US').voice?.name).toBe('Local US');
    expect(pickVoice([v('Only remote', 'en-US', { localService: false })], 'en').voice?.name).toBe('Only remote');
  });

  it('takes a voice for the exact language and region, a local one before a remote one', () => {
    expect(pickVoice(voices, 'en-GB')).toEqual({ voice: voices[1], matches: true });
    expect(pickVoice(voices, 'fr-FR')).toEqual({ voice: voices[3], matches: true });
    expect(pickVoice(voices, 'pt-br').voice?.name).toBe('Brazil');
  });

  it('falls back to the language without its region, the default voice first', () => {
    expect(pickVoice(voices, 'en').voice?.name).toBe('Default US');
    expect(pickVoice(voices, 'en-AU').voice?.name).toBe('Default US');
    expect(pickVoice(voices, 'fr-CA')).toEqual({ voice: voices[3], matches: true });
  });

  it('takes the default voice, saying it does not match, for a language with no voice or no language', () => {
    expect(pickVoice(voices, 'ar')).toEqual({ voice: voices[0], matches: false });
    expect(pickVoice(voices, undefined)).toEqual({ voice: voices[0], matches: false });
    expect(pickVoice([], 'en')).toEqual({ voice: undefined, matches: false });
  });

  it('ignores a page’s language value that is not a language tag', () => {
    expect(normalizeLang('en_US')).toBe('en-us');
    expect(normalizeLang(' de ')).toBe('de');
    for (const bad of ['', 'english', '<script>', 'e', 'en-', '12']) expect(normalizeLang(bad)).toBeUndefined();
  });
});
