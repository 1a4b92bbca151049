// Measures the attribution extractor against people's labels (trafilatura-dev: title, author, date)
// and Readability's expectations (readability-test-pages: title, byline, publishedTime), next to
// bare Readability, and shows each source's precision so PRECEDENCE is set from evidence.
//
//   node scripts/measure-attribution.mjs [--corpus DIR] [--limit N] [--sources] [--misses FIELD]
//
// Matching rules (the same for both extractors):
//   normalize: Unicode NFKC, lower case, curly quotes and dashes made plain, whitespace collapsed,
//              trailing punctuation dropped.
//   title:     equal after normalizing.
//   author:    the labelled name is contained in ours (all our names joined), or one of our names is
//              contained in the label. No output is a miss.
//   date:      the same YYYY-MM-DD.
// Accuracy = matches / pages that have the label. Nothing from the corpus is copied into the project.
import { build } from 'esbuild';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const corpusRoot = option('--corpus', path.resolve(root, '../shared/corpus'));
const limit = Number(option('--limit', 'Infinity'));
const showSources = args.includes('--sources');
const missesField = option('--misses', undefined);

// Bundle the TypeScript extractor on the fly into a temp file and import it.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'qr-measure-'));
const bundle = path.join(tmp, 'extract.mjs');
await build({
  stdin: {
    contents: `export { extractAttribution, collectFacts } from ${JSON.stringify(path.join(root, 'src/shared/attribution/extract-attribution.ts'))};`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: bundle,
  logLevel: 'warning',
});
const { extractAttribution, collectFacts } = await import(pathToFileURL(bundle).href);
rmSync(tmp, { recursive: true, force: true });

export function normalize(text) {
  return String(text ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.,;:!?·|-]+$/, '');
}

const matchTitle = (ours, label) => Boolean(ours) && normalize(ours) === normalize(label);

/** ours: array of names. */
function matchAuthor(ours, label) {
  const names = ours.map(normalize).filter(Boolean);
  if (names.length === 0) return false;
  const want = normalize(label);
  return names.join('; ').includes(want) || names.some((n) => want.includes(n));
}

function dayOf(value) {
  if (!value) return undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(String(value).trim());
  if (iso) return iso[1];
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}
const matchDate = (ours, label) => dayOf(ours) !== undefined && dayOf(ours) === dayOf(label);

const quiet = new VirtualConsole();

function load(html, url) {
  return new JSDOM(html, { url, virtualConsole: quiet });
}

function readabilityOf(doc) {
  try {
    return new Readability(doc.cloneNode(true)).parse() ?? {};
  } catch {
    return {};
  }
}

function percent(n, d) {
  return d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
}

function quantile(sorted, q) {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Per-source precision: for each source and field, how often it is present and how often right. */
function sourceStats() {
  const stats = new Map();
  return {
    add(facts, field, label, match) {
      for (const { source, facts: f } of facts) {
        const value = field === 'authors' ? (f.authors ?? []).map((p) => p.name) : f[field];
        if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
        const key = `${field}\t${source}`;
        const s = stats.get(key) ?? { present: 0, right: 0 };
        s.present++;
        if (match(value, label)) s.right++;
        stats.set(key, s);
      }
    },
    print(totals) {
      const rows = [...stats.entries()].map(([k, s]) => [...k.split('\t'), s]);
      rows.sort((a, b) => a[0].localeCompare(b[0]) || b[2].right / b[2].present - a[2].right / a[2].present);
      console.log('  field          source          present  precision  coverage(right/labelled)');
      for (const [field, source, s] of rows) {
        console.log(`  ${field.padEnd(14)} ${source.padEnd(15)} ${String(s.present).padStart(7)}  ${percent(s.right, s.present)}     ${percent(s.right, totals[field])}`);
      }
    },
  };
}

function report(name, fields, results, timings, readabilityTimings) {
  console.log(`\n${name}: ${results.pages} pages`);
  console.log('  field     labelled   ours     bare Readability');
  for (const f of fields) {
    const r = results[f];
    console.log(`  ${f.padEnd(9)} ${String(r.n).padStart(8)}   ${percent(r.ours, r.n)}   ${percent(r.bare, r.n)}`);
  }
  const sorted = timings.slice().sort((a, b) => a - b);
  const bare = readabilityTimings.slice().sort((a, b) => a - b);
  const total = (list) => list.reduce((a, b) => a + b, 0);
  console.log(`  time in jsdom: extractor median ${quantile(sorted, 0.5).toFixed(1)} ms, p95 ${quantile(sorted, 0.95).toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms;` +
    ` bare Readability parse median ${quantile(bare, 0.5).toFixed(1)} ms (extractor total = ${((100 * total(timings)) / total(bare)).toFixed(0)}% of Readability's)`);
}

function measure(name, pages, fieldSpecs) {
  const results = { pages: 0 };
  for (const f of fieldSpecs) results[f.name] = { n: 0, ours: 0, bare: 0 };
  const timings = [];
  const readabilityTimings = [];
  const stats = sourceStats();
  const misses = [];
  for (const page of pages) {
    let dom;
    try {
      dom = load(page.html(), page.url);
    } catch {
      continue;
    }
    const doc = dom.window.document;
    const tr = performance.now();
    const bare = readabilityOf(doc);
    readabilityTimings.push(performance.now() - tr);
    const t0 = performance.now();
    const ours = extractAttribution(doc, page.url, bare);
    timings.push(performance.now() - t0);
    const facts = showSources ? collectFacts(doc, page.url, bare) : [];
    results.pages++;
    if (timings.at(-1) > 500) console.error(`  slow: ${page.id} ${timings.at(-1).toFixed(0)} ms`);
    if (results.pages % 50 === 0) console.error(`  ${name}: ${results.pages} pages…`);
    for (const spec of fieldSpecs) {
      const label = page.labels[spec.name];
      if (!label) continue;
      const r = results[spec.name];
      r.n++;
      const mine = spec.ours(ours);
      const okOurs = spec.match(mine, label);
      if (okOurs) r.ours++;
      if (spec.match(spec.bare(bare), label)) r.bare++;
      if (!okOurs && missesField === spec.name) misses.push(`${page.id}\n    label: ${label}\n    ours:  ${JSON.stringify(mine)} (${spec.source(ours)})`);
      if (showSources) stats.add(facts, spec.field, label, spec.match);
    }
    dom.window.close();
  }
  report(name, fieldSpecs.map((f) => f.name), results, timings, readabilityTimings);
  if (showSources) {
    const totals = Object.fromEntries(fieldSpecs.map((f) => [f.field, results[f.name].n]));
    stats.print(totals);
  }
  if (misses.length) console.log(`\n  misses (${missesField}):\n  ${misses.join('\n  ')}`);
  return results;
}

const FIELDS = {
  title: { field: 'headline', ours: (a) => a.headline?.value, bare: (b) => b.title, match: matchTitle, source: (a) => a.headline?.source },
  author: { field: 'authors', ours: (a) => a.authors.map((p) => p.value.name), bare: (b) => (b.byline ? [b.byline] : []), match: matchAuthor, source: (a) => a.authors[0]?.source },
  date: { field: 'datePublished', ours: (a) => a.datePublished?.value, bare: (b) => b.publishedTime, match: matchDate, source: (a) => a.datePublished?.source },
};

// trafilatura-dev: labels by people.
const traf = path.join(corpusRoot, 'trafilatura-dev');
if (existsSync(traf)) {
  const labels = JSON.parse(readFileSync(path.join(traf, 'labels.json'), 'utf8'));
  const pages = Object.entries(labels)
    .slice(0, limit)
    .map(([key, l]) => ({
      id: key,
      url: /^https?:\/\//.test(key) ? key : `https://example.invalid/${encodeURIComponent(l.file)}`,
      html: () => gunzipSync(readFileSync(path.join(traf, 'pages', `${l.file}.gz`))).toString('utf8'),
      labels: { title: l.title, author: l.author, date: l.date },
    }));
  measure('trafilatura-dev (labels by people)', pages, ['title', 'author', 'date'].map((name) => ({ name, ...FIELDS[name] })));
}

// readability-test-pages: Readability's own expectations (fidelity, not human judgement).
const rtp = path.join(corpusRoot, 'readability-test-pages');
if (existsSync(rtp)) {
  const pages = readdirSync(rtp)
    .filter((d) => existsSync(path.join(rtp, d, 'expected-metadata.json')))
    .slice(0, limit)
    .map((d) => {
      const m = JSON.parse(readFileSync(path.join(rtp, d, 'expected-metadata.json'), 'utf8'));
      return {
        id: d,
        url: 'http://fakehost/test/page.html',
        html: () => readFileSync(path.join(rtp, d, 'source.html'), 'utf8'),
        labels: { title: m.title, byline: m.byline, publishedTime: m.publishedTime },
      };
    });
  measure('readability-test-pages (Readability\'s expected metadata)', pages, [
    { name: 'title', ...FIELDS.title },
    { name: 'byline', ...FIELDS.author },
    { name: 'publishedTime', ...FIELDS.date },
  ]);
}
