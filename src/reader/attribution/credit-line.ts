/**
 * Parses one credit line into who / licence / via:
 * "Source: UNCTAD, CC BY-SA 2.0, via Wikimedia Commons" -> kind "Source", who "UNCTAD",
 * licence CC BY-SA 2.0 (with its deed URL), via "Wikimedia Commons".
 */
import type { Credit } from './model';
import { LIMITS } from './limits';
import { findLicense } from './license';
import { agencyOnly, findAgency } from './agencies';
import { cleanText } from '../../shared/safe-url';

export type ParsedCredit = Omit<Credit, 'source'>;

const KIND_WORDS: Record<string, string> = {
  source: 'Source',
  sources: 'Source',
  quelle: 'Source',
  fuente: 'Source',
  photo: 'Photo',
  photos: 'Photo',
  foto: 'Photo',
  fotos: 'Photo',
  pic: 'Photo',
  photograph: 'Photograph',
  photography: 'Photograph',
  image: 'Image',
  images: 'Image',
  bild: 'Image',
  picture: 'Picture',
  pictures: 'Picture',
  credit: 'Credit',
  credits: 'Credit',
  crédit: 'Credit',
  'crédit photo': 'Credit',
  illustration: 'Illustration',
  graphic: 'Graphic',
  graphics: 'Graphic',
  grafik: 'Graphic',
  video: 'Video',
  footage: 'Video',
};

/**
 * "Photo:", "Image credit:", "Photo by", "Picture courtesy of", "©", "(c)", "Copyright 2024".
 * Group 1 is the kind word, group 2 a copyright sign.
 */
// biome-ignore lint/complexity/useRegexLiterals: one long pattern reads better as a raw string
const PREFIX = new RegExp(
  String.raw`(?:^|[\s.;|(\[–—-])(?:(source|sources|quelle|fuente|photos?|fotos?|pic|photograph|photography|images?|bild|pictures?|credits?|crédit(?:\s+photo)?|illustration|graphics?|grafik|video|footage)(?:\s+(?:credits?|courtesy))?\s*(?:[:：]|\s(?:by|von|courtesy\s+of)\s)|(©|\(c\)(?=\s)|copyright(?:\s*©)?))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\b,?)?\s*`,
  'i',
);

const VIA = /\bvia\s+([^,;|)]+)/i;
const COURTESY = /^(?:courtesy(?:\s+of)?)\s+/i;
const TRIM_PUNCT = /^[\s,;:|.([–—-]+|[\s,;:|.)\]–—-]+$/g;

function tidy(part: string): string {
  return part.replace(TRIM_PUNCT, '').trim();
}

/** Splits "REUTERS/Gonzalo Fuentes" or "Jane Doe / Getty Images" into photographer and agency. */
function splitAgency(who: string): { who: string; via?: string } {
  const parts = who
    .split(/\s*\/\s*/)
    .map(tidy)
    .filter(Boolean);
  if (parts.length !== 2) return { who };
  const [a, b] = parts as [string, string];
  const agencyA = agencyOnly(a);
  const agencyB = agencyOnly(b);
  if (agencyB && !agencyA) return { who: a, via: agencyB };
  if (agencyA && !agencyB) return { who: b, via: agencyA };
  return { who };
}

interface CreditSpan {
  text: string;
  kind?: string;
  body: string;
}

/** Finds where the credit starts in a caption: a prefix, else an agency or licence named late in it. */
function locateCredit(text: string, explicit: boolean): CreditSpan | undefined {
  const prefix = PREFIX.exec(text);
  if (prefix) {
    const start = prefix.index + (prefix[0].length - prefix[0].trimStart().length);
    const word = prefix[1]?.toLowerCase().replace(/\s+/g, ' ');
    const kind = prefix[2] ? '©' : word ? KIND_WORDS[word] : undefined;
    const credit = text.slice(start).replace(/^[([]/, '');
    return { text: tidyEnds(credit), kind, body: text.slice(prefix.index + prefix[0].length) };
  }
  if (explicit) return { text, body: text };
  // A caption with no prefix: the credit is the last sentence or parenthesis naming an agency
  // or a licence ("Protesters in Paris. REUTERS/Gonzalo Fuentes", "… (AP Photo/Michel Euler)").
  const signal = findAgency(text) ?? findLicense(text);
  if (!signal) return undefined;
  const before = text.slice(0, signal.index);
  const boundary = Math.max(before.lastIndexOf('. '), before.lastIndexOf('('), before.lastIndexOf('|'), before.lastIndexOf(' – '), before.lastIndexOf(' — '));
  const start = boundary < 0 ? 0 : boundary + (before[boundary] === '(' || before[boundary] === '|' ? 1 : 2);
  const credit = tidyEnds(text.slice(start));
  return { text: credit, body: credit };
}

function tidyEnds(text: string): string {
  let t = text.trim();
  // A credit that opened a parenthesis ends with its close.
  if (t.endsWith(')') && !t.includes('(')) t = t.slice(0, -1);
  return t.trim();
}

/**
 * Parses a credit line. `explicit` says the element itself was marked as a credit (class="credit",
 * itemprop="creditText"), so text without a prefix still counts; a caption needs a sign of a credit.
 */
export function parseCreditLine(raw: string, explicit = true): ParsedCredit | undefined {
  const text = cleanText(raw, LIMITS.credit * 2);
  if (text.length < 2) return undefined;
  const span = locateCredit(text, explicit);
  if (!span) return undefined;
  let body = tidyEnds(span.body);
  const result: ParsedCredit = { text: cleanText(span.text, LIMITS.credit) };
  if (span.kind) result.kind = span.kind;
  const license = findLicense(body);
  if (license) {
    result.license = license.license;
    body = `${body.slice(0, license.index)} , ${body.slice(license.index + license.length)}`;
  }
  const via = VIA.exec(body);
  if (via?.[1]) {
    const name = tidy(via[1]);
    if (name) result.via = cleanText(name, LIMITS.name);
    body = `${body.slice(0, via.index)} , ${body.slice(via.index + via[0].length)}`;
  }
  const first = body
    .split(/[,;|]/)
    .map(tidy)
    .find((part) => part.length > 0);
  if (first) {
    const split = splitAgency(first.replace(COURTESY, ''));
    const who = cleanText(split.who, LIMITS.name);
    if (who) result.who = who;
    if (split.via && !result.via) result.via = split.via;
  }
  if (!result.who && !result.license && !result.via && !explicit && !span.kind) return undefined;
  return result;
}
