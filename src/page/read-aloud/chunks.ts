/**
 * Splits a block's text into what one utterance speaks. Chromium's speech stops silently on
 * utterances longer than about 15 seconds with some voices (its network voices; crbug 679437), and
 * a pause or a rate change restarts the current utterance (player.ts), so utterances are kept
 * short: whole sentences (Intl.Segmenter, in the article's language) packed up to MAX_CHUNK_CHARS,
 * a longer sentence cut after a clause mark or a space, a text with neither cut at the limit.
 * 200 characters is about 12 s of speech at rate 1 (Chromium's own voices read 15-18
 * characters a second) and leaves most paragraphs in two to four utterances.
 */

export const MAX_CHUNK_CHARS = 200;

function sentences(text: string, lang: string | undefined): string[] {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (Segmenter) {
    try {
      return Array.from(new Segmenter(lang, { granularity: 'sentence' }).segment(text), (s) => s.segment);
    } catch {
      // A language tag the engine rejects: the default locale's rules.
      return Array.from(new Segmenter(undefined, { granularity: 'sentence' }).segment(text), (s) => s.segment);
    }
  }
  return text.match(/[^.!?。！？]+(?:[.!?。！？]+\s*|$)/g) ?? [text];
}

/** Cuts one over-long sentence: after the last clause mark, else the last space, before the limit. */
function cutLong(sentence: string, max: number): string[] {
  const out: string[] = [];
  let rest = sentence;
  while (rest.length > max) {
    const head = rest.slice(0, max);
    const clause = Math.max(...[',', ';', ':', '،', '、', '，', '—', '–'].map((mark) => head.lastIndexOf(mark)));
    const space = head.lastIndexOf(' ');
    const at = clause > max / 3 ? clause + 1 : space > max / 3 ? space + 1 : max;
    out.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  if (rest) out.push(rest);
  return out;
}

/** The utterances for `text` (whitespace-normalized), each at most `max` characters, in order, trimmed. */
export function splitIntoChunks(text: string, lang?: string, max = MAX_CHUNK_CHARS): string[] {
  if (text.length <= max) return text ? [text] : [];
  const chunks: string[] = [];
  let current = '';
  for (const sentence of sentences(text, lang)) {
    for (const part of sentence.length > max ? cutLong(sentence, max) : [sentence]) {
      if (current && current.length + part.length > max) {
        chunks.push(current);
        current = '';
      }
      current += part;
    }
  }
  if (current) chunks.push(current);
  return chunks.map((c) => c.trim()).filter(Boolean);
}
