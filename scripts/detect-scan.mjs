// Detector scan in jsdom (no browser, no lock): runs the detector's pure scorer on every corpus page
// and prints what it says "article" to, per corpus and per kind, and what each signal decides.
//
//   node scripts/detect-scan.mjs              scan all three corpora (about 2-4 minutes on 2 cores)
//   node scripts/detect-scan.mjs --list       also list wcxb-dev non-articles called articles and
//                                             articles not called articles, with their signals
//   node scripts/detect-scan.mjs --json out.json   also write every page's verdict and signals
//   node scripts/detect-scan.mjs --features --json out.json   and the raw evidence (page shape,
//                                             page kind, declared types, URL shape, readerable)
//   node scripts/detect-scan.mjs --features --probe probe.mjs --json out.json   and what the
//                                             module's probe(document, url) returns (candidate
//                                             features, to try rules offline)
//   CORPUS=/path node scripts/detect-scan.mjs      corpora elsewhere (default ../shared/corpus)
//
// Pages: wcxb-dev (html/<id>.html.gz, ground-truth/<id>.json: `url`, `_internal.page_type.primary`),
// split into halves A and B by a hash of the id (tune on one, confirm on the other);
// trafilatura-dev (every page, at its labels.json key when that is a URL; pages with at least one
// `with` snippet of 40+ characters count as articles, as the eval counts them all as pages to clean);
// readability-test-pages (source.html at its canonical address if any, `readerable` as the label).
// Each page is parsed by jsdom at its address with scripts off: no layout, so the scan checks
// structure only; the browser eval (npm run eval) is the final judge.
//
// "Decides" per signal: pages whose verdict would flip if that signal alone were removed. For a
// signal with negative points, non-articles it stops and articles it costs; for a positive one,
// articles it wins and non-articles it lets through.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

if (!isMainThread) {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const mod = await import(`data:text/javascript;base64,${Buffer.from(workerData.code).toString('base64')}`);
  const { scoreArticle, ARTICLE_SCORE } = mod;
  const quiet = new VirtualConsole();
  const probe = workerData.probe ? (await import(workerData.probe)).probe : undefined;
  for (const page of workerData.pages) {
    let result;
    try {
      // Style sheets cost jsdom most of its parse time (it builds their CSSOM) and say nothing to
      // the detector, which reads structure only: leave them out.
      const raw = page.gz ? gunzipSync(readFileSync(page.file)).toString('utf8') : readFileSync(page.file, 'utf8');
      const html = raw.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '').replace(/<script\b(?![^>]*ld\+json)[^>]*>[\s\S]*?<\/script>/gi, '<script></script>');
      const dom = new JSDOM(html, { url: page.url, virtualConsole: quiet });
      const t0 = performance.now();
      const d = scoreArticle(dom.window.document, page.url);
      const ms = performance.now() - t0;
      // --features: the raw evidence too, for tuning offline without parsing every page again.
      const features = workerData.features ? mod.features?.(dom.window.document, page.url) : undefined;
      if (features && probe) features.probe = probe(dom.window.document, page.url);
      dom.window.close();
      result = { id: page.id, article: d.article, score: d.score, signals: d.signals, ms, threshold: ARTICLE_SCORE, features };
    } catch (error) {
      result = { id: page.id, error: String(error).slice(0, 200) };
    }
    parentPort.postMessage(result);
    await new Promise((resolve) => setImmediate(resolve));
  }
  parentPort.postMessage({ done: true });
} else {
  const corpus = path.resolve(root, process.env.CORPUS ?? '../shared/corpus');
  const args = process.argv.slice(2);
  const list = args.includes('--list');
  const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;

  const half = (id) => (createHash('sha1').update(id).digest()[0] & 1 ? 'B' : 'A');

  function canonical(html) {
    const m =
      /<link[^>]+rel=["']?canonical["']?[^>]*href=["']([^"']+)["']/i.exec(html) ??
      /<link[^>]+href=["']([^"']+)["'][^>]*rel=["']?canonical/i.exec(html) ??
      /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(html);
    return m && /^https?:\/\/[^/]/.test(m[1]) && !/fakehost/.test(m[1]) ? m[1].replace(/&amp;/g, '&') : undefined;
  }

  const pages = [];
  const wcxb = path.join(corpus, 'wcxb-dev');
  if (existsSync(wcxb)) {
    for (const name of readdirSync(path.join(wcxb, 'ground-truth')).sort()) {
      const id = name.replace(/\.json$/, '');
      const gt = JSON.parse(readFileSync(path.join(wcxb, 'ground-truth', name), 'utf8'));
      const kind = gt._internal?.page_type?.primary ?? 'unknown';
      pages.push({ id: `wcxb:${id}`, corpus: `wcxb-dev ${half(id)}`, kind, article: kind === 'article', url: gt.url, file: path.join(wcxb, 'html', `${id}.html.gz`), gz: true });
    }
  }
  const tdir = path.join(corpus, 'trafilatura-dev');
  if (existsSync(tdir)) {
    const labels = JSON.parse(readFileSync(path.join(tdir, 'labels.json'), 'utf8'));
    for (const [key, v] of Object.entries(labels)) {
      const file = path.join(tdir, 'pages', `${v.file}.gz`);
      if (!existsSync(file)) continue;
      const prose = (v.with ?? []).some((s) => s.length >= 40);
      pages.push({
        id: `traf:${v.file}`,
        corpus: 'trafilatura-dev',
        kind: prose ? 'article' : 'other',
        article: prose,
        url: /^https?:\/\//.test(key) ? key : `http://fakehost/${v.file}`,
        file,
        gz: true,
      });
    }
  }
  const rdir = path.join(corpus, 'readability-test-pages');
  if (existsSync(rdir)) {
    for (const name of readdirSync(rdir).sort()) {
      const meta = path.join(rdir, name, 'expected-metadata.json');
      if (!existsSync(meta)) continue;
      const file = path.join(rdir, name, 'source.html');
      const readerable = JSON.parse(readFileSync(meta, 'utf8')).readerable;
      pages.push({
        id: `rtp:${name}`,
        corpus: 'readability-test-pages',
        kind: readerable ? 'article' : 'other',
        article: readerable,
        url: canonical(readFileSync(file, 'utf8')) ?? 'http://fakehost/test/page.html',
        file,
        gz: false,
      });
    }
  }

  // --only wcxb|traf|rtp: one corpus; --stream file.jsonl: each page's result as it comes (a
  // partial run is a usable sample: pages are ordered by a hash of their id).
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const stream = args.includes('--stream') ? args[args.indexOf('--stream') + 1] : undefined;
  if (only) pages.splice(0, pages.length, ...pages.filter((p) => p.id.startsWith(`${only}:`)));
  const order = (id) => createHash('sha1').update(`order:${id}`).digest().readUInt32BE(0);
  pages.sort((a, b) => order(a.id) - order(b.id));
  if (stream) writeFileSync(stream, '');
  const withFeatures = args.includes('--features');
  const probePath = args.includes('--probe') ? pathToFileURL(path.resolve(args[args.indexOf('--probe') + 1])).href : undefined;
  const dir = path.join(root, 'src/page/detect');
  const entry = withFeatures
    ? `export * from './score-article';
       import { pageShape, readerable } from './page-shape'; import { pageKind } from './page-kind'; import { declaredTypes } from './structured-data';
       import { urlShape } from './url-shape';
       export function features(doc, url) {
         return { shape: pageShape(doc), kind: pageKind(doc), types: [...declaredTypes(doc)], url: urlShape(url),
           og: (doc.querySelector('meta[property="og:type" i]')?.getAttribute('content') ?? '').trim().toLowerCase(), readerable: readerable(doc) };
       }`
    : `export * from './score-article';`;
  const out = await build({ stdin: { contents: entry, resolveDir: dir, loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error' });
  const code = out.outputFiles[0].text;
  const workers = Math.max(1, Math.min(cpus().length, 4));
  const byId = new Map(pages.map((p) => [p.id, p]));
  const results = new Map();
  await Promise.all(
    Array.from(
      { length: workers },
      (_, w) =>
        new Promise((resolve, reject) => {
          const mine = pages.filter((_, i) => i % workers === w);
          const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { code, pages: mine, features: withFeatures, probe: probePath }, resourceLimits: { maxOldGenerationSizeMb: 3072 } });
          worker.on('message', (m) => {
            if (m.done) {
              void worker.terminate();
              resolve();
            } else {
              results.set(m.id, m);
              if (stream) appendFileSync(stream, `${JSON.stringify({ ...byId.get(m.id), ...m })}\n`);
              if (results.size % 100 === 0) process.stderr.write(`${results.size}/${pages.length}\n`);
            }
          });
          worker.on('error', reject);
        }),
    ),
  );

  const pct = (a, n) => (n ? `${((100 * a) / n).toFixed(1)}%`.padStart(6) : '     -');
  const rows = [...results.values()].filter((r) => !r.error).map((r) => ({ ...byId.get(r.id), ...r, truth: byId.get(r.id).article }));
  const errors = [...results.values()].filter((r) => r.error);

  console.log('Share the detector calls an article (yes / pages), per corpus and kind:');
  const corpora = [...new Set(rows.map((r) => r.corpus))].sort();
  const kinds = ['article', 'service', 'documentation', 'product', 'forum', 'listing', 'collection', 'other'];
  console.log(`${'corpus'.padEnd(24)}${kinds.map((k) => k.padStart(15)).join('')}${'non-art'.padStart(15)}`);
  const summary = (subset) => {
    const cells = kinds.map((k) => {
      const s = subset.filter((r) => r.kind === k);
      return s.length ? `${s.filter((r) => r.article).length}/${s.length} ${pct(s.filter((r) => r.article).length, s.length)}`.padStart(15) : '-'.padStart(15);
    });
    const non = subset.filter((r) => !r.truth);
    return cells.join('') + (non.length ? `${non.filter((r) => r.article).length}/${non.length} ${pct(non.filter((r) => r.article).length, non.length)}`.padStart(15) : '');
  };
  for (const c of corpora) console.log(`${c.padEnd(24)}${summary(rows.filter((r) => r.corpus === c))}`);
  const w = rows.filter((r) => r.corpus.startsWith('wcxb'));
  if (w.length) console.log(`${'wcxb-dev (both)'.padEnd(24)}${summary(w)}`);

  // Per signal: verdicts it alone decides.
  const bySignal = new Map();
  for (const r of rows) {
    for (const [name, points] of Object.entries(r.signals)) {
      const s = bySignal.get(name) ?? { fires: { art: 0, non: 0 }, decides: { art: 0, non: 0 }, points: new Set(), wcxb: { art: 0, non: 0 }, wcxbDecides: { art: 0, non: 0 } };
      s.points.add(points);
      const side = r.truth ? 'art' : 'non';
      s.fires[side]++;
      const without = r.score - points >= r.threshold;
      const decided = without !== r.article;
      if (decided) s.decides[side]++;
      if (r.corpus.startsWith('wcxb')) {
        s.wcxb[side]++;
        if (decided) s.wcxbDecides[side]++;
      }
      bySignal.set(name, s);
    }
  }
  console.log('\nPer signal (all corpora; wcxb-dev in brackets): fires on articles / non-articles; decides the verdict on');
  console.log('  for a negative signal: non-articles it stops / articles it costs; for a positive one: articles it wins / non-articles it lets through');
  for (const [name, s] of [...bySignal].sort((a, b) => a[0].localeCompare(b[0]))) {
    const pts = [...s.points].sort((a, b) => a - b).join(',');
    const neg = Math.max(...s.points) < 0;
    const decides = neg
      ? `stops ${s.decides.non} [${s.wcxbDecides.non}] non-articles, costs ${s.decides.art} [${s.wcxbDecides.art}] articles`
      : `wins ${s.decides.art} [${s.wcxbDecides.art}] articles, lets through ${s.decides.non} [${s.wcxbDecides.non}] non-articles`;
    console.log(
      `  ${name.padEnd(20)} (${pts.padEnd(8)}) fires ${String(s.fires.art).padStart(4)} [${String(s.wcxb.art).padStart(3)}] / ${String(s.fires.non).padStart(4)} [${String(s.wcxb.non).padStart(3)}]; ${decides}`,
    );
  }
  const times = rows.map((r) => r.ms).sort((a, b) => a - b);
  console.log(
    `\njsdom time per page (slow selector engine; bench measures Chromium): median ${times[Math.floor(times.length / 2)].toFixed(2)} ms, p95 ${times[Math.floor(times.length * 0.95)].toFixed(2)} ms`,
  );
  if (errors.length)
    console.log(
      `errors: ${errors.length} (${errors
        .slice(0, 3)
        .map((e) => `${e.id}: ${e.error}`)
        .join('; ')})`,
    );

  if (list) {
    const show = (label, subset) => {
      console.log(`\n${label}: ${subset.length}`);
      for (const r of subset.sort((a, b) => a.kind.localeCompare(b.kind) || b.score - a.score))
        console.log(`  ${r.kind.padEnd(13)} ${String(r.score).padStart(4)} ${r.url}  ${JSON.stringify(r.signals)}`);
    };
    show(
      'wcxb-dev non-articles called articles',
      w.filter((r) => !r.truth && r.article),
    );
    show(
      'wcxb-dev articles not called articles',
      w.filter((r) => r.truth && !r.article),
    );
    show(
      'readability-test-pages readerable, not called articles',
      rows.filter((r) => r.corpus === 'readability-test-pages' && r.truth && !r.article),
    );
    show(
      'trafilatura-dev prose pages not called articles',
      rows.filter((r) => r.corpus === 'trafilatura-dev' && r.truth && !r.article),
    );
  }
  if (jsonOut)
    writeFileSync(
      jsonOut,
      JSON.stringify(
        rows.map(({ id, corpus: c, kind, truth, article, score, signals, url, features }) => ({ id, corpus: c, kind, truth, article, score, signals, url, features })),
        null,
        1,
      ),
    );
}
