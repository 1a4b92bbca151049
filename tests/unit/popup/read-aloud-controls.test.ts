import { describe, expect, it, vi } from 'vitest';
import { buildReadAloud, mountReadAloud, renderReadAloud } from '../../../src/popup/read-aloud-controls';
import type { SpeechCommand, SpeechState } from '../../../src/shared/protocol';
import { installI18n } from '../helpers/i18n-stub';

function section() {
  document.body.innerHTML = '<section id="read-aloud" hidden></section>';
  return document.getElementById('read-aloud') as HTMLElement;
}

describe('popup read-aloud section', () => {
  it('has controls a reader (and a test) finds by role and name', () => {
    const els = buildReadAloud(section());
    expect(els.play.textContent).toBe('Play');
    expect(els.rate.labels?.[0]?.textContent).toBe('Speed');
    expect([els.rate.min, els.rate.max]).toEqual(['0.5', '2']);
    expect(els.section.getAttribute('aria-labelledby')).toBe('read-aloud-title');
  });

  it('says there is no voice and disables Play when the browser has none', () => {
    const els = buildReadAloud(section());
    renderReadAloud(els, { status: 'no-voice', rate: 1 });
    expect(els.section.hidden).toBe(false);
    expect(els.play.disabled).toBe(true);
    expect(els.stop.disabled).toBe(true);
    expect(els.note.textContent).toBe('No voice is available in this browser, so the article cannot be read aloud.');
  });

  it('offers Pause and Stop while reading, Resume when paused, and hides on a page not cleaned', () => {
    const els = buildReadAloud(section());
    const voice = { name: 'Anna', lang: 'de-DE' };
    renderReadAloud(els, { status: 'playing', rate: 1.3, voice, voiceMatches: true, lang: 'de', block: 2, blocks: 9 });
    expect([els.play.textContent, els.play.disabled, els.stop.disabled]).toEqual(['Pause', false, false]);
    expect(els.voice.textContent).toBe('Voice: Anna (de-DE)');
    expect(els.note.textContent).toBe('Reading part 2 of 9.');
    expect([els.rate.value, els.rateValue.textContent]).toEqual(['1.3', '1.3×']);
    renderReadAloud(els, { status: 'paused', rate: 1, voice, voiceMatches: true, block: 2, blocks: 9 });
    expect(els.play.textContent).toBe('Resume');
    expect(els.note.textContent).toBe('Paused at part 2 of 9.');
    renderReadAloud(els, { status: 'not-clean', rate: 1 });
    expect(els.section.hidden).toBe(true);
  });

  it('says when the voice is an online one', () => {
    const els = buildReadAloud(section());
    renderReadAloud(els, { status: 'idle', rate: 1, voice: { name: 'Google US English', lang: 'en-US', remote: true }, voiceMatches: true, lang: 'en' });
    expect(els.note.textContent).toBe('This voice is online: the browser sends the article’s text to its speech service.');
  });

  it('says when no voice speaks the article’s language', () => {
    const els = buildReadAloud(section());
    renderReadAloud(els, { status: 'idle', rate: 1, voice: { name: 'Anna', lang: 'de-DE' }, voiceMatches: false, lang: 'ar' });
    expect(els.play.disabled).toBe(false);
    expect(els.note.textContent).toBe('No voice for this article’s language (Arabic) is available; another voice reads it.');
  });

  it('speaks the reader’s language: words, the decimal mark and the article language’s name', () => {
    installI18n('de');
    const els = buildReadAloud(section());
    renderReadAloud(els, { status: 'paused', rate: 1.3, voice: { name: 'Anna', lang: 'de-DE' }, voiceMatches: false, lang: 'ar', block: 2, blocks: 9 });
    expect(els.section.querySelector('h2')?.textContent).toBe('Vorlesen');
    expect([els.play.textContent, els.stop.textContent, els.rate.labels?.[0]?.textContent]).toEqual(['Fortsetzen', 'Beenden', 'Tempo']);
    expect([els.rateValue.textContent, els.rate.getAttribute('aria-valuetext')]).toEqual(['1,3×', '1,3×']);
    expect(els.note.textContent).toBe('Für die Sprache dieses Artikels (Arabisch) gibt es keine Stimme; eine andere Stimme liest ihn vor. Angehalten bei Teil 2 von 9.');
  });

  it('asks the player on open, plays at the slider’s speed, pauses, and asks again when the page state changes', async () => {
    const asked: Array<[SpeechCommand, number | undefined]> = [];
    let status: SpeechState['status'] = 'idle';
    const ask = async (command: SpeechCommand, rate?: number): Promise<SpeechState> => {
      asked.push([command, rate]);
      if (command === 'play') status = 'playing';
      if (command === 'pause') status = 'paused';
      return { status, rate: rate ?? 1 };
    };
    const box = section();
    await mountReadAloud(box, ask);
    const play = document.getElementById('read-aloud-play') as HTMLButtonElement;
    const rate = document.getElementById('read-aloud-rate') as HTMLInputElement;
    rate.value = '1.5';
    play.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(play.textContent).toBe('Pause');
    play.click();
    await new Promise((r) => setTimeout(r, 0));
    document.body.dataset.status = 'original';
    await new Promise((r) => setTimeout(r, 0));
    expect(asked.map(([c]) => c)).toEqual(['status', 'play', 'pause', 'status']);
    expect(asked[1]).toEqual(['play', 1.5]);
  });

  it('asks again while there is no voice yet, enables Play once one arrives, and stops asking after a bounded number of tries', async () => {
    vi.useFakeTimers();
    try {
      let calls = 0;
      let voicesFrom = 3;
      const ask = async (): Promise<SpeechState> => {
        calls += 1;
        return calls >= voicesFrom ? { status: 'idle', rate: 1, voice: { name: 'Late', lang: 'en-GB' } } : { status: 'no-voice', rate: 1 };
      };
      await mountReadAloud(section(), ask);
      const play = document.getElementById('read-aloud-play') as HTMLButtonElement;
      expect(play.disabled).toBe(true);
      await vi.advanceTimersByTimeAsync(2_000);
      expect(play.disabled).toBe(false);
      expect(document.getElementById('read-aloud-voice')?.textContent).toBe('Voice: Late (en-GB)');
      await vi.advanceTimersByTimeAsync(10_000);
      expect(calls).toBe(3);

      calls = 0;
      voicesFrom = Infinity;
      await mountReadAloud(section(), ask);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(calls).toBe(11);
      expect(document.getElementById('read-aloud-note')?.textContent).toContain('No voice is available');
    } finally {
      vi.useRealTimers();
    }
  });
});
