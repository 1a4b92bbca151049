/**
 * The popup's "Read aloud" section: play or pause, stop, the speaking rate, and the voice in use.
 * The player lives in the page (the popup closes when it loses focus), so the section asks it for
 * its state when the popup opens, after each action, once a second while it reads, and when the
 * popup's page state changes (the toggle restores or cleans the page).
 */
import { MAX_SPEECH_RATE, MIN_SPEECH_RATE, type SpeechCommand, type SpeechState } from '../shared/protocol';
import { el } from './dom';

/** Every word this section shows, in one place (for translation). */
export const STRINGS = {
  title: 'Read aloud',
  play: 'Play',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'Stop',
  rate: 'Speed',
  rateValue: (rate: number) => `${rate.toFixed(1)}×`,
  voice: (name: string, lang: string) => `Voice: ${name} (${lang})`,
  remote: 'This voice is online: the browser sends the article’s text to its speech service.',
  otherLanguage: (lang: string) => `No voice for this article’s language (${lang}) is available; another voice reads it.`,
  progress: (block: number, blocks: number) => `Reading part ${block} of ${blocks}.`,
  paused: (block: number, blocks: number) => `Paused at part ${block} of ${blocks}.`,
  noVoice: 'No voice is available in this browser, so the article cannot be read aloud.',
  noSpeech: 'This browser cannot read aloud (it has no speech synthesis).',
  blocked: 'The browser lets a page speak only after you use it: click anywhere in the article (or press a key there) and reading starts.',
  error: 'The browser’s speech stopped with an error.',
} as const;

export type AskPlayer = (command: SpeechCommand, rate?: number) => Promise<SpeechState>;

export interface ReadAloudElements {
  section: HTMLElement;
  play: HTMLButtonElement;
  stop: HTMLButtonElement;
  rate: HTMLInputElement;
  rateValue: HTMLOutputElement;
  voice: HTMLElement;
  note: HTMLElement;
}

/** Builds the section's controls inside `section` (replacing what is there). */
export function buildReadAloud(section: HTMLElement): ReadAloudElements {
  const title = el('h2', { id: 'read-aloud-title' }, STRINGS.title);
  const play = el('button', { type: 'button', id: 'read-aloud-play' }, STRINGS.play);
  const stop = el('button', { type: 'button', id: 'read-aloud-stop' }, STRINGS.stop);
  const rate = el('input', { type: 'range', id: 'read-aloud-rate', min: String(MIN_SPEECH_RATE), max: String(MAX_SPEECH_RATE), step: '0.1', value: '1' });
  const rateValue = el('output', { id: 'read-aloud-rate-value', for: 'read-aloud-rate' }, STRINGS.rateValue(1));
  const rateLabel = el('label', { for: 'read-aloud-rate' }, STRINGS.rate);
  const voice = el('p', { id: 'read-aloud-voice', class: 'read-aloud-voice' });
  const note = el('p', { id: 'read-aloud-note', class: 'read-aloud-note', role: 'status' });
  section.setAttribute('aria-labelledby', 'read-aloud-title');
  section.replaceChildren(title, el('div', { class: 'read-aloud-buttons' }, play, stop, rateLabel, rate, rateValue), voice, note);
  return { section, play, stop, rate, rateValue, voice, note };
}

function showRate(els: ReadAloudElements): void {
  const words = STRINGS.rateValue(Number(els.rate.value));
  els.rateValue.textContent = words;
  els.rate.setAttribute('aria-valuetext', words);
}

/** Puts one player state on screen. */
export function renderReadAloud(els: ReadAloudElements, state: SpeechState): void {
  els.section.hidden = state.status === 'not-clean';
  els.section.dataset.speech = state.status;
  const canPlay = state.status === 'idle' || state.status === 'playing' || state.status === 'paused' || state.status === 'blocked' || state.status === 'error';
  els.play.disabled = !canPlay;
  els.play.textContent = state.status === 'playing' ? STRINGS.pause : state.status === 'paused' ? STRINGS.resume : STRINGS.play;
  els.stop.disabled = state.status !== 'playing' && state.status !== 'paused' && state.status !== 'blocked';
  els.rate.disabled = !canPlay;
  if (els.section.ownerDocument.activeElement !== els.rate) {
    els.rate.value = String(state.rate);
    showRate(els);
  }
  // Voice names come from the browser, not the page; still text only.
  els.voice.textContent = state.voice && canPlay ? STRINGS.voice(state.voice.name, state.voice.lang) : '';
  els.voice.hidden = els.voice.textContent === '';
  const notes: string[] = [];
  if (state.status === 'no-voice') notes.push(STRINGS.noVoice);
  if (state.status === 'no-speech') notes.push(STRINGS.noSpeech);
  if (state.status === 'blocked') notes.push(STRINGS.blocked);
  if (state.status === 'error') notes.push(STRINGS.error);
  if (canPlay && state.voice && state.voiceMatches === false && state.lang) notes.push(STRINGS.otherLanguage(state.lang));
  if (canPlay && state.voice?.remote) notes.push(STRINGS.remote);
  if (state.block !== undefined && state.blocks !== undefined) notes.push((state.status === 'paused' ? STRINGS.paused : STRINGS.progress)(state.block, state.blocks));
  els.note.textContent = notes.join(' ');
  els.note.hidden = notes.length === 0;
}

/** How often the section asks for the player's state while it reads. */
const POLL_MS = 1000;

/** Builds the section and keeps it in step with the player of the popup's tab. */
export async function mountReadAloud(section: HTMLElement, ask: AskPlayer): Promise<void> {
  const els = buildReadAloud(section);
  let state: SpeechState = { status: 'not-clean', rate: 1 };
  let poll: ReturnType<typeof setTimeout> | undefined;
  const show = (next: SpeechState) => {
    state = next;
    renderReadAloud(els, state);
    clearTimeout(poll);
    if (state.status === 'playing') poll = setTimeout(() => void act('status'), POLL_MS);
  };
  const act = async (command: SpeechCommand, rate?: number) => {
    try {
      show(await ask(command, rate));
    } catch {
      show({ status: 'error', rate: state.rate });
    }
  };
  els.play.addEventListener('click', () => void act(state.status === 'playing' ? 'pause' : 'play', Number(els.rate.value)));
  els.stop.addEventListener('click', () => void act('stop'));
  els.rate.addEventListener('input', () => showRate(els));
  els.rate.addEventListener('change', () => void act('rate', Number(els.rate.value)));
  // The popup's page state changed (the toggle cleaned or restored the page): ask again.
  const body = section.ownerDocument.body;
  new MutationObserver(() => void act('status')).observe(body, { attributes: true, attributeFilter: ['data-status'] });
  renderReadAloud(els, state);
  await act('status');
}
