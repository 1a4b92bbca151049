// The comparison rules for attribution against people's labels, shared by the eval
// (scripts/eval/scoring.mjs) and scripts/measure-attribution.mjs, so both report the same figures.
// Written down in docs/eval.md ("Attribution").
//
//   normalize: Unicode NFKC, lower case, curly quotes made plain (' and "), dashes made '-' (two
//              or three hyphens typed for one are one),
//              whitespace collapsed, trailing punctuation dropped.
//   title:     equal after normalizing and dropping quotation marks around the whole title
//              ('«Gute Löhne»' is 'Gute Löhne').
//   author:    every labelled name is found. The label is split into names at ',', ';', '|', '&',
//              '/', ' and ', ' und '; a leading "By", "Von" or "Dr" is dropped; parts that are
//              credentials (MD, RD, CEPF®: upper-case letters only) are dropped, and when the label
//              has a name of two words or more, one-word parts (roles, places: "Dietitian",
//              "London") are dropped too. Each remaining name must be contained in our names joined
//              with "; " (so "Jane Doe" is found in "Jane Doe, MD"). No output is a miss; extra
//              names of ours are not counted against us.
//   date:      the same calendar day: the YYYY-MM-DD the value states (an ISO value is read as
//              written, never shifted to UTC); no output is a miss. A value that names no real
//              day ("2022-29-11": month 29) states no day: such a label leaves the page unlabelled
//              for the date, for ours and bare Readability alike.

/** @param {unknown} text */
export function normalizeLabel(text) {
  return (
    String(text ?? '')
      .normalize('NFKC')
      .toLowerCase()
      // Full case folding (Unicode CaseFolding F): "ß" is "ss", so "GROSSE" from CSS upper case
      // and the Swiss "Fussabdruck" read as "große" and "Fußabdruck".
      .replace(/ß/g, 'ss')
      .replace(/[‘’‚‛′`´]/g, "'")
      .replace(/[“”„‟″«»]/g, '"')
      .replace(/[‐‑‒–—―]/g, '-')
      // Two or three hyphens typed for a dash ("Problems--Simple Cells") are that dash.
      .replace(/-{2,3}/g, '-')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[\s.,;:!?·|-]+$/, '')
  );
}

// A comma before the last name's "and" (the serial comma: "A, B, and C") is one separator.
const NAME_SPLIT = /\s*(?:,\s*(?:and|und)\s|[,;|&/]|\s(?:and|und)\s)\s*/;

/**
 * The names an author label asks for (see the rules above).
 * @param {unknown} label
 * @returns {string[]}
 */
export function labelNames(label) {
  const parts = normalizeLabel(label)
    .split(NAME_SPLIT)
    .map((p) => p.trim().replace(/^(?:by|von|dr\.?)\s+/, ''))
    .filter(Boolean);
  const raw = String(label ?? '')
    .split(new RegExp(NAME_SPLIT.source, 'i'))
    .map((p) => p.trim())
    .filter(Boolean);
  const credential = new Set(raw.filter((p) => /^[A-Z][A-Z.®]{0,7}$/.test(p)).map((p) => normalizeLabel(p)));
  let names = parts.filter((p) => !credential.has(p));
  if (names.some((p) => p.split(' ').length >= 2)) names = names.filter((p) => p.split(' ').length >= 2);
  return names;
}

/**
 * Title: equal after normalizing. Undefined when there is no label.
 * @param {string | undefined | null} label
 * @param {string | undefined | null} found
 * @returns {boolean | undefined}
 */
export function titleRule(label, found) {
  const l = unquoted(normalizeLabel(label));
  if (!l) return undefined;
  return unquoted(normalizeLabel(found)) === l;
}

/**
 * A title without quotation marks around the whole of it: «Gute Löhne alleine reichen nicht» is
 * the headline "Gute Löhne alleine reichen nicht" set as a quote.
 * @param {string} title normalized
 */
function unquoted(title) {
  const m = /^"([^"]+)"$/.exec(title);
  return m ? m[1].trim() : title;
}

/**
 * Author: every labelled name is found in ours. `label` is a name (or a list of names, each one
 * a labelled name); `found` is our names. Undefined when there is no label.
 * @param {string | string[] | undefined | null} label
 * @param {string | string[] | undefined | null} found
 * @returns {boolean | undefined}
 */
export function authorRule(label, found) {
  const labels = (Array.isArray(label) ? label : [label]).filter((l) => normalizeLabel(l) !== '');
  if (labels.length === 0) return undefined;
  const names = (Array.isArray(found) ? found : [found]).map(normalizeLabel).filter(Boolean);
  if (names.length === 0) return false;
  const joined = names.join('; ');
  return labels.every((l) => {
    const want = labelNames(l);
    return want.length === 0 ? joined.includes(normalizeLabel(l)) : want.every((w) => joined.includes(w));
  });
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The calendar day a value states, as YYYY-MM-DD: an ISO value's own date (never shifted to UTC),
 * or "24 Sep 2019" / "Sep 24, 2019" as written (RFC 2822 and English dates), else undefined; also
 * undefined when the value names no real day ("2022-29-11", "Feb 30, 2020").
 * @param {unknown} value
 * @returns {string | undefined}
 */
export function dayOf(value) {
  const text = String(value ?? '').trim();
  const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
  /** YYYY-MM-DD when year, month and day name a day of the calendar, else undefined. */
  const real = (/** @type {number} */ y, /** @type {number} */ m, /** @type {number} */ d) =>
    m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate() ? `${y}-${pad(m)}-${pad(d)}` : undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return real(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const day = (/** @type {string} */ y, /** @type {string} */ mon, /** @type {string} */ d) => {
    const m = MONTHS.indexOf(mon.slice(0, 3).toLowerCase());
    return m >= 0 ? real(Number(y), m + 1, Number(d)) : undefined;
  };
  const dmy = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
  if (dmy) return day(dmy[3], dmy[2], dmy[1]);
  const mdy = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(text);
  if (mdy) return day(mdy[3], mdy[1], mdy[2]);
  return undefined;
}

/**
 * Date: the same calendar day. Undefined when the label states no day.
 * @param {string | undefined | null} label
 * @param {string | undefined | null} found
 * @returns {boolean | undefined}
 */
export function dateRule(label, found) {
  const l = dayOf(label);
  if (!l) return undefined;
  return dayOf(found) === l;
}
