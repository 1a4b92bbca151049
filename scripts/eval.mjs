// npm run eval -- <corpus dir> [--limit N] [--every N] [--only name,name] [--kinds k,k]
//                 [--out report.json] [--jobs 1|2] [--no-build] [--no-baseline]
//                 [--baseline-max N] [--dev] [--quiet] [--timing-runs N]
// npm run eval -- <corpus dir> --part 1/3 --out a1.json   (every 3rd page from the 1st: one of 3 runs)
// npm run eval -- <corpus dir> --rescore artifacts/eval-<corpus>.json   (scores again, no browser)
// npm run eval -- <corpus dir> --rescore a1.json,a2.json,a3.json --out all.json   (parts into one)
// node scripts/eval/summary-all.mjs <report.json>...                    (one table for several)
//
// Loads every page of a corpus (see /work/shared/corpus/README.md) at its real address in headless
// Chromium with the built extension and, side by side, a bare-Readability extension; lets the page
// be cleaned (the automatic path, else the toolbar path); scores what a reader still sees; prints a
// summary table and writes a JSON report with one row per page (default
// artifacts/eval-<corpus>.json). See docs/eval.md for what each figure means.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildTarget } from './build.mjs';
import { buildBareExtension, BARE_NAME } from './eval/bare-readability.mjs';
import { launch, instrumentBackground, observePage, withTimeout } from './eval/browser.mjs';
import { loadCorpus } from './eval/corpus.mjs';
import { formatSummary, scoreRow, summarize } from './eval/summary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    limit: { type: 'string' },
    // Every n-th page of the corpus (a sample spread over it), before --limit.
    every: { type: 'string' },
    only: { type: 'string' },
    // Only pages of these kinds (wcxb-dev's page types; the other corpora's pages are 'article').
    kinds: { type: 'string' },
    // Pages with page errors loaded again without the extension: at most this many (spread over
    // them); the others' errors stay unchecked. Default: all.
    'baseline-max': { type: 'string' },
    out: { type: 'string' },
    jobs: { type: 'string', default: '2' },
    'no-build': { type: 'boolean', default: false },
    'no-baseline': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    // Unminified build: the report's hot-function names become readable (figures shift a little).
    dev: { type: 'boolean', default: false },
    // Score an existing report again (after a change to the scoring) without loading any page;
    // several reports (comma-separated, e.g. the --part runs of one corpus) make one report.
    rescore: { type: 'string' },
    // i/n: only part i of n (every n-th page from the i-th), to split a long corpus into runs
    // that each hold the browser lock for a while only; join them with --rescore a,b,c.
    part: { type: 'string' },
    // Load every page this many times in all and take each page's median main-thread time (the
    // other observations come from the first load): one load's time varies by several ms.
    'timing-runs': { type: 'string', default: '1' },
  },
});

if (positionals.length !== 1) {
  console.error('usage: npm run eval -- <corpus dir> [--limit N] [--only name,name] [--out report.json] [--jobs 1|2]');
  process.exit(2);
}

// domContentLoaded: a page that takes longer than this to parse counts as hung (one corpus page
// needs 11 s on an idle machine with no extension at all); load: how long the load event is then
// awaited before the page is taken as it is.
const TIMEOUTS = { domContentLoaded: 45_000, load: 10_000, evaluate: 10_000, detect: 3_000, autoClean: 4_000, settle: 300 };

const corpusDir = path.resolve(positionals[0]);
const corpus = loadCorpus(corpusDir, {
  limit: opts.limit ? Number(opts.limit) : undefined,
  only: opts.only
    ? opts.only
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined,
  kinds: opts.kinds
    ? opts.kinds
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined,
  every: opts.every ? Number(opts.every) : undefined,
  part: (() => {
    if (!opts.part || opts.rescore) return undefined;
    const m = /^(\d+)\/(\d+)$/.exec(opts.part);
    if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) {
      console.error('--part wants i/n with 1 <= i <= n');
      process.exit(2);
    }
    return [Number(m[1]), Number(m[2])];
  })(),
});
const jobs = Math.min(2, Math.max(1, Number(opts.jobs) || 2));
const outFile = path.resolve(opts.out ?? path.join(root, 'artifacts', `eval-${corpus.name}.json`));
const log = opts.quiet ? () => {} : (...a) => console.log(...a);

/** Scores the rows (one failing row does not lose the others) and writes and prints the report. */
function finish(rows, wallSeconds, extra = {}) {
  const byKey = new Map(corpus.pages.map((p) => [p.key, p]));
  for (const row of rows) {
    const page = byKey.get(row.key);
    if (!page || row.visibleText === undefined) continue;
    row.kind ??= page.kind;
    try {
      scoreRow(corpus.layout, page, row);
    } catch (error) {
      row.scoreError = String(error);
      console.error(`scoring ${row.name}: ${error}`);
    }
  }
  const summary = summarize(corpus.layout, rows, wallSeconds);
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify({ corpus: corpus.name, corpusDir, date: new Date().toISOString(), timeouts: TIMEOUTS, jobs, ...extra, summary, pages: rows }, null, 1));
  console.log('\n' + formatSummary(corpus.name, summary));
  if (extra.timingRuns > 1) console.log(`main-thread ms: each page's median over ${extra.timingRuns} loads`);
  console.log(`\nreport: ${path.relative(process.cwd(), outFile)}`);
}

if (opts.rescore) {
  const olds = opts.rescore
    .split(',')
    .filter(Boolean)
    .map((f) => JSON.parse(readFileSync(f, 'utf8')));
  const wall = olds.reduce((a, o) => a + (o.summary?.wallSeconds ?? 0), 0);
  const extra = { date: olds[0].date, rescored: new Date().toISOString(), timingRuns: olds[0].timingRuns };
  if (olds.length > 1) extra.parts = olds.map((o) => ({ date: o.date, pages: o.pages.length, wallSeconds: o.summary?.wallSeconds }));
  finish(
    olds.flatMap((o) => o.pages),
    wall,
    extra,
  );
  process.exit(0);
}

const started = Date.now();
const built = opts['no-build'] ? path.join(root, 'dist/chrome') : await buildTarget('chrome', { minify: !opts.dev });
const tmp = mkdtempSync(path.join(os.tmpdir(), 'qr-eval-'));
// Chromium reads extension files when it injects them, and others rebuild dist/ while a long
// run goes on: load a private copy so the whole run measures one build.
const ours = path.join(tmp, 'quiet-reader');
cpSync(built, ours, { recursive: true });
const bareDir = await buildBareExtension(path.join(tmp, 'bare-readability'));

/** Runs `pages` through `observe` with at most `jobs` at once, relaunching a browser that died. */
async function runAll(pages, { extensions, withExtension }) {
  let browser;
  let control;
  const start = async () => {
    browser = await launch({ extensions });
    if (withExtension) {
      await instrumentBackground(browser.sw);
      control = await browser.ctx.newPage();
      await control.goto(`chrome-extension://${browser.extensionId}/options.html`);
    }
  };
  await start();
  const rows = new Array(pages.length);
  let next = 0;
  /** @type {Promise<void> | null} */
  let restarting = null;
  const worker = async () => {
    while (next < pages.length) {
      const i = next++;
      const page = pages[i];
      let row;
      for (let attempt = 0; attempt < 2; attempt++) {
        if (restarting) await restarting;
        const env = { browser, control, bareName: BARE_NAME, timeouts: TIMEOUTS };
        row = await observePage(env, page, { withExtension });
        const dead = !browser.ctx.pages().length || /Target.*closed|browser has been closed|has been closed/i.test(row.failure ?? '');
        if (!dead) break;
        restarting ??= (async () => {
          log('  browser died; relaunching');
          await browser.close();
          await start();
          restarting = null;
        })();
        await restarting;
      }
      rows[i] = row;
      if (!withExtension && (i + 1) % 25 === 0) log(`  baseline ${i + 1}/${pages.length}`);
      if (withExtension) {
        log(
          `${String(i + 1).padStart(4)}/${pages.length} ${page.name.slice(0, 40).padEnd(40)} ${row.how ?? '-'}${row.hung ? ' HUNG:' + row.hung : ''}${row.failure ? ' FAILED' : ''} ${Number.isFinite(row.oursMs) ? row.oursMs.toFixed(1) + ' ms' : ''}`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, pages.length) }, worker));
  await withTimeout(browser.close(), 30_000, 'close').catch(() => undefined);
  return rows;
}

log(`eval ${corpus.name} (${corpus.layout}): ${corpus.pages.length} pages, ${jobs} at a time, each at its own address`);
const rows = await runAll(corpus.pages, { extensions: [ours, bareDir], withExtension: true });

// Timing: more loads of the same pages, each page's main-thread times the median over its loads.
const timingRuns = Math.max(1, Math.min(9, Number(opts['timing-runs']) || 1));
const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
if (timingRuns > 1) {
  const runs = rows.map((r) => [r]);
  for (let run = 2; run <= timingRuns; run++) {
    log(`timing run ${run}/${timingRuns}`);
    const again = await runAll(corpus.pages, { extensions: [ours, bareDir], withExtension: true });
    again.forEach((r, i) => {
      runs[i].push(r);
    });
  }
  rows.forEach((row, i) => {
    const loads = runs[i].filter((r) => !r.hung && !r.failure);
    row.timingRuns = { oursMs: loads.map((r) => r.oursMs), bareProfiledMs: loads.map((r) => r.bareProfiledMs) };
    row.oursMs = median(row.timingRuns.oursMs);
    row.bareProfiledMs = median(row.timingRuns.bareProfiledMs);
  });
}

// Page errors: the same page without any extension tells the page's own errors from ours. A page's
// own scripts race its aborted requests, so an error missing from one load without us may show in
// the next: pages whose errors the first baseline load does not explain are loaded once more, and
// each message counts as often as it was seen in the baseline load that saw it most.
let withErrors = corpus.pages.map((p, i) => [p, rows[i]]).filter(([, r]) => r.errors?.length);
const baselineMax = opts['baseline-max'] !== undefined ? Math.max(0, Number(opts['baseline-max']) || 0) : Infinity;
if (withErrors.length > baselineMax) {
  const step = withErrors.length / baselineMax;
  withErrors = Array.from({ length: baselineMax }, (_, i) => withErrors[Math.floor(i * step)]);
}
if (withErrors.length && !opts['no-baseline']) {
  log(`baseline without extensions for ${withErrors.length} pages with page errors`);
  const seenIn = (loads) => {
    const seen = new Map();
    for (const load of loads) {
      const here = new Map();
      for (const e of load.errors ?? []) here.set(e, (here.get(e) ?? 0) + 1);
      for (const [e, n] of here) seen.set(e, Math.max(seen.get(e) ?? 0, n));
    }
    return seen;
  };
  const unexplained = (row, loads) => {
    const seen = seenIn(loads);
    return row.errors.filter((e) => {
      const n = seen.get(e) ?? 0;
      if (n > 0) seen.set(e, n - 1);
      return n === 0;
    });
  };
  const base = await runAll(
    withErrors.map(([p]) => p),
    { extensions: [], withExtension: false },
  );
  const loads = base.map((b) => [b]);
  const again = withErrors.map((_, i) => i).filter((i) => unexplained(withErrors[i][1], loads[i]).length > 0);
  if (again.length) {
    log(`baseline again for ${again.length} pages with errors the first load did not show`);
    const second = await runAll(
      again.map((i) => withErrors[i][0]),
      { extensions: [], withExtension: false },
    );
    again.forEach((i, j) => {
      loads[i].push(second[j]);
    });
  }
  withErrors.forEach(([, r], i) => {
    r.errorsNotInBaseline = unexplained(r, loads[i]);
    r.baselineErrors = loads[i].flatMap((l) => l.errors ?? []);
  });
}
rmSync(tmp, { recursive: true, force: true });

const pageRows = corpus.pages.map((page, i) => ({
  name: page.name,
  key: page.key,
  kind: page.kind,
  ...(corpus.layout === 'readability' ? { readerable: page.readerable } : {}),
  labels: page.labels,
  ...rows[i],
  // The address the page was opened at; `locationUrl`: where the tab was when it was inspected.
  url: page.url,
  locationUrl: rows[i].url,
}));
finish(pageRows, (Date.now() - started) / 1000, { timingRuns });
