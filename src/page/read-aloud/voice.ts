/**
 * Which voice reads an article: one for the article's language. Pure, for the tests: takes the
 * browser's voices as plain records.
 */

/** The part of SpeechSynthesisVoice the choice needs. */
export interface VoiceLike {
  name: string;
  lang: string;
  default: boolean;
  localService: boolean;
}

export interface VoiceChoice<V extends VoiceLike> {
  voice: V | undefined;
  /** Whether the voice speaks the article's language (false also when the language is unknown). */
  matches: boolean;
}

/** A language tag as a page may write it: "en", "en-GB", "pt_BR", "zh-Hant-TW". Anything else is ignored. */
const LANG_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{1,8}){0,4}$/i;

/** `raw` as a lower-case BCP 47 tag with hyphens, or undefined when it is not one. */
export function normalizeLang(raw: string | undefined | null): string | undefined {
  const tag = raw?.trim();
  return tag && LANG_TAG.test(tag) ? tag.replace(/_/g, '-').toLowerCase() : undefined;
}

const primary = (tag: string): string => tag.split('-')[0] as string;

/**
 * Voices ranked: on this device first (the article's text stays in the browser; a remote voice,
 * such as Chrome's Google voices, sends it to the browser maker's speech service), the browser's
 * default among them first.
 */
function best<V extends VoiceLike>(voices: readonly V[]): V | undefined {
  const local = voices.filter((v) => v.localService);
  const pool = local.length ? local : voices;
  return pool.find((v) => v.default) ?? pool[0];
}

/**
 * The voice for an article in `lang`: one for exactly that language and region, else one for the
 * language (en-US for "en", or en-GB for "en-US" when no en-US voice is there), else the browser's
 * default voice (`matches` false: the popup says the article's language has no voice).
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string | undefined): VoiceChoice<V> {
  const wanted = normalizeLang(lang);
  if (wanted) {
    const exact = voices.filter((v) => normalizeLang(v.lang) === wanted);
    if (exact.length) return { voice: best(exact), matches: true };
    const same = voices.filter((v) => {
      const tag = normalizeLang(v.lang);
      return tag !== undefined && primary(tag) === primary(wanted);
    });
    if (same.length) return { voice: best(same), matches: true };
  }
  return { voice: best(voices), matches: false };
}
