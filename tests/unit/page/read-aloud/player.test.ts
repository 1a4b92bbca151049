/**
 * The player against a recording stand-in for the Web Speech API: what it speaks and in which
 * order, what it marks, where it goes on after a pause or a rate change, and when it stops.
 */
import { describe, expect, it } from 'vitest';
import { ReadAloud, SPEAKING_ATTR, type CleanedArticle, type SpeechApi } from '../../../../src/page/read-aloud/player';
import { domFrom } from '../../helpers/page-fixture';

class FakeUtterance extends EventTarget {
  lang = '';
  voice: unknown = null;
  rate = 1;
  constructor(public text: string) {
    super();
  }
}

/** Records every utterance; the test says when the engine starts, reaches a word and ends. */
class FakeSynth extends EventTarget {
  spoken: FakeUtterance[] = [];
  cancels = 0;
  current: FakeUtterance | undefined;
  constructor(public voices: Array<{ name: string; lang: string; default: boolean; localService: boolean }>) {
    super();
  }
  getVoices() {
    return this.voices;
  }
  speak(u: FakeUtterance) {
    this.spoken.push(u);
    this.current = u;
    u.dispatchEvent(new Event('start'));
  }
  cancel() {
    this.cancels++;
    const u = this.current;
    this.current = undefined;
    if (u) u.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }));
  }
  end() {
    const u = this.current;
    this.current = undefined;
    u?.dispatchEvent(new Event('end'));
  }
  boundary(charIndex: number) {
    this.current?.dispatchEvent(Object.assign(new Event('boundary'), { charIndex }));
  }
  fail(error: string) {
    const u = this.current;
    this.current = undefined;
    u?.dispatchEvent(Object.assign(new Event('error'), { error }));
  }
}

const EN = { name: 'English', lang: 'en-US', default: true, localService: true };

function setup(voices = [EN], body = '<h1 id="h">Headline here</h1><p id="p1">First paragraph.</p><p id="p2">Second paragraph.</p>') {
  const doc = domFrom(`<html lang="en"><body><article id="a">${body}</article></body></html>`);
  const synth = new FakeSynth(voices);
  const speech = (): SpeechApi => ({ synth: synth as unknown as SpeechSynthesis, Utterance: FakeUtterance as unknown as SpeechApi['Utterance'] });
  let clean = true;
  const article = (): CleanedArticle | undefined => (clean ? { keepNodes: [doc.getElementById('a')!] } : undefined);
  const player = new ReadAloud(doc, article, speech);
  const marked = () => Array.from(doc.querySelectorAll(`[${SPEAKING_ATTR}]`), (el) => el.id);
  return { doc, synth, player, marked, restore: () => (clean = false) };
}

describe('read aloud player', () => {
  it('speaks the headline, then each paragraph, marking the one being read, and ends idle with no mark', async () => {
    const { synth, player, marked } = setup();
    const state = await player.command('play');
    expect(state).toMatchObject({ status: 'playing', block: 1, blocks: 3, voice: { name: 'English', lang: 'en-US' }, voiceMatches: true, lang: 'en' });
    expect(synth.spoken.map((u) => u.text)).toEqual(['Headline here']);
    expect(synth.spoken[0]).toMatchObject({ lang: 'en', voice: EN, rate: 1 });
    expect(marked()).toEqual(['h']);
    synth.end();
    expect(marked()).toEqual(['p1']);
    synth.end();
    expect(marked()).toEqual(['p2']);
    synth.end();
    expect(synth.spoken.map((u) => u.text)).toEqual(['Headline here', 'First paragraph.', 'Second paragraph.']);
    expect(marked()).toEqual([]);
    expect((await player.command('status')).status).toBe('idle');
  });

  it('pauses and goes on from the last word the engine reached', async () => {
    const { synth, player, marked } = setup();
    await player.command('play');
    synth.end();
    synth.boundary(6); // "First |paragraph."
    expect((await player.command('pause')).status).toBe('paused');
    expect(synth.current).toBeUndefined();
    expect(marked()).toEqual(['p1']); // the place stays marked while paused
    const resumed = await player.command('toggle');
    expect(resumed).toMatchObject({ status: 'playing', block: 2 });
    expect(synth.spoken.at(-1)?.text).toBe('paragraph.');
    synth.end();
    expect(synth.spoken.at(-1)?.text).toBe('Second paragraph.');
  });

  it('goes on at a new rate from the same place', async () => {
    const { synth, player } = setup();
    await player.command('play');
    synth.boundary(9); // "Headline |here"
    const state = await player.command('rate', 1.5);
    expect(state.rate).toBe(1.5);
    expect(synth.spoken.at(-1)).toMatchObject({ text: 'here', rate: 1.5 });
    synth.end();
    expect(synth.spoken.at(-1)).toMatchObject({ text: 'First paragraph.', rate: 1.5 });
  });

  it('stops and unmarks on stop, and reads nothing more once the page is restored', async () => {
    const { synth, player, marked, restore } = setup();
    await player.command('play');
    expect((await player.command('stop')).status).toBe('idle');
    expect(marked()).toEqual([]);
    expect(synth.current).toBeUndefined();
    await player.command('play');
    restore();
    synth.end();
    expect(synth.spoken).toHaveLength(2);
    expect(marked()).toEqual([]);
    expect((await player.command('status')).status).toBe('not-clean');
    expect((await player.command('play')).status).toBe('not-clean');
  });

  it('stops on pagehide and when a single-page site moves to another address', async () => {
    const { doc, synth, player, marked } = setup();
    const win = doc.defaultView!;
    await player.command('play');
    win.dispatchEvent(new win.Event('pagehide'));
    expect(synth.current).toBeUndefined();
    expect(marked()).toEqual([]);
    expect((await player.command('status')).status).toBe('idle');
    await player.command('play');
    win.history.pushState({}, '', '/another-story');
    win.dispatchEvent(new win.PopStateEvent('popstate'));
    expect(synth.current).toBeUndefined();
    expect((await player.command('status')).status).toBe('idle');
    // A fragment change is not a new page: reading goes on.
    await player.command('play');
    win.history.pushState({}, '', '/another-story#part-2');
    win.dispatchEvent(new win.PopStateEvent('popstate'));
    expect(synth.current).toBeDefined();
  });

  it('skips a block the page removed or the cleanup hid after reading began', async () => {
    const { doc, synth, player } = setup(undefined, '<h1>Head</h1><p id="p1">One.</p><p id="p2">Two.</p><p id="p3">Three.</p>');
    await player.command('play');
    doc.getElementById('p1')!.setAttribute('data-quiet-reader-hide', '');
    doc.getElementById('p2')!.remove();
    synth.end();
    expect(synth.spoken.map((u) => u.text)).toEqual(['Head', 'Three.']);
  });

  it('says there is no voice when the browser offers none, and does not speak', async () => {
    const { synth, player } = setup([]);
    expect((await player.command('play')).status).toBe('no-voice');
    expect(synth.spoken).toHaveLength(0);
  });

  it('waits for the reader’s key press when the browser refuses to speak, and gives up after errors in a row', async () => {
    const first = setup();
    await first.player.command('play');
    first.synth.end();
    first.synth.fail('not-allowed');
    expect((await first.player.command('status')).status).toBe('blocked');
    // The reader's next key press (or click) in the page starts it where it was.
    const win = first.doc.defaultView!;
    win.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'a' }));
    expect(first.synth.spoken.map((u) => u.text)).toEqual(['Headline here', 'First paragraph.', 'First paragraph.']);
    expect((await first.player.command('status')).status).toBe('playing');
    first.synth.fail('not-allowed');
    await first.player.command('stop');
    win.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'a' }));
    expect(first.synth.spoken).toHaveLength(3);
    expect(first.marked()).toEqual([]);
    const second = setup(undefined, '<p id="a1">One.</p><p id="a2">Two.</p><p id="a3">Three.</p><p id="a4">Four.</p>');
    await second.player.command('play');
    second.synth.fail('synthesis-failed'); // one failing utterance is skipped
    expect(second.synth.spoken.at(-1)?.text).toBe('Two.');
    second.synth.fail('synthesis-failed');
    second.synth.fail('synthesis-failed');
    expect((await second.player.command('status')).status).toBe('error');
    expect(second.synth.spoken).toHaveLength(3);
  });

  it('treats a cancel it did not make (the page’s own) as a pause', async () => {
    const { synth, player } = setup();
    await player.command('play');
    synth.cancel();
    expect((await player.command('status')).status).toBe('paused');
    await player.command('play');
    expect(synth.spoken.at(-1)?.text).toBe('Headline here');
  });

  it('reads with the default voice and says so when none speaks the article’s language', async () => {
    const { player } = setup([{ name: 'Deutsch', lang: 'de-DE', default: true, localService: true }]);
    expect(await player.command('status')).toMatchObject({ status: 'idle', voice: { name: 'Deutsch' }, voiceMatches: false, lang: 'en' });
  });
});
