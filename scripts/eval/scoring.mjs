/**
 * Scoring functions of `npm run eval`, pure and browser-free (unit-tested in tests/unit/eval).
 *
 * Full text against a reference (readability-test-pages), as /work/shared/corpus/README.md
 * describes and the article-extraction benchmark computes it: words are runs of letters, digits
 * and underscore; each text is the multiset of its runs of 4 consecutive words; per page the
 * shared (tp), extra (fp) and missing (fn) counts are normalized to sum to 1; precision and recall
 * are averaged over pages and F1 is taken of the two averages.
 *
 * Snippets (trafilatura-dev): a `with` snippet found in the text is a true positive, missing a false
 * negative; a `without` snippet found is a false positive, absent a true negative. Whitespace is
 * normalized on both sides before matching; counts are pooled over pages.
 */

const WORD = /[\p{L}\p{N}_]+/gu;

/** The words of a text: runs of letters, digits and underscore. */
export function words(text) {
  return (text ?? '').match(WORD) ?? [];
}

/**
 * The multiset of n-word shingles of a text, as a Map shingle -> count. A text shorter than n
 * words (but not empty) is one shingle of all its words, as in the benchmark; an empty text has none.
 */
export function shingles(text, n = 4) {
  const w = words(text);
  const counts = new Map();
  if (w.length === 0) return counts;
  const last = Math.max(1, w.length - n + 1);
  for (let i = 0; i < last; i++) {
    const key = w.slice(i, i + n).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * One page's shingle match of `predicted` against `expected`: tp/fp/fn normalized to sum to 1
 * (all 0 when both texts are empty), with the page's precision and recall.
 */
export function shingleMatch(expected, predicted, n = 4) {
  const exp = shingles(expected, n);
  const pred = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, e] of exp) {
    const p = pred.get(key) ?? 0;
    tp += Math.min(e, p);
    fn += Math.max(0, e - p);
  }
  for (const [key, p] of pred) fp += Math.max(0, p - (exp.get(key) ?? 0));
  const sum = tp + fp + fn;
  if (sum > 0) {
    tp /= sum;
    fp /= sum;
    fn /= sum;
  }
  return { tp, fp, fn, precision: precisionOf(tp, fp, fn), recall: recallOf(tp, fp, fn) };
}

// Edge cases as in the benchmark: nothing expected and nothing predicted is perfect; predicting
// nothing scores precision 0 (and recall 0 when something was expected).
function precisionOf(tp, fp, fn) {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallOf(tp, fp, fn) {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** F1 of a precision and a recall (0 when both are 0). */
export function f1(precision, recall) {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

/** Corpus figures from per-page shingle matches: averaged P and R, F1 of the averages. */
export function averageShingleScores(matches) {
  if (matches.length === 0) return { pages: 0, precision: NaN, recall: NaN, f1: NaN };
  const precision = mean(matches.map((m) => m.precision));
  const recall = mean(matches.map((m) => m.recall));
  return { pages: matches.length, precision, recall, f1: f1(precision, recall) };
}

/**
 * Whitespace-normalized text for snippet matching (NFC, every run of white space -> one space,
 * soft hyphens and other invisible format characters left out: "Mit\u00adtel\u00adal\u00adter" reads
 * as "Mittelalter").
 */
export function normalizeSpace(text) {
  return (text ?? '')
    .normalize('NFC')
    .replace(/[\u00ad\u2060\ufeff]/gu, '')
    .replace(/[\s\u00a0\u200b]+/gu, ' ')
    .trim();
}

/**
 * One page's snippet counts. `text` is what a reader sees; `withSnippets` must be visible,
 * `withoutSnippets` must not. Empty snippets are skipped. Also lists the snippets that failed,
 * and how many of those match when case is ignored (CSS text-transform shows in innerText).
 */
export function snippetMatch(text, withSnippets = [], withoutSnippets = []) {
  const hay = normalizeSpace(text);
  const hayLower = hay.toLowerCase();
  /** @type {{ tp: number, fn: number, fp: number, tn: number, missed: string[], leaked: string[], missedCaseOnly: number }} */
  const r = { tp: 0, fn: 0, fp: 0, tn: 0, missed: [], leaked: [], missedCaseOnly: 0 };
  for (const raw of withSnippets ?? []) {
    const s = normalizeSpace(raw);
    if (!s) continue;
    if (hay.includes(s)) r.tp++;
    else {
      r.fn++;
      r.missed.push(s);
      if (hayLower.includes(s.toLowerCase())) r.missedCaseOnly++;
    }
  }
  for (const raw of withoutSnippets ?? []) {
    const s = normalizeSpace(raw);
    if (!s) continue;
    if (hay.includes(s)) {
      r.fp++;
      r.leaked.push(s);
    } else r.tn++;
  }
  return r;
}

/** Pooled snippet figures over pages. */
export function pooledSnippetScores(matches) {
  const t = { pages: matches.length, tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const m of matches) {
    t.tp += m.tp;
    t.fn += m.fn;
    t.fp += m.fp;
    t.tn += m.tn;
  }
  const precision = t.tp + t.fp > 0 ? t.tp / (t.tp + t.fp) : 0;
  const recall = t.tp + t.fn > 0 ? t.tp / (t.tp + t.fn) : 0;
  const accuracy = t.tp + t.tn + t.fp + t.fn > 0 ? (t.tp + t.tn) / (t.tp + t.tn + t.fp + t.fn) : 0;
  return { ...t, precision, recall, f1: f1(precision, recall), accuracy };
}

/** Normalized form for metadata comparison: NFKC, lower case, letters and digits only, single spaces. */
export function normalizeMeta(text) {
  return String(text ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Attribution against labels: the rules measure-attribution uses too (attribution-rules.mjs,
// docs/eval.md): title equal after normalizing quotes, dashes, case and space; author: every
// labelled name found; date: the same calendar day. Each is undefined when there is no label.
export { titleRule as titleMatches, authorRule as authorMatches, dayOf, dateRule as dateMatches } from './attribution-rules.mjs';

/** Share of true among the defined values: { n, correct, accuracy }. */
export function accuracyOf(values) {
  const known = values.filter((v) => v !== undefined);
  const correct = known.filter(Boolean).length;
  return { n: known.length, correct, accuracy: known.length ? correct / known.length : NaN };
}

export function mean(xs) {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN;
}

/** Nearest-rank percentile (p in 0..100) of the finite numbers in xs. */
export function percentile(xs, p) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[Math.min(s.length, rank) - 1];
}

/** Confusion counts of a predicted boolean against a labelled one. */
export function confusion(pairs) {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const { label, predicted } of pairs) {
    if (label === undefined || predicted === undefined) continue;
    if (label && predicted) c.tp++;
    else if (!label && predicted) c.fp++;
    else if (label && !predicted) c.fn++;
    else c.tn++;
  }
  return c;
}

/**
 * WCXB's word score of one page: words are `\w+` runs (letters, digits, underscore), lower-cased,
 * taken as multisets; precision = overlap / predicted words, recall = overlap / reference words,
 * F1 of the two (the corpus figure averages each over pages). Nothing expected and nothing
 * predicted is perfect; predicting nothing scores 0; an empty reference with words predicted
 * scores precision 0 and recall 1 (nothing was missed).
 */
export function wordMatch(reference, predicted) {
  const count = (text) => {
    const m = new Map();
    for (const w of words(text)) {
      const k = w.toLowerCase();
      m.set(k, (m.get(k) ?? 0) + 1);
    }
    return m;
  };
  const ref = count(reference);
  const pred = count(predicted);
  let refN = 0;
  let predN = 0;
  let overlap = 0;
  for (const n of ref.values()) refN += n;
  for (const [k, n] of pred) {
    predN += n;
    overlap += Math.min(n, ref.get(k) ?? 0);
  }
  let precision;
  let recall;
  if (refN === 0 && predN === 0) precision = recall = 1;
  else {
    precision = predN > 0 ? overlap / predN : 0;
    recall = refN > 0 ? overlap / refN : 1;
  }
  return { overlap, predicted: predN, reference: refN, precision, recall, f1: f1(precision, recall) };
}

/** Corpus figures from per-page word matches: P, R and F1 each averaged over pages (as WCXB reports). */
export function averageWordScores(matches) {
  if (matches.length === 0) return { pages: 0, precision: NaN, recall: NaN, f1: NaN };
  return { pages: matches.length, precision: mean(matches.map((m) => m.precision)), recall: mean(matches.map((m) => m.recall)), f1: mean(matches.map((m) => m.f1)) };
}

/** The lower-cased word n-grams of a word list (one gram of all words when shorter than n). */
function grams(ws, n) {
  const out = [];
  if (ws.length === 0) return out;
  const last = Math.max(1, ws.length - n + 1);
  for (let i = 0; i < last; i++) out.push(ws.slice(i, i + n).join('\u0001'));
  return out;
}

/**
 * Header-neutral text: `text` without the lines that only repeat the page's header. A line is left
 * out when it has at most 60 words, at least 80 % of its words occur among the words of
 * Readability's title, byline or excerpt (`meta`), and fewer than half of its word triples (for
 * a line of 1-2 words: the line itself as one run) occur in `reference`. The benchmarks' article
 * bodies leave the headline, byline and standfirst out, which the product keeps on purpose:
 * keeping them then costs nothing and earns nothing. Lines are the text's own line breaks
 * (innerText, or block text). Returns the text kept and the lines left out.
 */
export function headerNeutral(text, meta, reference) {
  const metaWords = new Set(words([meta?.title, meta?.byline, meta?.excerpt].filter(Boolean).join(' ')).map((w) => w.toLowerCase()));
  const source = String(text ?? '');
  if (metaWords.size === 0) return { text: source, removed: [] };
  const refWords = words(reference).map((w) => w.toLowerCase());
  const refGrams = new Map();
  const refSet = (n) => {
    if (!refGrams.has(n)) {
      const set = new Set();
      for (let i = 0; i + n <= refWords.length; i++) set.add(refWords.slice(i, i + n).join('\u0001'));
      refGrams.set(n, set);
    }
    return refGrams.get(n);
  };
  const kept = [];
  const removed = [];
  for (const line of source.split('\n')) {
    const ws = words(line).map((w) => w.toLowerCase());
    if (ws.length === 0 || ws.length > 60) {
      kept.push(line);
      continue;
    }
    const covered = ws.filter((w) => metaWords.has(w)).length / ws.length;
    const n = Math.min(3, ws.length);
    const gs = grams(ws, n);
    const inReference = gs.filter((g) => refSet(n).has(g)).length / gs.length;
    if (covered >= 0.8 && inReference < 0.5) removed.push(line.trim());
    else kept.push(line);
  }
  return { text: kept.join('\n'), removed };
}

/**
 * Where the words a page shows beyond the reference sit: `beside` the article (before the first or
 * after the last word that is part of a 4-gram of the reference) or `inside` it (between those).
 * Counts lower-cased words; `matched` are the predicted words inside a reference 4-gram.
 */
export function leakSplit(reference, predicted) {
  const ref = new Set(
    grams(
      words(reference).map((w) => w.toLowerCase()),
      4,
    ),
  );
  const ws = words(predicted).map((w) => w.toLowerCase());
  const n = Math.min(4, ws.length);
  const inRef = new Array(ws.length).fill(false);
  if (n === 4) {
    for (let i = 0; i + 4 <= ws.length; i++) {
      if (ref.has(ws.slice(i, i + 4).join('\u0001'))) for (let j = i; j < i + 4; j++) inRef[j] = true;
    }
  } else if (n > 0 && ref.has(ws.join('\u0001'))) inRef.fill(true);
  const first = inRef.indexOf(true);
  const last = inRef.lastIndexOf(true);
  let beside = 0;
  let inside = 0;
  let matched = 0;
  ws.forEach((_, i) => {
    if (inRef[i]) matched++;
    else if (first >= 0 && i > first && i < last) inside++;
    else beside++;
  });
  return { words: ws.length, matched, beside, inside };
}

/**
 * Where the `without` snippets a page shows sit, against the span of its visible `with` snippets:
 * inside that span (boilerplate within the article) or beside it. With no `with` snippet visible,
 * every leak is beside. Uses snippetMatch's normalization.
 */
export function snippetLeakSplit(text, withSnippets = [], withoutSnippets = []) {
  const hay = normalizeSpace(text);
  let start = Infinity;
  let end = -1;
  for (const raw of withSnippets ?? []) {
    const s = normalizeSpace(raw);
    if (!s) continue;
    const i = hay.indexOf(s);
    if (i >= 0) {
      start = Math.min(start, i);
      end = Math.max(end, hay.lastIndexOf(s) + s.length);
    }
  }
  /** @type {{ beside: number, inside: number, besideList: string[], insideList: string[] }} */
  const r = { beside: 0, inside: 0, besideList: [], insideList: [] };
  for (const raw of withoutSnippets ?? []) {
    const s = normalizeSpace(raw);
    if (!s) continue;
    const i = hay.indexOf(s);
    if (i < 0) continue;
    // Inside when an occurrence lies within the article's span.
    let inside = false;
    for (let j = i; j >= 0 && j < hay.length; j = hay.indexOf(s, j + 1)) {
      if (j >= start && j + s.length <= end) {
        inside = true;
        break;
      }
    }
    if (inside) {
      r.inside++;
      r.insideList.push(s);
    } else {
      r.beside++;
      r.besideList.push(s);
    }
  }
  return r;
}

/**
 * Shares per group: for each key of `groupOf(row)` (undefined leaves a row out), how many rows and
 * how many of them each predicate holds for. `preds`: name -> (row) => boolean.
 * @template R
 * @param {R[]} rows
 * @param {(row: R) => string | undefined} groupOf
 * @param {Record<string, (row: R) => boolean>} preds
 * @returns {Record<string, Record<string, number>>}
 */
export function sharesBy(rows, groupOf, preds) {
  const out = {};
  for (const r of rows) {
    const g = groupOf(r);
    if (g === undefined) continue;
    out[g] ??= { pages: 0, ...Object.fromEntries(Object.keys(preds).map((k) => [k, 0])) };
    const o = out[g];
    o.pages++;
    for (const [k, p] of Object.entries(preds)) if (p(r)) o[k]++;
  }
  return out;
}
