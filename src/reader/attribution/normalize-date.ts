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
 * Month names in en, de, fr, es, it, pt, nl, pl, ru and uk (Polish, Russian and Ukrainian in the
 * genitive pages write: "15 августа 2016", "15 серпня 2016"), index = month - 1.
 * A word is a month when it is one of these or an abbreviation of one (three letters or more) that
 * names a single month: "Dez", "sept", "févr", but not "jui" (juin or juillet) nor "Mayor".
 */
const MONTH_NAMES: string[][] = [
  ['january', 'januar', 'jänner', 'janvier', 'enero', 'gennaio', 'janeiro', 'januari', 'stycznia', 'styczeń', 'января', 'січня'],
  ['february', 'februar', 'feber', 'février', 'fevrier', 'febrero', 'febbraio', 'fevereiro', 'februari', 'lutego', 'luty', 'февраля', 'лютого'],
  ['march', 'märz', 'maerz', 'mars', 'marzo', 'março', 'marco', 'maart', 'marca', 'marzec', 'mrt', 'марта', 'березня'],
  ['april', 'avril', 'abril', 'aprile', 'kwietnia', 'kwiecień', 'апреля', 'квітня'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'maja', 'maj', 'мая', 'травня'],
  ['june', 'juni', 'juin', 'junio', 'giugno', 'junho', 'czerwca', 'czerwiec', 'июня', 'червня'],
  ['july', 'juli', 'juillet', 'julio', 'luglio', 'julho', 'lipca', 'lipiec', 'июля', 'липня'],
  ['august', 'août', 'aout', 'agosto', 'augustus', 'sierpnia', 'sierpień', 'августа', 'серпня'],
  ['september', 'septembre', 'septiembre', 'setiembre', 'settembre', 'setembro', 'września', 'wrzesień', 'sept', 'сентября', 'вересня'],
  ['october', 'oktober', 'octobre', 'octubre', 'ottobre', 'outubro', 'października', 'październik', 'октября', 'жовтня'],
  ['november', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopad', 'ноября', 'листопада'],
  ['december', 'dezember', 'décembre', 'decembre', 'diciembre', 'dicembre', 'dezembro', 'grudnia', 'grudzień', 'декабря', 'грудня'],
];
const MONTH_BY_NAME = new Map<string, number>();
for (const [i, names] of MONTH_NAMES.entries()) for (const name of names) MONTH_BY_NAME.set(name, i + 1);

const MONTH_WORD = '(\\p{L}{3,12})\\.?';
const DAY_MONTH_YEAR = new RegExp(`(?:^|[^\\d])(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+)?${MONTH_WORD},?\\s+(?:de\\s+)?(\\d{4})(?!\\d)`, 'iu');
const MONTH_DAY_YEAR = new RegExp(`(?:^|[^\\p{L}])${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'iu');

const ISO_IN_TEXT = /(?:^|[^\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/;
/**
 * "2025.12.17", "2025. 12. 17.": the year first with dots, as Korean, Hungarian and Chinese pages
 * and many blogs print it. Month and day have two digits, or the parts are set apart by ". ": a
 * version number ("2019.3.1") is no date.
 */
const YEAR_FIRST_DOTTED = /(?:^|[^\d.])((?:19|20)\d{2})(?:\.(\d{2})\.(\d{2})|\.\s(\d{1,2})\.\s(\d{1,2}))(?![\d]|\.\d)/;
/** "10/31/2024", "03/05/2022": day and month in either order with slashes, and a four-digit year. */
const SLASHED_IN_TEXT = /(?:^|[^\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/;

/**
 * Which order a page writes a numeric day and month in with slashes: 'mdy' (the United States'
 * 03/05/2022 for March 5), 'dmy' (everywhere else), or undefined when the page does not say.
 */
export type NumericOrder = 'dmy' | 'mdy';

/**
 * The order of a numeric date on a page, from its declared language: English for the United
 * States (en-US, and the Philippines' en-PH) writes the month first; any other language or region
 * the day first; plain "en" (or no language) says neither, and an ambiguous date stays unread.
 */
export function numericOrder(lang: string | null | undefined): NumericOrder | undefined {
  const tag = (lang ?? '').trim().toLowerCase().replace(/_/g, '-').slice(0, 35);
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/.test(tag)) return undefined;
  const [language, region] = tag.split('-');
  if (language !== 'en') return 'dmy';
  if (!region) return undefined;
  return region === 'us' || region === 'ph' ? 'mdy' : 'dmy';
}

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
 * A date written for people ("Oct 20, 2025", "20. März 2019", "12.03.2019", "2019-03-12",
 * "2025.12.17"), as YYYY-MM-DD. A slashed numeric date (03/12/2019) is read when only one order
 * makes a day of it ("10/31/2024") or in the page's `order`; else it is ambiguous and refused.
 */
export function dateFromText(raw: string, order?: NumericOrder): string | undefined {
  return humanDate(raw, true, order);
}

/**
 * A slashed numeric date: read in the order that is the only possible one (a part above 12 is the
 * day: "10/31/2024"), else in the page's order; undefined when neither decides.
 */
/**
 * True when the text's numeric date with dashes or slashes reads as two days ("01-04-2024": 1
 * April or January 4): a reader that may pass it over (a last resort) does, unless the page's
 * order says which.
 */
export function ambiguousNumeric(text: string): boolean {
  const m = /(?:^|[^\d/-])(\d{1,2})[/-](\d{1,2})[/-]\d{4}(?![\d/-])/.exec(text.slice(0, 200));
  if (!m) return false;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return a !== b && a >= 1 && b >= 1 && a <= 12 && b <= 12;
}

/** The order the page of `el` writes numeric dates in, from its declared language (see numericOrder). */
export function orderOf(el: Element): NumericOrder | undefined {
  const root = el.ownerDocument.documentElement;
  return root ? numericOrder(root.getAttribute('lang') ?? root.getAttribute('xml:lang')) : undefined;
}

function slashedDate(text: string, order: NumericOrder | undefined): string | undefined {
  const m = SLASHED_IN_TEXT.exec(text);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  const y = Number(m[3]);
  if (a > 12 && b <= 12) return bareDate(y, b, a);
  if (b > 12 && a <= 12) return bareDate(y, a, b);
  if (a === b) return bareDate(y, a, b);
  if (order === 'dmy') return bareDate(y, b, a);
  if (order === 'mdy') return bareDate(y, a, b);
  return undefined;
}

function humanDate(raw: string, isoInText: boolean, order?: NumericOrder): string | undefined {
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
  if (!isoInText) return undefined;
  // "Published: 2025.12.17 |", "Updated: 10/31/2024".
  const dotted = YEAR_FIRST_DOTTED.exec(text);
  if (dotted) return bareDate(Number(dotted[1]), Number(dotted[2] ?? dotted[4]), Number(dotted[3] ?? dotted[5]));
  return slashedDate(text, order);
}
