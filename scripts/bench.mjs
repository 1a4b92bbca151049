// Detector figures (prints, never asserts):
//   npm run bench                 bundle size, corpus agreement, main-thread time in headless
//                                 Chromium (corpus pages with their scripts off, one at a time)
//   npm run bench -- --agreement  only the agreement with Readability's `readerable` flags
//   npm run bench -- --list       also list the pages where detector and flag disagree
//   npm run bench -- --jsdom      also time the detector in jsdom (10-100x slower than Chromium:
//                                 its selector engine, not the detector, dominates there)
//   npm run bench -- --rtp-only   only the readability test pages (quicker)
//   npm run bench -- --timing-only  only bundle size and Chromium time (skips the jsdom agreement)
//   npm run bench -- --wcxb       also time the detector on wcxb-dev pages (its non-articles:
//                                 shops, docs, forums, service pages; `--wcxb=N` the first N)
import { build } from 'esbuild';
import { JSDOM, VirtualConsole } from 'jsdom';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, process.env.CORPUS ?? '../shared/corpus');
const args = new Set(process.argv.slice(2));
const onlyAgreement = args.has('--agreement');

/** Bundles a TypeScript module for Node and imports it. */
async function importTs(entry) {
  const out = await build({ entryPoints: [path.join(root, entry)], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error' });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

async function bundleSize() {
  const out = await build({
    entryPoints: [path.join(root, 'src/page/detect/index.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'chrome120',
    write: false,
    logLevel: 'error',
    define: { __TARGET__: '"chrome"' },
    legalComments: 'none',
  });
  const code = out.outputFiles[0].contents;
  return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const quiet = new VirtualConsole();

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const fmt = (ms) => ms.toFixed(2);

/** Times `fn(doc)` a few times per document and keeps the median run. */
function timeIt(fn, doc, runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(doc);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

function pageAddress(html) {
  const m =
    /<link[^>]+rel=["']?canonical["']?[^>]*href=["']([^"']+)["']/i.exec(html) ??
    /<link[^>]+href=["']([^"']+)["'][^>]*rel=["']?canonical/i.exec(html) ??
    /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(html);
  return m && /^https?:\/\/[^/]/.test(m[1]) && !/fakehost/.test(m[1]) ? m[1].replace(/&amp;/g, '&') : undefined;
}

function readabilityPages() {
  const dir = path.join(corpus, 'readability-test-pages');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(path.join(dir, name, 'expected-metadata.json')))
    .map((name) => ({
      name,
      // Readability's own tests load every page at http://fakehost/test/page.html, which hides
      // the URL shape; where the saved page names its own address (canonical, og:url), use that.
      get url() {
        return pageAddress(this.html()) ?? 'http://fakehost/test/page.html';
      },
      html: () => readFileSync(path.join(dir, name, 'source.html'), 'utf8'),
      readerable: JSON.parse(readFileSync(path.join(dir, name, 'expected-metadata.json'), 'utf8')).readerable,
    }));
}

function wcxbPages() {
  const dir = path.join(corpus, 'wcxb-dev');
  const flag = [...args].find((a) => a.startsWith('--wcxb'));
  if (!flag || !existsSync(dir)) return [];
  const limit = Number(flag.split('=')[1] ?? Infinity);
  return readdirSync(path.join(dir, 'ground-truth'))
    .sort()
    .slice(0, limit)
    .map((name) => {
      const gt = JSON.parse(readFileSync(path.join(dir, 'ground-truth', name), 'utf8'));
      const file = path.join(dir, 'html', name.replace(/\.json$/, '.html.gz'));
      return { name, url: gt.url, html: () => gunzipSync(readFileSync(file)).toString('utf8') };
    });
}

function trafilaturaPages() {
  const dir = path.join(corpus, 'trafilatura-dev');
  if (!existsSync(dir)) return [];
  const labels = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8'));
  return Object.entries(labels).flatMap(([key, label]) => {
    const file = path.join(dir, 'pages', `${label.file}.gz`);
    if (!existsSync(file)) return [];
    const url = /^https?:\/\//.test(key) ? key : `http://fakehost/${label.file}`;
    return [{ name: label.file, url, html: () => gunzipSync(readFileSync(file)).toString('utf8') }];
  });
}

const { scoreArticle } = await importTs('src/page/detect/score-article.ts');

/**
 * Main-thread time of the detector in real Chromium: the scoring code is injected into each
 * corpus page (scripts off, network blocked), run five times, and the median run kept.
 */
async function chromiumTimes(pages) {
  const { chromium } = await import('playwright-core');
  const out = await build({
    entryPoints: [path.join(root, 'src/page/detect/score-article.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__qrDetect',
    minify: true,
    target: 'chrome120',
    write: false,
    logLevel: 'error',
  });
  const code = out.outputFiles[0].text;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  await ctx.route('**/*', (route) => route.abort());
  const page = await ctx.newPage();
  /** @type {{ article: number[], other: number[] }} */
  const times = { article: [], other: [] };
  for (const p of pages) {
    try {
      await page.setContent(p.html(), { waitUntil: 'domcontentloaded', timeout: 15_000 });
      const r = await page.evaluate(
        ([src, url]) => {
          const score = new Function(`${src}; return __qrDetect;`)().scoreArticle;
          const runs = [];
          let article = false;
          for (let i = 0; i < 5; i++) {
            const t0 = performance.now();
            article = score(document, url).article;
            runs.push(performance.now() - t0);
          }
          runs.sort((a, b) => a - b);
          return { article, ms: runs[2] };
        },
        [code, p.url],
      );
      times[r.article ? 'article' : 'other'].push(r.ms);
      if (process.env.DEBUG && r.ms > 8) console.error(`slow: ${p.name} ${r.ms.toFixed(1)} ms`);
    } catch (error) {
      // A page that does not load in time is left out of the figures.
      if (process.env.DEBUG) console.error(p.name, String(error).slice(0, 300));
    }
  }
  await browser.close();
  return times;
}

async function reportChromium() {
  const times = await chromiumTimes([...readabilityPages(), ...(args.has('--rtp-only') ? [] : trafilaturaPages()), ...wcxbPages()]);
  const report = (label, list) => {
    list.sort((a, b) => a - b);
    console.log(`${label}: n=${list.length} median ${fmt(percentile(list, 50))} ms, p95 ${fmt(percentile(list, 95))} ms, max ${fmt(list.at(-1) ?? NaN)} ms`);
  };
  console.log('main-thread time in headless Chromium (median of 5 runs per page):');
  report('  scoreArticle, article pages', times.article);
  report('  scoreArticle, other pages', times.other);
}
const { default: isProbablyReaderable } = await import('@mozilla/readability/Readability-readerable.js');

if (!onlyAgreement) {
  const size = await bundleSize();
  console.log(`detect.js bundle: ${size.bytes} bytes, ${size.gzip} bytes gzip`);
}

/** @type {{ article: number[], other: number[], readerable: number[] }} */
const timing = { article: [], other: [], readerable: [] };
/**
 * Scores one page, times the detector on it when asked, and frees its DOM. Async on purpose:
 * jsdom releases a closed window only once the event loop turns, and a synchronous loop over
 * 600 pages ran out of heap.
 */
async function measure(page) {
  const dom = new JSDOM(page.html(), { url: page.url, virtualConsole: quiet });
  const doc = dom.window.document;
  const d = scoreArticle(doc, page.url);
  if (args.has('--jsdom')) {
    timing[d.article ? 'article' : 'other'].push(timeIt((x) => scoreArticle(x, page.url), doc));
    timing.readerable.push(timeIt((x) => isProbablyReaderable(x), doc));
  }
  dom.window.close();
  await new Promise((resolve) => setImmediate(resolve));
  return d;
}

// Agreement with Readability's readerable flag.
const timingOnly = args.has('--timing-only');
const rtp = timingOnly ? [] : readabilityPages();
let agree = 0;
let calledArticle = 0;
const disagreements = [];
for (const page of rtp) {
  const d = await measure(page);
  if (d.article) calledArticle++;
  if (d.article === page.readerable) agree++;
  else disagreements.push(`${page.name}: readerable=${page.readerable} article=${d.article} score=${d.score} ${JSON.stringify(d.signals)}`);
}
if (rtp.length) {
  const flagged = rtp.filter((p) => p.readerable).length;
  console.log(
    `readability-test-pages: agreement with readerable ${agree}/${rtp.length} = ${((100 * agree) / rtp.length).toFixed(1)}% (flag true on ${flagged}, detector says article on ${calledArticle})`,
  );
  if (args.has('--list')) for (const line of disagreements) console.log(`  ${line}`);
} else if (!timingOnly) {
  console.log(`no corpus at ${corpus}`);
}

const tp = args.has('--rtp-only') || timingOnly ? [] : trafilaturaPages();
let articles = 0;
const histogram = new Map();
for (const page of tp) {
  const d = await measure(page);
  histogram.set(d.score, (histogram.get(d.score) ?? 0) + 1);
  if (d.article) articles++;
  else if (args.has('--list')) console.log(`  not article: ${page.url} score=${d.score} ${JSON.stringify(d.signals)}`);
}
if (tp.length) {
  console.log(`trafilatura-dev: detector calls ${articles}/${tp.length} pages articles`);
  const scores = [...histogram]
    .sort((a, b) => a[0] - b[0])
    .map(([s, n]) => `${s}:${n}`)
    .join(' ');
  console.log(`  score histogram (score:pages): ${scores}`);
}

if (!onlyAgreement) await reportChromium();
if (args.has('--jsdom')) {
  const report = (label, times) => {
    times.sort((a, b) => a - b);
    console.log(`${label}: n=${times.length} median ${fmt(percentile(times, 50))} ms, p95 ${fmt(percentile(times, 95))} ms, max ${fmt(times.at(-1) ?? NaN)} ms`);
  };
  console.log('main-thread time in jsdom (median of 5 runs per page):');
  report('  scoreArticle, article pages', timing.article);
  report('  scoreArticle, other pages', timing.other);
  report('  of which isProbablyReaderable (all pages)', timing.readerable);
}
