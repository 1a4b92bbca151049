/** Per-page scores and the corpus summary of `npm run eval`, from the browser's raw observations. */
import {
  accuracyOf,
  authorMatches,
  averageShingleScores,
  averageWordScores,
  confusion,
  dateMatches,
  headerNeutral,
  leakSplit,
  percentile,
  pooledSnippetScores,
  sharesBy,
  shingleMatch,
  snippetLeakSplit,
  snippetMatch,
  titleMatches,
  wordMatch,
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

const roundMatch = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, typeof v === 'number' ? r3(v) : v]));

/** Readability's own title, byline and excerpt for the page (from the bare run), for headerNeutral. */
function readabilityHeader(bare) {
  return bare ? { title: bare.title, byline: bare.byline, excerpt: bare.excerpt } : undefined;
}

/**
 * Adds `scores` to one row (mutates and returns it). Ours is scored on what a reader sees; bare
 * Readability on its article's textContent ("raw"); header-neutral scores take ours' visible lines
 * and bare's block text (its article's text with a line per block: textContent has no lines to
 * judge) through headerNeutral first.
 */
export function scoreRow(layout, page, row) {
  const bare = row.bare;
  // A page that renders nothing shows the reader nothing, whatever its innerText says.
  const seen = row.blank ? '' : (row.visibleText ?? '');
  // The page as served (restored after the cleanup; a page not cleaned is as served already).
  const served = row.served ? (row.served.blank ? '' : (row.served.visibleText ?? '')) : seen;
  const bareText = bare?.textContent ?? '';
  const bareFound = { title: bare?.title, authors: bare?.byline ? [bare.byline] : [], date: bare?.publishedTime };
  const scores = {
    meta: { ours: metaScores(page.labels, oursMeta(row)), bare: metaScores(page.labels, bareFound) },
  };
  if (layout === 'readability') {
    const expected = page.expectedText();
    const oursN = headerNeutral(seen, readabilityHeader(bare), expected);
    const bareN = headerNeutral(bare?.blockText ?? '', readabilityHeader(bare), expected);
    scores.ours = shingleMatch(expected, seen);
    scores.bare = shingleMatch(expected, bareText);
    scores.bareBlockText = shingleMatch(expected, bare?.blockText ?? '');
    scores.served = shingleMatch(expected, served);
    scores.oursNeutral = shingleMatch(expected, oursN.text);
    scores.bareNeutral = shingleMatch(expected, bareN.text);
    for (const k of ['ours', 'bare', 'bareBlockText', 'served', 'oursNeutral', 'bareNeutral']) {
      const { tp, fp, fn, precision, recall } = scores[k];
      scores[k] = { tp: r3(tp), fp: r3(fp), fn: r3(fn), precision: r3(precision), recall: r3(recall) };
    }
    scores.neutralRemoved = { ours: oursN.removed, bare: bareN.removed };
    scores.leak = { ours: leakSplit(expected, seen), bare: leakSplit(expected, bareText) };
  } else if (layout === 'trafilatura') {
    scores.ours = snippetMatch(seen, page.with, page.without);
    scores.bare = snippetMatch(bareText, page.with, page.without);
    scores.served = snippetMatch(served, page.with, page.without);
    scores.snippetLeak = { ours: snippetLeakSplit(seen, page.with, page.without), bare: snippetLeakSplit(bareText, page.with, page.without) };
  } else {
    const ref = page.mainContent ?? '';
    const oursN = headerNeutral(seen, readabilityHeader(bare), ref);
    const bareN = headerNeutral(bare?.blockText ?? '', readabilityHeader(bare), ref);
    scores.hasReference = ref.trim().length > 0;
    // The snippets (ours / bare / served keep the shape the other corpora use).
    scores.ours = snippetMatch(seen, page.with, page.without);
    scores.bare = snippetMatch(bareText, page.with, page.without);
    scores.served = snippetMatch(served, page.with, page.without);
    scores.oursNeutral = snippetMatch(oursN.text, page.with, page.without);
    scores.bareNeutral = snippetMatch(bareN.text, page.with, page.without);
    // WCXB's word score and the 4-gram score against main_content.
    scores.words = {};
    scores.shingles = {};
    for (const [k, text] of [
      ['ours', seen],
      ['bare', bareText],
      ['served', served],
      ['oursNeutral', oursN.text],
      ['bareNeutral', bareN.text],
    ]) {
      scores.words[k] = roundMatch(wordMatch(ref, text));
      scores.shingles[k] = roundMatch(shingleMatch(ref, text));
    }
    scores.neutralRemoved = { ours: oursN.removed, bare: bareN.removed };
    scores.leak = { ours: leakSplit(ref, seen), bare: leakSplit(ref, bareText) };
    scores.snippetLeak = { ours: snippetLeakSplit(seen, page.with, page.without), bare: snippetLeakSplit(bareText, page.with, page.without) };
  }
  row.scores = scores;
  return row;
}

/**
 * Recall of one page for `side` ('ours', 'bare', 'served'): 4-gram recall (readability-test-pages),
 * the share of `with` snippets visible (trafilatura-dev), WCXB word recall (wcxb-dev).
 */
export function rowRecall(layout, row, side = 'ours') {
  const s = row.scores;
  if (!s) return NaN;
  if (layout === 'wcxb') return s.hasReference ? (s.words?.[side]?.recall ?? NaN) : NaN;
  return pageRecall(layout, s[side]);
}

/** Recall of one page's score object: shingle recall, or the share of `with` snippets visible. */
export function pageRecall(layout, s) {
  if (!s) return NaN;
  if (layout === 'readability') return s.recall;
  return s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : NaN;
}

/** The page's kind: wcxb's page type; every page of the other two corpora is an article. */
export const kindOf = (row) => row.kind ?? 'article';
const isCleaned = (r) => r.how === 'auto' || r.how === 'toolbar';
/**
 * Cleaned with no click: the eval saw the detector's yes and the cleaned page, or the cleaner's own
 * state says the cleanup it reported came from the detector (reports made before the eval ignored
 * the blank page's verdict could record a "no" for a page the extension had cleaned by itself).
 */
const wasAuto = (r) => r.how === 'auto' || (r.how === 'toolbar' && r.trigger === 'auto');

/**
 * How a page was read: the cleaner's `route`, or for a report from before it had one (engine,
 * via, planned) the same thing in those words.
 * @param {{ route?: string, engine?: string, planned?: string }} r
 * @returns {string | undefined}
 */
export function routeOf(r) {
  if (r.route) return r.route;
  if (r.engine === 'page') return 'in-place';
  if (r.engine === 'extractor') return r.planned === 'page' ? 'copy-reading' : 'copy';
  return undefined;
}

/** Pooled `with` rate (share visible) and `without` rate (share visible: lower is better). */
function snippetRates(ms) {
  const p = pooledSnippetScores(ms);
  return { ...p, withRate: r3(p.tp + p.fn > 0 ? p.tp / (p.tp + p.fn) : NaN), withoutRate: r3(p.fp + p.tn > 0 ? p.fp / (p.fp + p.tn) : NaN) };
}

/** Who cleaned what with no click, per kind, and what said yes on the non-articles touched. */
function autoCleanup(rows) {
  const perKind = sharesBy(rows, kindOf, {
    auto: wasAuto,
    detected: (r) => r.detected === true,
    readerable: (r) => r.bare?.readerable === true,
    cleaned: isCleaned,
  });
  const shares = (o) => ({ ...o, autoShare: r3(o.auto / o.pages), readerableShare: r3(o.readerable / o.pages) });
  const kinds = Object.fromEntries(Object.entries(perKind).map(([k, o]) => [k, shares(o)]));
  const non = rows.filter((r) => kindOf(r) !== 'article');
  const nonArticles = non.length
    ? shares({
        pages: non.length,
        auto: non.filter(wasAuto).length,
        detected: non.filter((r) => r.detected === true).length,
        readerable: non.filter((r) => r.bare?.readerable === true).length,
        cleaned: non.filter(isCleaned).length,
      })
    : undefined;
  const touched = non.filter(wasAuto).map((r) => ({ name: r.name, kind: kindOf(r), url: r.key, score: r.detectScore, signals: r.detectSignals ?? null, readerable: r.bare?.readerable }));
  return { kinds, nonArticles, touchedNonArticles: touched };
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
  // The articles scored for the article figures (on wcxb-dev: the article pages with a main content).
  const arts = ok.filter((r) => kindOf(r) === 'article' && (layout !== 'wcxb' || r.scores.hasReference));
  const recall = (r, k) => rowRecall(layout, r, k);
  const side = (k) => {
    const s = {};
    if (layout === 'readability') {
      Object.assign(s, averageShingleScores(arts.map((r) => r.scores[k])));
    } else {
      Object.assign(s, snippetRates(arts.map((r) => r.scores[k])));
    }
    s.recallBelowHalf = arts.filter((r) => recall(r, k) < 0.5).length;
    // Of those, the pages whose article the page as served does show: hidden by the cleanup (or
    // left out by Readability), not missing from the page.
    if (k !== 'served') s.recallBelowHalfShownAsServed = arts.filter((r) => recall(r, k) < 0.5 && !(recall(r, 'served') < 0.5)).length;
    const meta = (f) => accuracyOf(arts.map((r) => r.scores.meta[k]?.[f]));
    s.title = meta('title');
    s.author = meta('author');
    s.date = meta('date');
    for (const key of Object.keys(s)) s[key] = typeof s[key] === 'number' ? r3(s[key]) : s[key];
    return s;
  };
  /** @type {Record<string, any>} */
  const summary = {
    layout,
    pages: rows.length,
    articles: arts.length,
    wallSeconds: Math.round(wallSeconds),
    // Articles whose recall is below 0.5 for us and 0.5 or more for bare Readability, and back.
    recallLost: {
      ours: arts.filter((r) => recall(r, 'ours') < 0.5).length,
      bare: arts.filter((r) => recall(r, 'bare') < 0.5).length,
      oursOnly: arts.filter((r) => recall(r, 'ours') < 0.5 && recall(r, 'bare') >= 0.5).length,
      bareOnly: arts.filter((r) => recall(r, 'bare') < 0.5 && recall(r, 'ours') >= 0.5).length,
      oursOnlyPages: arts.filter((r) => recall(r, 'ours') < 0.5 && recall(r, 'bare') >= 0.5).map((r) => r.name),
    },
    auto: autoCleanup(rows),
    cleaned: { auto: count(wasAuto), toolbar: count((r) => r.how === 'toolbar' && !wasAuto(r)), none: count((r) => r.how === 'none' || !r.how) },
    statuses,
    // How cleaned pages were read: 'copy' (off the main thread, planned there too), 'copy-reading'
    // (the copy's plan did not pair: planned on the page) or 'in-place' (the fallback).
    routes: rows.reduce((m, r) => {
      const by = routeOf(r);
      if (by) m[by] = (m[by] ?? 0) + 1;
      return m;
    }, {}),
    ours: side('ours'),
    bare: side('bare'),
    served: side('served'),
    // Cleaned pages whose restore left a mark of ours (or was refused).
    restoreFailed: count((r) => r.state === 'clean' && (r.served?.status !== 'original' || r.served.state !== null || r.served.marksLeft > 0)),
    bareFound: count((r) => r.bare?.found),
    hung: count((r) => r.hung),
    // Pages whose load event never came (the page's own doing: seen without the extension too).
    loadEventMissing: count((r) => r.loadEventMissing),
    extensionErrorPages: count((r) => r.extensionErrors?.length > 0),
    pageErrorsNotInBaseline: count((r) => r.errorsNotInBaseline?.length > 0),
    pageErrorPagesAny: count((r) => r.errors?.length > 0),
    // Pages with page errors that were loaded again without the extension (all, unless sampled).
    pageErrorsChecked: count((r) => r.errors?.length > 0 && r.errorsNotInBaseline !== undefined),
    covered: count((r) => (r.how === 'auto' || r.how === 'toolbar') && r.probes?.some((p) => !p.clear)),
    // Cleaned, yet nothing is rendered (html or body not displayed, or transparent).
    blankCleaned: count((r) => (r.how === 'auto' || r.how === 'toolbar') && r.blank === true),
    scrollStuck: count((r) => r.needsScroll && !r.scrolled),
    scrollStuckCleaned: count((r) => (r.how === 'auto' || r.how === 'toolbar') && r.needsScroll && !r.scrolled),
    time: {
      oursCleaned: times(cleaned, 'oursMs'),
      oursNotCleaned: times(
        rows.filter((r) => !(r.how === 'auto' || r.how === 'toolbar')),
        'oursMs',
      ),
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
        /** @type {Array<[string, (r: any) => boolean]>} */ ([
          ['auto', (r) => r.how === 'auto'],
          ['clicked', (r) => r.how === 'toolbar'],
          ['by copy', (r) => routeOf(r) === 'copy' || routeOf(r) === 'copy-reading'],
          ['in place', (r) => routeOf(r) === 'in-place'],
        ]).map(([name, keep]) => {
          const ratios = cleaned.filter((r) => r.bareProfiledMs > 0 && keep(r)).map((r) => r.oursMs / r.bareProfiledMs);
          return [name, ratios.length > 0 ? `${r3(percentile(ratios, 50))} (${ratios.length})` : '-'];
        }),
      ),
    },
  };
  const rounded = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? r3(v) : v]));
  if (layout === 'wcxb') {
    const sides = ['ours', 'bare', 'oursNeutral', 'bareNeutral', 'served'];
    const withRef = ok.filter((r) => r.scores.hasReference);
    summary.wcxb = {
      articles: {
        pages: arts.length,
        words: Object.fromEntries(sides.map((k) => [k, rounded(averageWordScores(arts.map((r) => r.scores.words[k])))])),
        shingles: Object.fromEntries(sides.map((k) => [k, rounded(averageShingleScores(arts.map((r) => r.scores.shingles[k])))])),
        snippets: Object.fromEntries(sides.map((k) => [k, rounded(snippetRates(arts.map((r) => r.scores[k])))])),
      },
      // Every page with a main content, whatever its kind (WCXB's "all page types").
      allPages: {
        pages: withRef.length,
        words: Object.fromEntries(['ours', 'bare'].map((k) => [k, rounded(averageWordScores(withRef.map((r) => r.scores.words[k])))])),
      },
      wordF1ByKind: Object.fromEntries(
        [...new Set(withRef.map(kindOf))].sort().map((kind) => {
          const rs = withRef.filter((r) => kindOf(r) === kind);
          return [kind, { pages: rs.length, ours: r3(averageWordScores(rs.map((r) => r.scores.words.ours)).f1), bare: r3(averageWordScores(rs.map((r) => r.scores.words.bare)).f1) }];
        }),
      ),
      noReference: ok.length - withRef.length,
    };
  }
  if (layout === 'readability') {
    summary.neutral = { ours: rounded(averageShingleScores(arts.map((r) => r.scores.oursNeutral))), bare: rounded(averageShingleScores(arts.map((r) => r.scores.bareNeutral))) };
    summary.bareBlockText = averageShingleScores(ok.map((r) => r.scores.bareBlockText));
    for (const key of Object.keys(summary.bareBlockText)) summary.bareBlockText[key] = r3(summary.bareBlockText[key]);
    summary.detection = confusion(rows.map((r) => ({ label: r.readerable, predicted: r.detected })));
  } else {
    summary.detection = { article: count((r) => r.detected === true), notArticle: count((r) => r.detected === false), unknown: count((r) => r.detected === undefined) };
  }
  return summary;
}

const pct = (x) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
const acc = (a) => (a?.n ? `${a.accuracy.toFixed(3)} (${a.correct}/${a.n})` : '-');

const share = (n, d) => (d > 0 ? `${((100 * n) / d).toFixed(1)} % (${n}/${d})` : '-');

/** The "who is cleaned with no click" lines: per kind, ours beside isProbablyReaderable's yes. */
export function formatAuto(a, { listTouched = 12 } = {}) {
  const lines = [];
  if (!a) return lines;
  const kinds = Object.entries(a.kinds).sort(([x], [y]) => (x === 'article' ? -1 : y === 'article' ? 1 : x.localeCompare(y)));
  lines.push('cleaned with no click, per kind      ours                      isProbablyReaderable');
  for (const [kind, o] of kinds) lines.push(`  ${kind.padEnd(34)} ${share(o.auto, o.pages).padEnd(25)} ${share(o.readerable, o.pages)}`);
  if (a.nonArticles) {
    const n = a.nonArticles;
    lines.push(`  ${'all non-articles'.padEnd(34)} ${share(n.auto, n.pages).padEnd(25)} ${share(n.readerable, n.pages)}`);
    lines.push(`non-articles cleaned with no click: ${a.touchedNonArticles.length}${a.touchedNonArticles.length > listTouched ? ` (first ${listTouched})` : ''}`);
    for (const t of a.touchedNonArticles.slice(0, listTouched)) {
      const sig = t.signals
        ? Object.entries(t.signals)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')
        : 'signals not reported';
      lines.push(`  ${t.name} ${t.kind} score ${t.score ?? '-'} readerable ${t.readerable ?? '-'}: ${sig}  ${String(t.url ?? '').slice(0, 70)}`);
    }
  }
  return lines;
}

/** The printed summary: one table, ours next to bare Readability. */
export function formatSummary(corpus, s) {
  const lines = [];
  const row = (label, ours, bare) => lines.push(`${label.padEnd(40)} ${String(ours).padEnd(24)} ${String(bare)}`);
  lines.push(`${corpus}: ${s.pages} pages in ${s.wallSeconds} s${s.layout === 'wcxb' ? ` (article figures on ${s.articles} articles)` : ''}`);
  row('', 'Quiet Reader', 'bare Readability');
  if (s.layout === 'readability') {
    row('visible text F1 (4-gram)', pct(s.ours.f1), `${pct(s.bare.f1)}  (block text ${pct(s.bareBlockText.f1)})`);
    row('  precision / recall', `${pct(s.ours.precision)} / ${pct(s.ours.recall)}`, `${pct(s.bare.precision)} / ${pct(s.bare.recall)}`);
    if (s.neutral)
      row(
        '  header-neutral F1 (P / R)',
        `${pct(s.neutral.ours.f1)} (${pct(s.neutral.ours.precision)} / ${pct(s.neutral.ours.recall)})`,
        `${pct(s.neutral.bare.f1)} (${pct(s.neutral.bare.precision)} / ${pct(s.neutral.bare.recall)})`,
      );
  } else if (s.layout === 'trafilatura') {
    row('snippet F1 (pooled)', pct(s.ours.f1), pct(s.bare.f1));
    row('  precision / recall', `${pct(s.ours.precision)} / ${pct(s.ours.recall)}`, `${pct(s.bare.precision)} / ${pct(s.bare.recall)}`);
    row('  with tp/fn, without fp/tn', `${s.ours.tp}/${s.ours.fn}, ${s.ours.fp}/${s.ours.tn}`, `${s.bare.tp}/${s.bare.fn}, ${s.bare.fp}/${s.bare.tn}`);
  } else {
    const a = s.wcxb.articles;
    const w = (m) => `${pct(m.f1)} (${pct(m.precision)} / ${pct(m.recall)})`;
    row('articles: word F1 (P / R), raw', w(a.words.ours), w(a.words.bare));
    row('  header-neutral', w(a.words.oursNeutral), w(a.words.bareNeutral));
    row('  4-gram F1 (P / R), raw', w(a.shingles.ours), w(a.shingles.bare));
    row('  header-neutral', w(a.shingles.oursNeutral), w(a.shingles.bareNeutral));
    const sn = (m) => `${pct(m.withRate)} / ${pct(m.withoutRate)}`;
    row('  `with` / `without` visible, raw', sn(a.snippets.ours), sn(a.snippets.bare));
    row('  header-neutral', sn(a.snippets.oursNeutral), sn(a.snippets.bareNeutral));
    row(
      '  with tp/fn, without fp/tn (raw)',
      `${a.snippets.ours.tp}/${a.snippets.ours.fn}, ${a.snippets.ours.fp}/${a.snippets.ours.tn}`,
      `${a.snippets.bare.tp}/${a.snippets.bare.fn}, ${a.snippets.bare.fp}/${a.snippets.bare.tn}`,
    );
    row(`all ${s.wcxb.allPages.pages} pages: word F1 (P / R)`, w(s.wcxb.allPages.words.ours), w(s.wcxb.allPages.words.bare));
    lines.push(
      `  word F1 by kind, ours / bare: ${Object.entries(s.wcxb.wordF1ByKind)
        .map(([k, v]) => `${k} ${pct(v.ours)}/${pct(v.bare)} (${v.pages})`)
        .join(', ')}`,
    );
  }
  row('articles with recall < 0.5', s.ours.recallBelowHalf, s.bare.recallBelowHalf);
  if (s.recallLost)
    row(
      '  below 0.5 only for one of the two',
      `${s.recallLost.oursOnly}${s.recallLost.oursOnlyPages?.length ? ' (' + s.recallLost.oursOnlyPages.slice(0, 6).join(', ') + (s.recallLost.oursOnlyPages.length > 6 ? ', ...' : '') + ')' : ''}`,
      s.recallLost.bareOnly,
    );
  if (s.served) {
    row('  of them shown by the page as served', s.ours.recallBelowHalfShownAsServed, s.bare.recallBelowHalfShownAsServed);
    if (s.layout === 'wcxb')
      row('page as served (restored): word F1, R', `${pct(s.wcxb.articles.words.served.f1)}, ${pct(s.wcxb.articles.words.served.recall)}`, `articles with recall < 0.5: ${s.served.recallBelowHalf}`);
    else row('page as served (restored): F1, recall', `${pct(s.served.f1)}, ${pct(s.served.recall)}`, `pages with recall < 0.5: ${s.served.recallBelowHalf}`);
  }
  row('title accuracy', acc(s.ours.title), acc(s.bare.title));
  row('author accuracy', acc(s.ours.author), acc(s.bare.author));
  row('date accuracy', acc(s.ours.date), acc(s.bare.date));
  row('main-thread ms p50 / p95 (cleaned)', `${s.time.oursCleaned.p50} / ${s.time.oursCleaned.p95}`, `${s.time.bareProfiledOnCleaned.p50} / ${s.time.bareProfiledOnCleaned.p95}`);
  row('main-thread ms p50 / p95 (not cleaned)', `${s.time.oursNotCleaned.p50} / ${s.time.oursNotCleaned.p95}`, '');
  row('bare parse, performance.now p50/p95', '', `${s.time.bareSelfTimed.p50} / ${s.time.bareSelfTimed.p95}`);
  row('ours / bare, median per page', s.time.oursOverBareMedianRatioOnCleaned, '');
  if (s.time.oursOverBareMedianBy)
    lines.push(
      `  ours / bare by page kind (pages): ${Object.entries(s.time.oursOverBareMedianBy)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
  lines.push(`cleaned: auto ${s.cleaned.auto}, toolbar ${s.cleaned.toolbar}, not cleaned ${s.cleaned.none}; statuses ${JSON.stringify(s.statuses)}; read by ${JSON.stringify(s.routes ?? {})}`);
  lines.push(...formatAuto(s.auto));
  if (s.layout === 'readability') {
    const d = s.detection;
    lines.push(`detection vs readerable: tp ${d.tp}, fp ${d.fp}, fn ${d.fn}, tn ${d.tn}`);
  } else {
    lines.push(`detection: article ${s.detection.article}, not article ${s.detection.notArticle}, no verdict ${s.detection.unknown}`);
  }
  lines.push(
    `hung ${s.hung} (load event never fired: ${s.loadEventMissing ?? 0}); extension errors on ${s.extensionErrorPages} pages; page errors not seen without the extension on ${s.pageErrorsNotInBaseline} pages (any page error: ${s.pageErrorPagesAny}; checked without the extension: ${s.pageErrorsChecked ?? '-'}); article covered on ${s.covered}; blank after cleanup ${s.blankCleaned ?? '-'}; scroll stuck ${s.scrollStuck} (cleaned ${s.scrollStuckCleaned}); restore failed ${s.restoreFailed ?? '-'}`,
  );
  return lines.join('\n');
}
