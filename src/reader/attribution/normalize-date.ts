/**
 * Dates as pages write them -> ISO 8601. The page's own time zone offset is kept (never shifted
 * to UTC), and a date without a time stays a bare date: "2025-10-20T09:15:00+05:30" stays as it is.
 */

const ISO = /^(\d{4})-?(\d{2})-?(\d{2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?(?![\d])/i;
const SLASHED = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/;
const DAY_FIRST = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/;

/** Month names in the languages most pages of our corpora use; the key is the first three letters. */
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  // German, French, Spanish, Italian, Dutch, Polish spellings that differ in the first letters.
  jän: 1, mär: 3, mai: 5, okt: 10, dez: 12, fév: 2, fev: 2, avr: 4, jui: 6, aoû: 8, aou: 8, déc: 12,
  ene: 1, abr: 4, ago: 8, dic: 12, gen: 1, mag: 5, giu: 6, lug: 7, set: 9, ott: 10, mei: 5, mrt: 3,
  sty: 1, lut: 2, kwi: 4, maj: 5, cze: 6, lip: 7, sie: 8, wrz: 9, paź: 10, paz: 10, lis: 11, gru: 12,
};
const MONTH_WORD = '([a-zà-ÿąćęłńóśźż]{3,10})\\.?';
const DAY_MONTH_YEAR = new RegExp(`(?:^|[^\\d])(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+)?${MONTH_WORD},?\\s+(?:de\\s+)?(\\d{4})(?!\\d)`, 'i');
const MONTH_DAY_YEAR = new RegExp(`(?:^|[^\\p{L}])${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'iu');

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function bareDate(y: number, m: number, d: number): string | undefined {
  return validDate(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : undefined;
}

function offsetOf(zone: string | undefined): string {
  if (!zone) return '';
  if (/^(Z|UTC|GMT)$/i.test(zone)) return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return '';
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? '0');
  if (hours > 14 || minutes > 59) return '';
  return `${m[1]}${m[2]}:${pad(minutes)}`;
}

function monthNumber(word: string): number | undefined {
  return MONTHS[word.slice(0, 3).toLowerCase()];
}

/**
 * ISO 8601 for a machine-readable date (JSON-LD, meta, datetime=), or undefined.
 * @example normalizeDate('2025-10-20T09:15:00+05:30') // '2025-10-20T09:15:00+05:30'
 * @example normalizeDate('2019/03/12') // '2019-03-12'
 */
export function normalizeDate(raw: unknown): string | undefined {
  if (typeof raw === 'number' && Number.isFinite(raw)) return undefined;
  if (typeof raw !== 'string') return undefined;
  const text = raw.slice(0, 200).trim();
  const iso = ISO.exec(text);
  if (iso) {
    const [, ys, ms, ds, hs, mins, ss, zone] = iso;
    const date = bareDate(Number(ys), Number(ms), Number(ds));
    if (!date) return undefined;
    if (hs === undefined || mins === undefined) return date;
    const h = Number(hs);
    const min = Number(mins);
    const s = Number(ss ?? '0');
    if (h > 23 || min > 59 || s > 60) return date;
    return `${date}T${pad(h)}:${pad(min)}:${pad(s)}${offsetOf(zone)}`;
  }
  const slashed = SLASHED.exec(text);
  if (slashed) return bareDate(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
  return dateFromText(text);
}

/**
 * A date written for people ("Oct 20, 2025", "20. März 2019", "12.03.2019"), as YYYY-MM-DD.
 * Month-first numeric dates (03/12/2019) are ambiguous and refused.
 */
export function dateFromText(raw: string): string | undefined {
  const text = raw.slice(0, 200);
  const dayFirst = DAY_FIRST.exec(text.trim());
  if (dayFirst) return bareDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const month = monthNumber(dmy[2] ?? '');
    if (month) return bareDate(Number(dmy[3]), month, Number(dmy[1]));
  }
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) {
    const month = monthNumber(mdy[1] ?? '');
    if (month) return bareDate(Number(mdy[3]), month, Number(mdy[2]));
  }
  return undefined;
}
