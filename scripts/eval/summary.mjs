/** Per-page scores and the corpus summary of `npm run eval`, from the browser's raw observations. */
import {
  accuracyOf,
  authorMatches,
  averageShingleScores,
  confusion,
  dateMatches,
  percentile,
  pooledSnippetScores,
  shingleMatch,
  snippetMatch,
  titleMatches,
} from './scoring.mjs';

const r3 = (x) => (Number.isFinite(x) ? Math.round(x * 1000) / 1000 : x);

/** What our popup would show: title, author names, publication date. */
function oursMeta(row) {
  const a = row.attribution;
  return {
    title: a?.headline?.value,
    authors: (a?.authors ?? []).map((p) => p?.value?.name).filter(Boolean),
    date: a?.datePublished?.value,
  };
}

function metaScores(labels, found) {
  return {
    title: titleMatches(labels.title, found.title),
    author: authorMatches(labels.author, found.authors),
    date: dateMatches(labels.date, found.date),
  };
}

/** Adds `scores` to one row (mutates and returns it). */
export function scoreRow(layout, page, row) {
  const bare = row.bare;
  // A page that renders nothing shows the reader nothing, whatever its innerText says.
  const seen = row.blank ? '' : (row.visibleText ?? '');
  // The page as served (restored after the cleanup; a page not cleaned is as served already).
  const served = row.served ? (row.served.blank ? '' : (row.served.visibleText ?? '')) : seen;
  const bareFound = { title: bare?.title, authors: bare?.byline ? [bare.byline] : [], date: bare?.publishedTime };
  const scores = {
    meta: { ours: metaScores(page.labels, oursMeta(row)), bare: metaScores(page.labels, bareFound) },
  };
  if (layout === 'readability') {
    const expected = page.expectedText();
    scores.ours = shingleMatch(expected, seen);
    scores.bare = shingleMatch(expected, bare?.textContent ?? '');
    scores.bareBlockText = shingleMatch(expected, bare?.blockText ?? '');
    scores.served = shingleMatch(expected, served);
    for (const k of ['ours', 'bare', 'bareBlockText', 'served']) {
      const { tp, fp, fn, precision, recall } = scores[k];
      scores[k] = { tp: r3(tp), fp: r3(fp), fn: r3(fn), precision: r3(precision), recall: r3(recall) };
    }
  } else {
    scores.ours = snippetMatch(seen, page.with, page.without);
    scores.bare = snippetMatch(bare?.textContent ?? '', page.with, page.without);
    scores.served = snippetMatch(served, page.with, page.without);
  }
  row.scores = scores;
  return row;
}

/** Recall of one page: shingle recall, or the share of `with` snippets visible. */
export function pageRecall(layout, s) {
  if (!s) return NaN;
  if (layout === 'readability') return s.recall;
  return s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : NaN;
}

function times(rows, key) {
  const xs = rows.map((r) => (typeof key === 'function' ? key(r) : r[key])).filter((x) => Number.isFinite(x));
  return { n: xs.length, p50: r3(percentile(xs, 50)), p95: r3(percentile(xs, 95)), max: r3(percentile(xs, 100)) };
}

export function summarize(layout, rows, wallSeconds) {
  const ok = rows.filter((r) => r.scores);
  const cleaned = rows.filter((r) => r.how === 'auto' || r.how === 'toolbar');
  const count = (pred) => rows.filter(pred).length;
  const statuses = {};
  for (const r of rows) statuses[r.status ?? (r.hung ? 'hung' : 'none')] = (statuses[r.status ?? (r.hung ? 'hung' : 'none')] ?? 0) + 1;
  const side = (k) => {
    const s = {};
    if (layout === 'readability') {
      Object.assign(s, averageShingleScores(ok.map((r) => r.scores[k])));
    } else {
      Object.assign(s, pooledSnippetScores(ok.map((r) => r.scores[k])));
    }
    s.recallBelowHalf = ok.filter((r) => pageRecall(layout, r.scores[k]) < 0.5).length;
    // Of those, the pages whose article the page as served does show: hidden by the cleanup (or
    // left out by Readability), not missing from the page.
    if (k !== 'served') s.recallBelowHalfShownAsServed = ok.filter((r) => pageRecall(layout, r.scores[k]) < 0.5 && !(pageRecall(layout, r.scores.served) < 0.5)).length;
    const meta = (f) => accuracyOf(ok.map((r) => r.scores.meta[k]?.[f]));
    s.title = meta('title');
    s.author = meta('author');
    s.date = meta('date');
    for (const key of Object.keys(s)) s[key] = typeof s[key] === 'number' ? r3(s[key]) : s[key];
    return s;
  };
  const summary = {
    layout,
    pages: rows.length,
    wallSeconds: Math.round(wallSeconds),
    cleaned: { auto: count((r) => r.how === 'auto'), toolbar: count((r) => r.how === 'toolbar'), none: count((r) => r.how === 'none' || !r.how) },
    statuses,
    // Where cleaned pages were read: 'extractor' (off the main thread) or 'page' (fallback).
    engines: rows.reduce((m, r) => {
      const by = r.engine === 'extractor' && r.via ? `extractor by ${r.via}` : r.engine;
      return by ? { ...m, [by]: (m[by] ?? 0) + 1 } : m;
    }, {}),
    // Where the cleanup was planned: on the extractor's copy, or on the page's main thread.
    planned: rows.reduce((m, r) => (r.planned ? { ...m, [r.planned]: (m[r.planned] ?? 0) + 1 } : m), {}),
    ours: side('ours'),
    bare: side('bare'),
    served: side('served'),
    // Cleaned pages whose restore left a mark of ours (or was refused).
    restoreFailed: count((r) => r.state === 'clean' && (!r.served || r.served.status !== 'original' || r.served.state !== null || r.served.marksLeft > 0)),
    bareFound: count((r) => r.bare?.found),
    hung: count((r) => r.hung),
    // Pages whose load event never came (the page's own doing: seen without the extension too).
    loadEventMissing: count((r) => r.loadEventMissing),
    extensionErrorPages: count((r) => r.extensionErrors?.length > 0),
    pageErrorsNotInBaseline: count((r) => r.errorsNotInBaseline?.length > 0),
    pageErrorPagesAny: count((r) => r.errors?.length > 0),
    covered: count((r) => (r.how === 'auto' || r.how === 'toolbar') && r.probes?.some((p) => !p.clear)),
    // Cleaned, yet nothing is rendered (html or body not displayed, or transparent).
    blankCleaned: count((r) => (r.how === 'auto' || r.how === 'toolbar') && r.blank === true),
    scrollStuck: count((r) => r.needsScroll && !r.scrolled),
    scrollStuckCleaned: count((r) => (r.how === 'auto' || r.how === 'toolbar') && r.needsScroll && !r.scrolled),
    time: {
      oursCleaned: times(cleaned, 'oursMs'),
      oursNotCleaned: times(rows.filter((r) => !(r.how === 'auto' || r.how === 'toolbar')), 'oursMs'),
      bareProfiled: times(rows, 'bareProfiledMs'),
      bareProfiledOnCleaned: times(cleaned, 'bareProfiledMs'),
      bareSelfTimed: times(rows, (r) => r.bare?.ms),
      oursOverBareMedianRatioOnCleaned: r3(
        percentile(
          cleaned.filter((r) => r.bareProfiledMs > 0).map((r) => r.oursMs / r.bareProfiledMs),
          50,
        ),
      ),
      // The same median, by how the page was cleaned and by the route its copy took.
      oursOverBareMedianBy: Object.fromEntries(
        [
          ['auto', (r) => r.how === 'auto'],
          ['clicked', (r) => r.how === 'toolbar'],
          ['by message', (r) => r.via === 'message'],
          ['by frame', (r) => r.via === 'frame'],
          ['in place', (r) => r.engine === 'page'],
        ].map(([name, keep]) => {
          const ratios = cleaned.filter((r) => r.bareProfiledMs > 0 && keep(r)).map((r) => r.oursMs / r.bareProfiledMs);
          return [name, ratios.length > 0 ? `${r3(percentile(ratios, 50))} (${ratios.length})` : '-'];
        }),
      ),
    },
  };
  if (layout === 'readability') {
    summary.bareBlockText = averageShingleScores(ok.map((r) => r.scores.bareBlockText));
    for (const key of Object.keys(summary.bareBlockText)) summary.bareBlockText[key] = r3(summary.bareBlockText[key]);
    summary.detection = confusion(rows.map((r) => ({ label: r.readerable, predicted: r.detected })));
  } else {
    summary.detection = { article: count((r) => r.detected === true), notArticle: count((r) => r.detected === false), unknown: count((r) => r.detected === undefined) };
  }
  return summary;
}

const pct = (x) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
const acc = (a) => (a && a.n ? `${a.accuracy.toFixed(3)} (${a.correct}/${a.n})` : '-');

/** The printed summary: one table, ours next to bare Readability. */
export function formatSummary(corpus, s) {
  const lines = [];
  const row = (label, ours, bare) => lines.push(`${label.padEnd(34)} ${String(ours).padEnd(22)} ${String(bare)}`);
  lines.push(`${corpus}: ${s.pages} pages in ${s.wallSeconds} s`);
  row('', 'Quiet Reader', 'bare Readability');
  if (s.layout === 'readability') {
    row('visible text F1 (4-gram)', pct(s.ours.f1), `${pct(s.bare.f1)}  (block text ${pct(s.bareBlockText.f1)})`);
    row('  precision / recall', `${pct(s.ours.precision)} / ${pct(s.ours.recall)}`, `${pct(s.bare.precision)} / ${pct(s.bare.recall)}`);
  } else {
    row('snippet F1 (pooled)', pct(s.ours.f1), pct(s.bare.f1));
    row('  precision / recall', `${pct(s.ours.precision)} / ${pct(s.ours.recall)}`, `${pct(s.bare.precision)} / ${pct(s.bare.recall)}`);
    row('  with tp/fn, without fp/tn', `${s.ours.tp}/${s.ours.fn}, ${s.ours.fp}/${s.ours.tn}`, `${s.bare.tp}/${s.bare.fn}, ${s.bare.fp}/${s.bare.tn}`);
  }
  row('pages with recall < 0.5', s.ours.recallBelowHalf, s.bare.recallBelowHalf);
  if (s.served) {
    row('  of them shown by the page as served', s.ours.recallBelowHalfShownAsServed, s.bare.recallBelowHalfShownAsServed);
    row('page as served (restored): F1, recall', `${pct(s.served.f1)}, ${pct(s.served.recall)}`, `pages with recall < 0.5: ${s.served.recallBelowHalf}`);
  }
  row('title accuracy', acc(s.ours.title), acc(s.bare.title));
  row('author accuracy', acc(s.ours.author), acc(s.bare.author));
  row('date accuracy', acc(s.ours.date), acc(s.bare.date));
  row('main-thread ms p50 / p95 (cleaned)', `${s.time.oursCleaned.p50} / ${s.time.oursCleaned.p95}`, `${s.time.bareProfiledOnCleaned.p50} / ${s.time.bareProfiledOnCleaned.p95}`);
  row('main-thread ms p50 / p95 (not cleaned)', `${s.time.oursNotCleaned.p50} / ${s.time.oursNotCleaned.p95}`, '');
  row('bare parse, performance.now p50/p95', '', `${s.time.bareSelfTimed.p50} / ${s.time.bareSelfTimed.p95}`);
  row('ours / bare, median per page', s.time.oursOverBareMedianRatioOnCleaned, '');
  if (s.time.oursOverBareMedianBy) lines.push(`  ours / bare by page kind (pages): ${Object.entries(s.time.oursOverBareMedianBy).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  lines.push(`cleaned: auto ${s.cleaned.auto}, toolbar ${s.cleaned.toolbar}, not cleaned ${s.cleaned.none}; statuses ${JSON.stringify(s.statuses)}; read by ${JSON.stringify(s.engines ?? {})}; planned on ${JSON.stringify(s.planned ?? {})}`);
  if (s.layout === 'readability') {
    const d = s.detection;
    lines.push(`detection vs readerable: tp ${d.tp}, fp ${d.fp}, fn ${d.fn}, tn ${d.tn}`);
  } else {
    lines.push(`detection: article ${s.detection.article}, not article ${s.detection.notArticle}, no verdict ${s.detection.unknown}`);
  }
  lines.push(
    `hung ${s.hung} (load event never fired: ${s.loadEventMissing ?? 0}); extension errors on ${s.extensionErrorPages} pages; page errors not seen without the extension on ${s.pageErrorsNotInBaseline} pages (any page error: ${s.pageErrorPagesAny}); article covered on ${s.covered}; blank after cleanup ${s.blankCleaned ?? '-'}; scroll stuck ${s.scrollStuck} (cleaned ${s.scrollStuckCleaned}); restore failed ${s.restoreFailed ?? '-'}`,
  );
  return lines.join('\n');
}
