// Measures the attribution extractor against people's labels (trafilatura-dev: title, author, date;
// wcxb-dev articles: title, author, publish_date) and Readability's expectations
// (readability-test-pages: title, byline, publishedTime), next to bare Readability, and shows each
// source's precision so PRECEDENCE is set from evidence.
//
//   node scripts/measure-attribution.mjs [--corpus DIR] [--only NAME[,NAME]] [--limit N] [--sources]
//                                        [--misses FIELD] [--save FILE]
//                                        [--half A|B] [--cache DIR]
//   NAME: trafilatura, wcxb, readability. wcxb-dev is measured on its article pages only
//   (_internal.page_type.primary === 'article'), reported whole and in two halves split by a hash
//   of the page id (half A to develop on, half B to confirm on).
//
// Comparison rules (the same for both extractors, and the same as the eval's: both import
// scripts/eval/attribution-rules.mjs, where they are written out, as in docs/eval.md):
//   title: equal after normalizing quotes, dashes, case and space; author: every labelled name is
//   found in ours; date: the same calendar day. No output is a miss.
// Accuracy = matches / pages that have the label. Nothing from the corpus is copied into the project.
import { build } from 'esbuild';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { authorRule, dateRule, dayOf, labelNames, normalizeLabel, titleRule } from './eval/attribution-rules.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const corpusRoot = option('--corpus', path.resolve(root, '../shared/corpus'));
const limit = Number(option('--limit', 'Infinity'));
// --half A|B: only that half of wcxb-dev's articles (to develop on one and confirm on the other).
const halfOnly = option('--half', undefined);
const only = option('--only', 'trafilatura,wcxb,readability').split(',');
const showSources = args.includes('--sources');
const missesField = option('--misses', undefined);
// --save FILE writes the per-page records (FILE.<corpus>.json) to try other precedences offline.
const saveTo = option('--save', undefined);
const workerAt = args.indexOf('--worker');
const workerArgs = workerAt >= 0 ? { corpus: args[workerAt + 1], start: Number(args[workerAt + 2]), end: Number(args[workerAt + 3]) } : undefined;
if (workerAt >= 0) args.splice(workerAt, 4);

// Bundle the TypeScript extractor once (in the parent) into a temp file; the workers import that
// same file, so editing the sources during a run does not mix two versions in one measurement.
let bundle = process.env.QR_ATTR_BUNDLE;
let tmp;
if (!bundle) {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'qr-measure-'));
  bundle = path.join(tmp, 'extract.mjs');
  await build({
    stdin: {
      contents: `export { extractAttribution, collectFacts } from ${JSON.stringify(path.join(root, 'src/reader/attribution/extract-attribution.ts'))};`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: bundle,
    logLevel: 'warning',
  });
  process.env.QR_ATTR_BUNDLE = bundle;
  process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
}
const { extractAttribution, collectFacts } = await import(pathToFileURL(bundle).href);

const matchTitle = (ours, label) => titleRule(label, ours) === true;
/** ours: array of names. Every labelled name must be in ours. */
const matchAuthor = (ours, label) => authorRule(label, ours) === true;
const matchDate = (ours, label) => dateRule(label, ours) === true;

const quiet = new VirtualConsole();

/**
 * Scripts (except JSON-LD) and style sheets are cut before parsing: neither the extractor nor
 * Readability reads them (jsdom does not run scripts here), and they are often most of a page's
 * bytes, so parsing takes a fraction of the time.
 */
function withoutScripts(html) {
  return html.replace(/<script\b(?![^>]*ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '').replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '');
}

function load(html, url) {
  return new JSDOM(withoutScripts(html), { url, virtualConsole: quiet });
}

// --cache DIR keeps bare Readability's metadata per page, so repeated runs parse each page once.
const cacheDir = option('--cache', undefined);
const META_KEYS = ['title', 'byline', 'siteName', 'publishedTime', 'excerpt', 'lang', 'dir'];

function readabilityOf(doc, key) {
  const file = cacheDir && key ? path.join(cacheDir, `${key.replace(/[^\w.-]+/g, '_').slice(-120)}.json`) : undefined;
  if (file && existsSync(file)) {
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      // Being written by another run: parse the page again.
    }
  }
  let meta = {};
  try {
    const parsed = new Readability(doc.cloneNode(true)).parse() ?? {};
    meta = Object.fromEntries(META_KEYS.map((k) => [k, parsed[k] ?? null]));
  } catch {
    meta = {};
  }
  if (file) {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(file, JSON.stringify(meta));
  }
  return meta;
}

function percent(n, d) {
  return d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
}

function quantile(sorted, q) {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Evaluates one page: per field, whether ours and bare Readability match the label, and per source. */
function evaluatePage(page, fieldSpecs) {
  let dom;
  try {
    dom = load(page.html(), page.url);
  } catch {
    return undefined;
  }
  try {
    const doc = dom.window.document;
    const tr = performance.now();
    const bare = readabilityOf(doc, page.cacheKey);
    const readabilityMs = performance.now() - tr;
    const t0 = performance.now();
    const ours = extractAttribution(doc, page.url, bare);
    const ms = performance.now() - t0;
    const facts = showSources ? collectFacts(doc, page.url, bare) : [];
    const fields = {};
    const sources = [];
    for (const spec of fieldSpecs) {
      const label = page.labels[spec.name];
      if (!label) continue;
      const mine = spec.ours(ours);
      // A label the rules cannot read (a date that names no real day) leaves the page unlabelled.
      if (spec.rule(label, mine) === undefined) continue;
      fields[spec.name] = { ours: spec.match(mine, label), bare: spec.match(spec.bare(bare), label), mine, label, source: spec.source(ours) };
      for (const { source, facts: f } of facts) {
        const value = spec.field === 'authors' ? (f.authors ?? []).map((x) => x.name) : f[spec.field];
        if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
        sources.push({ field: spec.field, source, right: spec.match(value, label) });
      }
    }
    // The modified date beside the published one: a label that names it is counted apart in the misses.
    return { id: page.id, ms, readabilityMs, fields, sources, modified: ours.dateModified?.value };
  } finally {
    dom.window.close();
  }
}

/**
 * A miss's class: none (no answer); title: longer (ours holds the label and more: a site part or a
 * kicker), shorter (the label holds ours), other; author: some (some labelled names found), other;
 * date: one day off, modified (the label is our modified date), other.
 */
function missClass(field, x, record) {
  const mine = Array.isArray(x.mine) ? x.mine.join('; ') : x.mine;
  if (!mine) return 'none';
  const ours = normalizeLabel(mine);
  const label = normalizeLabel(x.label);
  if (field === 'title') return ours.includes(label) ? 'longer' : label.includes(ours) ? 'shorter' : 'other';
  if (field === 'author' || field === 'byline') return labelNames(x.label).some((n) => ours.includes(n)) ? 'some' : 'other';
  const a = Date.parse(`${dayOf(x.mine)}T00:00:00Z`);
  const b = Date.parse(`${dayOf(x.label)}T00:00:00Z`);
  if (Math.abs(a - b) === 86_400_000) return 'one day off';
  if (record.modified && dayOf(record.modified) === dayOf(x.label)) return 'modified';
  return 'other';
}

/** Half 'A' or 'B' of a page id, by a hash of the id (FNV-1a), for develop/confirm splits. */
export function halfOf(id) {
  let h = 0x811c9dc5;
  for (const ch of String(id)) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return h % 2 === 0 ? 'A' : 'B';
}

function accuracyTable(fields, records) {
  console.log('  field          labelled   ours     bare Readability');
  for (const f of fields) {
    const rows = records.map((r) => r.fields[f]).filter(Boolean);
    const n = rows.length;
    console.log(
      `  ${f.padEnd(14)} ${String(n).padStart(8)}   ${percent(rows.filter((r) => r.ours).length, n)} (${String(rows.filter((r) => r.ours).length).padStart(3)})   ${percent(rows.filter((r) => r.bare).length, n)}`,
    );
  }
}

function report(name, fieldSpecs, records, halves) {
  const fields = fieldSpecs.map((f) => f.name);
  console.log(`\n${name}: ${records.length} pages`);
  accuracyTable(fields, records);
  if (halves) {
    for (const half of ['A', 'B']) {
      const part = records.filter((r) => halfOf(r.id) === half);
      console.log(`  half ${half} (${part.length} pages):`);
      accuracyTable(fields, part);
    }
  }
  const sorted = records.map((r) => r.ms).sort((a, b) => a - b);
  const bare = records.map((r) => r.readabilityMs).sort((a, b) => a - b);
  const total = (list) => list.reduce((a, b) => a + b, 0);
  console.log(
    `  time in jsdom: extractor median ${quantile(sorted, 0.5).toFixed(1)} ms, p95 ${quantile(sorted, 0.95).toFixed(1)} ms;` +
      ` bare Readability parse median ${quantile(bare, 0.5).toFixed(1)} ms (extractor total = ${((100 * total(sorted)) / total(bare)).toFixed(0)}% of Readability's)`,
  );
  if (showSources) {
    const stats = new Map();
    for (const r of records) {
      for (const s of r.sources) {
        const key = `${s.field}\t${s.source}`;
        const st = stats.get(key) ?? { present: 0, right: 0 };
        st.present++;
        if (s.right) st.right++;
        stats.set(key, st);
      }
    }
    const labelled = Object.fromEntries(fieldSpecs.map((f) => [f.field, records.filter((r) => r.fields[f.name]).length]));
    const rows = [...stats.entries()].map(([k, st]) => [...k.split('\t'), st]);
    rows.sort((a, b) => a[0].localeCompare(b[0]) || b[2].right / b[2].present - a[2].right / a[2].present);
    console.log('  field          source          present  precision  coverage(right/labelled)');
    for (const [field, source, st] of rows) {
      console.log(`  ${field.padEnd(14)} ${source.padEnd(15)} ${String(st.present).padStart(7)}  ${percent(st.right, st.present)}     ${percent(st.right, labelled[field])}`);
    }
  }
  // Misses by class, per field (a rough cut to see which class to work on; see missClass).
  for (const f of fields) {
    const counts = new Map();
    for (const r of records) {
      const x = r.fields[f];
      if (!x || x.ours) continue;
      const c = missClass(f, x, r);
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    if (counts.size > 0)
      console.log(
        `  misses (${f}) by class: ${[...counts]
          .sort((a, b) => b[1] - a[1])
          .map(([c, n]) => `${c} ${n}`)
          .join(', ')}`,
      );
  }
  if (missesField) {
    const misses = records.filter((r) => r.fields[missesField] && !r.fields[missesField].ours);
    console.log(`\n  misses (${missesField}): ${misses.length}`);
    for (const r of misses) {
      const f = r.fields[missesField];
      console.log(`  ${r.id}\n    label: ${f.label}\n    ours:  ${JSON.stringify(f.mine)} (${f.source})`);
    }
  }
}

/**
 * Runs the pages in child processes of CHUNK pages each, one at a time: jsdom keeps memory
 * across many windows (the first single-process run died out of memory near page 450), and one
 * child at a time keeps to one core on a shared machine.
 */
const CHUNK = 40;

function measure(name, corpus, pages, fieldSpecs, halves) {
  if (workerArgs) return;
  const records = [];
  for (let start = 0; start < pages.length; start += CHUNK) {
    const end = Math.min(pages.length, start + CHUNK);
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...args, '--worker', corpus, String(start), String(end)], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (child.status !== 0) console.error(`  pages ${start}-${end} of ${corpus} failed: ${child.stderr.slice(-500)}`);
    for (const line of child.stdout.split('\n')) if (line.startsWith('{')) records.push(JSON.parse(line));
    console.error(`  ${name}: ${end}/${pages.length} pages…`);
  }
  report(name, fieldSpecs, records, halves);
  if (saveTo) writeFileSync(`${saveTo}.${corpus}.json`, JSON.stringify(records));
}

/** In a worker: evaluate pages [start, end) of one corpus, one JSON line each. */
function work(corpus, pages, fieldSpecs) {
  if (!workerArgs || workerArgs.corpus !== corpus) return;
  for (const page of pages.slice(workerArgs.start, workerArgs.end)) {
    const record = evaluatePage(page, fieldSpecs);
    if (!record) continue;
    process.stdout.write(`${JSON.stringify(record)}\n`);
    // With --save, records also go to FILE.<corpus>.partial.jsonl as they come, to look at misses mid-run.
    if (saveTo) appendFileSync(`${saveTo}.${corpus}.partial.jsonl`, `${JSON.stringify(record)}\n`);
  }
}

function run(name, corpus, pages, fieldSpecs, halves = false) {
  work(corpus, pages, fieldSpecs);
  measure(name, corpus, pages, fieldSpecs, halves);
}
const FIELDS = {
  title: { field: 'headline', rule: (label, mine) => titleRule(label, mine), ours: (a) => a.headline?.value, bare: (b) => b.title, match: matchTitle, source: (a) => a.headline?.source },
  author: {
    field: 'authors',
    rule: (label, mine) => authorRule(label, mine),
    ours: (a) => a.authors.map((p) => p.value.name),
    bare: (b) => (b.byline ? [b.byline] : []),
    match: matchAuthor,
    source: (a) => a.authors[0]?.source,
  },
  date: {
    field: 'datePublished',
    rule: (label, mine) => dateRule(label, mine),
    ours: (a) => a.datePublished?.value,
    bare: (b) => b.publishedTime,
    match: matchDate,
    source: (a) => a.datePublished?.source,
  },
};

// trafilatura-dev: labels by people.
const traf = path.join(corpusRoot, 'trafilatura-dev');
if (only.includes('trafilatura') && existsSync(traf)) {
  const labels = JSON.parse(readFileSync(path.join(traf, 'labels.json'), 'utf8'));
  const pages = Object.entries(labels)
    .slice(0, limit)
    .map(([key, l]) => ({
      id: key,
      cacheKey: `traf-${l.file}`,
      url: /^https?:\/\//.test(key) ? key : `https://example.invalid/${encodeURIComponent(l.file)}`,
      html: () => gunzipSync(readFileSync(path.join(traf, 'pages', `${l.file}.gz`))).toString('utf8'),
      labels: { title: l.title, author: l.author, date: l.date },
    }));
  run(
    'trafilatura-dev (labels by people)',
    'trafilatura',
    pages,
    ['title', 'author', 'date'].map((name) => ({ name, ...FIELDS[name] })),
  );
}

// wcxb-dev: labels reviewed by people; article pages only.
const wcxb = path.join(corpusRoot, 'wcxb-dev');
if (only.includes('wcxb') && existsSync(wcxb)) {
  const pages = readdirSync(path.join(wcxb, 'ground-truth'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ id: f.replace(/\.json$/, ''), truth: JSON.parse(readFileSync(path.join(wcxb, 'ground-truth', f), 'utf8')) }))
    .filter(({ truth }) => truth?._internal?.page_type?.primary === 'article')
    .filter(({ id }) => !halfOnly || halfOf(id) === halfOnly)
    .slice(0, limit)
    .map(({ id, truth }) => ({
      id,
      cacheKey: `wcxb-${id}`,
      url: truth.url,
      html: () => gunzipSync(readFileSync(path.join(wcxb, 'html', `${id}.html.gz`))).toString('utf8'),
      labels: { title: truth.ground_truth?.title, author: truth.ground_truth?.author, date: truth.ground_truth?.publish_date },
    }));
  run(
    'wcxb-dev articles (labels by people)',
    'wcxb',
    pages,
    ['title', 'author', 'date'].map((name) => ({ name, ...FIELDS[name] })),
    true,
  );
}

// readability-test-pages: Readability's own expectations (fidelity, not human judgement).
const rtp = path.join(corpusRoot, 'readability-test-pages');
if (only.includes('readability') && existsSync(rtp)) {
  const pages = readdirSync(rtp)
    .filter((d) => existsSync(path.join(rtp, d, 'expected-metadata.json')))
    .slice(0, limit)
    .map((d) => {
      const m = JSON.parse(readFileSync(path.join(rtp, d, 'expected-metadata.json'), 'utf8'));
      return {
        id: d,
        cacheKey: `rtp-${d}`,
        url: 'http://fakehost/test/page.html',
        html: () => readFileSync(path.join(rtp, d, 'source.html'), 'utf8'),
        labels: { title: m.title, byline: m.byline, publishedTime: m.publishedTime },
      };
    });
  run("readability-test-pages (Readability's expected metadata)", 'readability', pages, [
    { name: 'title', ...FIELDS.title },
    { name: 'byline', ...FIELDS.author },
    { name: 'publishedTime', ...FIELDS.date },
  ]);
}
