// A fast, static proxy of `npm run eval` for iterating on the hide plan: runs the cleaner's pure
// parts (find article, extras, hide plan) in jsdom on readability-test-pages, with no browser and
// no page scripts, and scores the text left visible against expected.html (4-gram shingle F1).
// Figures differ from the browser eval (no CSS, no scripts); use it to compare two versions.
//   node scripts/quick-eval.mjs [corpus/readability-test-pages] [--only a,b] [--show N]
import { build } from 'esbuild';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { averageShingleScores, shingleMatch } from './eval/scoring.mjs';
import { blockText } from './eval/text.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts, positionals } = parseArgs({ allowPositionals: true, options: { only: { type: 'string' }, show: { type: 'string', default: '12' } } });
const corpus = path.resolve(positionals[0] ?? '/work/shared/corpus/readability-test-pages');

const tmp = mkdtempSync(path.join(os.tmpdir(), 'qr-quick-'));
const entry = path.join(tmp, 'entry.ts');
const out = path.join(tmp, 'plan.mjs');
await import('node:fs').then((fs) =>
  fs.writeFileSync(
    entry,
    `import { findArticle } from ${JSON.stringify(path.join(root, 'src/reader/read/pairing.ts'))};
     import { findExtras, findHeadline } from ${JSON.stringify(path.join(root, 'src/reader/plan/article-extras.ts'))};
     import { planHiding } from ${JSON.stringify(path.join(root, 'src/reader/plan/hide-plan.ts'))};
     export function plan(doc) {
       const f = findArticle(doc);
       if (f.kind !== 'article') return { kind: f.kind, hide: [] };
       const h = findHeadline(doc, f.metadata.title, f.root);
       const extras = [...(h ? [h] : []), ...findExtras(f.root, h)];
       return { kind: 'article', hide: planHiding({ root: f.root, kept: f.kept, extras }) };
     }`,
  ),
);
await build({ entryPoints: [entry], outfile: out, bundle: true, format: 'esm', platform: 'node', logLevel: 'error' });
const { plan } = await import(pathToFileURL(out).href);
rmSync(tmp, { recursive: true, force: true });

const only = opts.only?.split(',');
const names = readdirSync(corpus)
  .filter((n) => !only || only.includes(n))
  .sort();
const rows = [];
const quiet = new VirtualConsole();
for (const name of names) {
  const dir = path.join(corpus, name);
  const doc = new JSDOM(readFileSync(path.join(dir, 'source.html'), 'utf8'), { url: `http://127.0.0.1/${name}/`, virtualConsole: quiet }).window.document;
  const expected = blockText(new JSDOM(readFileSync(path.join(dir, 'expected.html'), 'utf8'), { virtualConsole: quiet }).window.document.body);
  const result = plan(doc);
  for (const el of result.hide) el.remove();
  // Without CSS, drop what the page itself hides with attributes and inline styles.
  for (const el of Array.from(doc.querySelectorAll('[hidden], [style*="display:none" i], [style*="display: none" i]'))) el.remove();
  const visible = blockText(doc.body);
  rows.push({ name, kind: result.kind, hidden: result.hide.length, ...shingleMatch(expected, visible) });
}
const all = averageShingleScores(rows);
console.log(`pages ${all.pages}  P ${all.precision.toFixed(3)}  R ${all.recall.toFixed(3)}  F1 ${all.f1.toFixed(3)}  recall<0.5: ${rows.filter((r) => r.recall < 0.5).length}`);
const show = Number(opts.show);
console.log(
  'lowest precision:',
  rows
    .slice()
    .sort((a, b) => a.precision - b.precision)
    .slice(0, show)
    .map((r) => `${r.name} ${r.precision.toFixed(2)}`)
    .join(', '),
);
console.log(
  'lowest recall:   ',
  rows
    .slice()
    .sort((a, b) => a.recall - b.recall)
    .slice(0, show)
    .map((r) => `${r.name} ${r.recall.toFixed(2)}`)
    .join(', '),
);
