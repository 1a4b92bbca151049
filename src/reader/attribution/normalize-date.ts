/**
 * Dates as pages write them -> ISO 8601. The page's own time zone offset is kept (never shifted
 * to UTC), and a date without a time stays a bare date: "2025-10-20T09:15:00+05:30" stays as it is.
 */

const ISO = /^(\d{4})-?(\d{2})-?(\d{2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?(?![\d])/i;
const SLASHED = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/;
const DAY_FIRST = /(?:^|[^\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?![\d.]\d)/;
/** "02-12-2025": day, month and year with dashes, as Dutch, Danish or Indian pages write them (month-first dates use slashes). */
const DAY_FIRST_DASHED = /(?:^|[^\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d-])/;

/**
 * Month names in en, de, fr, es, it, pt, nl and pl (Polish in the genitive pages write), index = month - 1.
 * A word is a month when it is one of these or an abbreviation of one (three letters or more) that
 * names a single month: "Dez", "sept", "févr", but not "jui" (juin or juillet) nor "Mayor".
 */
const MONTH_NAMES: string[][] = [
  ['january', 'januar', 'jänner', 'janvier', 'enero', 'gennaio', 'janeiro', 'januari', 'stycznia', 'styczeń'],
  ['february', 'februar', 'feber', 'février', 'fevrier', 'febrero', 'febbraio', 'fevereiro', 'februari', 'lutego', 'luty'],
  ['march', 'märz', 'maerz', 'mars', 'marzo', 'março', 'marco', 'maart', 'marca', 'marzec', 'mrt'],
  ['april', 'avril', 'abril', 'aprile', 'kwietnia', 'kwiecień'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'maja', 'maj'],
  ['june', 'juni', 'juin', 'junio', 'giugno', 'junho', 'czerwca', 'czerwiec'],
  ['july', 'juli', 'juillet', 'julio', 'luglio', 'julho', 'lipca', 'lipiec'],
  ['august', 'août', 'aout', 'agosto', 'augustus', 'sierpnia', 'sierpień'],
  ['september', 'septembre', 'septiembre', 'setiembre', 'settembre', 'setembro', 'września', 'wrzesień', 'sept'],
  ['october', 'oktober', 'octobre', 'octubre', 'ottobre', 'outubro', 'października', 'październik'],
  ['november', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopad'],
  ['december', 'dezember', 'décembre', 'decembre', 'diciembre', 'dicembre', 'dezembro', 'grudnia', 'grudzień'],
];
const MONTH_BY_NAME = new Map<string, number>();
for (const [i, names] of MONTH_NAMES.entries()) for (const name of names) MONTH_BY_NAME.set(name, i + 1);

const MONTH_WORD = '([a-zà-ÿąćęłńóśźż]{3,12})\\.?';
const DAY_MONTH_YEAR = new RegExp(`(?:^|[^\\d])(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+)?${MONTH_WORD},?\\s+(?:de\\s+)?(\\d{4})(?!\\d)`, 'i');
const MONTH_DAY_YEAR = new RegExp(`(?:^|[^\\p{L}])${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'iu');

const ISO_IN_TEXT = /(?:^|[^\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function bareDate(y: number, m: number, d: number): string | undefined {
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
  const w = word.toLowerCase();
  const exact = MONTH_BY_NAME.get(w);
  if (exact) return exact;
  if (w.length < 3) return undefined;
  let found: number | undefined;
  for (const [name, month] of MONTH_BY_NAME) {
    if (!name.startsWith(w)) continue;
    if (found !== undefined && found !== month) return undefined;
    found = month;
  }
  return found;
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
  // A machine-readable value holds its ISO day at the start or not at all ("<b>2020-02-24</b>…" is no date).
  return humanDate(text, false);
}

/**
 * A date written for people ("Oct 20, 2025", "20. März 2019", "12.03.2019", "2019-03-12"), as YYYY-MM-DD.
 * Month-first numeric dates (03/12/2019) are ambiguous and refused.
 */
export function dateFromText(raw: string): string | undefined {
  return humanDate(raw, true);
}

function humanDate(raw: string, isoInText: boolean): string | undefined {
  const text = raw.slice(0, 200);
  // Dashed day-first only in text for people: a machine value "03-09-2026" is as often month-first (US templates).
  const dayFirst = DAY_FIRST.exec(` ${text.trim()}`) ?? (isoInText ? DAY_FIRST_DASHED.exec(` ${text.trim()}`) : null);
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
  // "Written: 2023-11-07 15:03", "2021-10-16 | News": an ISO day printed for people.
  const iso = isoInText ? ISO_IN_TEXT.exec(text) : null;
  if (iso) return bareDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return undefined;
}
