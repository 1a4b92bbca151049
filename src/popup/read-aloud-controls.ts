/**
 * The popup's "Read aloud" section: play or pause, stop, the speaking rate, and the voice in use.
 * The player lives in the page (the popup closes when it loses focus), so the section asks it for
 * its state when the popup opens, after each action, once a second while it reads, and when the
 * popup's page state changes (the toggle restores or cleans the page).
 */
import { MAX_SPEECH_RATE, MIN_SPEECH_RATE, type SpeechCommand, type SpeechState } from '../shared/protocol';
import { formatNumber, languageName, t } from '../shared/i18n';
import { el } from './dom';

/** The speaking rate as the reader writes it: one decimal (1.0×, 1,0×…). */
const rateWords = (rate: number) => t('read_aloud_rate_value', { rate: formatNumber(rate, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });

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
  const title = el('h2', { id: 'read-aloud-title' }, t('read_aloud_heading'));
  const play = el('button', { type: 'button', id: 'read-aloud-play' }, t('read_aloud_play'));
  const stop = el('button', { type: 'button', id: 'read-aloud-stop' }, t('read_aloud_stop'));
  const rate = el('input', { type: 'range', id: 'read-aloud-rate', min: String(MIN_SPEECH_RATE), max: String(MAX_SPEECH_RATE), step: '0.1', value: '1' });
  const rateValue = el('output', { id: 'read-aloud-rate-value', for: 'read-aloud-rate' }, rateWords(1));
  const rateLabel = el('label', { for: 'read-aloud-rate' }, t('read_aloud_speed'));
  const voice = el('p', { id: 'read-aloud-voice', class: 'read-aloud-voice' });
  const note = el('p', { id: 'read-aloud-note', class: 'read-aloud-note', role: 'status' });
  section.setAttribute('aria-labelledby', 'read-aloud-title');
  section.replaceChildren(title, el('div', { class: 'read-aloud-buttons' }, play, stop, el('span', { class: 'read-aloud-rate' }, rateLabel, rate, rateValue)), voice, note);
  return { section, play, stop, rate, rateValue, voice, note };
}

function showRate(els: ReadAloudElements): void {
  const words = rateWords(Number(els.rate.value));
  els.rateValue.textContent = words;
  els.rate.setAttribute('aria-valuetext', words);
}

/** Puts one player state on screen. */
export function renderReadAloud(els: ReadAloudElements, state: SpeechState): void {
  els.section.hidden = state.status === 'not-clean';
  els.section.dataset.speech = state.status;
  const canPlay = state.status === 'idle' || state.status === 'playing' || state.status === 'paused' || state.status === 'blocked' || state.status === 'error';
  els.play.disabled = !canPlay;
  els.play.textContent = state.status === 'playing' ? t('read_aloud_pause') : state.status === 'paused' ? t('read_aloud_resume') : t('read_aloud_play');
  els.stop.disabled = state.status !== 'playing' && state.status !== 'paused' && state.status !== 'blocked';
  els.rate.disabled = !canPlay;
  if (els.section.ownerDocument.activeElement !== els.rate) {
    els.rate.value = String(state.rate);
    showRate(els);
  }
  // Voice names come from the browser, not the page; still text only.
  els.voice.textContent = state.voice && canPlay ? t('read_aloud_voice', { name: state.voice.name, lang: state.voice.lang }) : '';
  els.voice.hidden = els.voice.textContent === '';
  const notes: string[] = [];
  if (state.status === 'no-voice') notes.push(t('read_aloud_no_voice'));
  if (state.status === 'no-speech') notes.push(t('read_aloud_no_speech'));
  if (state.status === 'blocked') notes.push(t('read_aloud_blocked'));
  if (state.status === 'error') notes.push(t('read_aloud_error'));
  if (canPlay && state.voice && state.voiceMatches === false && state.lang) notes.push(t('read_aloud_other_language', { language: languageName(state.lang) }));
  if (canPlay && state.voice?.remote) notes.push(t('read_aloud_remote'));
  if (state.block !== undefined && state.blocks !== undefined) notes.push(t(state.status === 'paused' ? 'read_aloud_paused' : 'read_aloud_progress', { part: state.block, parts: state.blocks }));
  els.note.textContent = notes.join(' ');
  els.note.hidden = notes.length === 0;
}

/** How often the section asks for the player's state while it reads. */
const POLL_MS = 1000;
/** How many times it asks again while the browser offers no voice yet (a speech service's voices can arrive late). */
const NO_VOICE_POLLS = 10;

/** Builds the section and keeps it in step with the player of the popup's tab. */
export async function mountReadAloud(section: HTMLElement, ask: AskPlayer): Promise<void> {
  const els = buildReadAloud(section);
  let state: SpeechState = { status: 'not-clean', rate: 1 };
  let poll: ReturnType<typeof setTimeout> | undefined;
  let noVoicePolls = 0;
  const show = (next: SpeechState) => {
    state = next;
    renderReadAloud(els, state);
    clearTimeout(poll);
    if (state.status === 'playing') poll = setTimeout(() => void act('status'), POLL_MS);
    else if (state.status === 'no-voice' && noVoicePolls < NO_VOICE_POLLS) {
      noVoicePolls += 1;
      poll = setTimeout(() => void act('status'), POLL_MS);
    }
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
