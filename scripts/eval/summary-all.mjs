// node scripts/eval/summary-all.mjs <report.json> [<report.json>...]
// One table for several eval reports (one per corpus), ours / bare Readability in each cell: the
// figures later sessions are judged by (see docs/eval.md), then each corpus's own summary.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatAuto } from './summary.mjs';

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  console.error('usage: node scripts/eval/summary-all.mjs <report.json>...');
  process.exit(2);
}
const reports = files.map((f) => ({ file: f, ...JSON.parse(readFileSync(f, 'utf8')) }));
const p3 = (x) => (Number.isFinite(x) ? x.toFixed(3) : '-');
const pc = (n, d) => (d > 0 ? `${((100 * n) / d).toFixed(1)}%` : '-');
const pair = (a, b) => `${a} / ${b}`;

/** Each row: label, and a cell per report (or '' when the figure does not apply). */
/** @type {Array<[string, (s: any) => string]>} */
const rows = [
  ['pages (articles)', (s) => `${s.pages} (${s.articles ?? s.pages})`],
  [
    'main text F1, ours / bare',
    (s) =>
      s.layout === 'wcxb'
        ? pair(p3(s.wcxb.articles.words.oursNeutral.f1), p3(s.wcxb.articles.words.bareNeutral.f1)) + ' (word, h-n)'
        : s.layout === 'trafilatura'
          ? pair(p3(s.ours.f1), p3(s.bare.f1)) + ' (snippets)'
          : pair(p3(s.ours.f1), p3(s.bare.f1)) + ' (4-gram)',
  ],
  ['word F1 raw', (s) => (s.layout === 'wcxb' ? pair(p3(s.wcxb.articles.words.ours.f1), p3(s.wcxb.articles.words.bare.f1)) : '')],
  ['word P / R header-neutral, ours', (s) => (s.layout === 'wcxb' ? pair(p3(s.wcxb.articles.words.oursNeutral.precision), p3(s.wcxb.articles.words.oursNeutral.recall)) : '')],
  ['word P / R header-neutral, bare', (s) => (s.layout === 'wcxb' ? pair(p3(s.wcxb.articles.words.bareNeutral.precision), p3(s.wcxb.articles.words.bareNeutral.recall)) : '')],
  ['4-gram F1 raw', (s) => (s.layout === 'wcxb' ? pair(p3(s.wcxb.articles.shingles.ours.f1), p3(s.wcxb.articles.shingles.bare.f1)) : '')],
  [
    '4-gram F1 header-neutral',
    (s) => (s.layout === 'wcxb' ? pair(p3(s.wcxb.articles.shingles.oursNeutral.f1), p3(s.wcxb.articles.shingles.bareNeutral.f1)) : s.neutral ? pair(p3(s.neutral.ours.f1), p3(s.neutral.bare.f1)) : ''),
  ],
  [
    '`with` visible, raw',
    (s) =>
      s.layout === 'wcxb'
        ? pair(p3(s.wcxb.articles.snippets.ours.withRate), p3(s.wcxb.articles.snippets.bare.withRate))
        : s.layout === 'trafilatura'
          ? pair(p3(s.ours.withRate ?? s.ours.recall), p3(s.bare.withRate ?? s.bare.recall))
          : '',
  ],
  [
    '`without` visible, raw',
    (s) =>
      s.layout === 'wcxb'
        ? pair(p3(s.wcxb.articles.snippets.ours.withoutRate), p3(s.wcxb.articles.snippets.bare.withoutRate))
        : s.layout === 'trafilatura' && s.ours.withoutRate !== undefined
          ? pair(p3(s.ours.withoutRate), p3(s.bare.withoutRate))
          : '',
  ],
  ['`with` / `without` header-neutral, ours', (s) => (s.layout === 'wcxb' ? pair(p3(s.wcxb.articles.snippets.oursNeutral.withRate), p3(s.wcxb.articles.snippets.oursNeutral.withoutRate)) : '')],
  ['`with` / `without` header-neutral, bare', (s) => (s.layout === 'wcxb' ? pair(p3(s.wcxb.articles.snippets.bareNeutral.withRate), p3(s.wcxb.articles.snippets.bareNeutral.withoutRate)) : '')],
  ['articles recall < 0.5, ours / bare', (s) => pair(s.recallLost?.ours ?? s.ours.recallBelowHalf, s.recallLost?.bare ?? s.bare.recallBelowHalf)],
  ['  ours < 0.5 where bare >= 0.5 (and back)', (s) => (s.recallLost ? `${s.recallLost.oursOnly} (${s.recallLost.bareOnly})` : '')],
  [
    'articles cleaned with no click / readerable',
    (s) => {
      const a = s.auto?.kinds?.article;
      return a ? pair(pc(a.auto, a.pages), pc(a.readerable, a.pages)) : '';
    },
  ],
  [
    'non-articles cleaned with no click / readerable',
    (s) => {
      const n = s.auto?.nonArticles;
      return n ? pair(pc(n.auto, n.pages), pc(n.readerable, n.pages)) : '';
    },
  ],
  [
    '  worst kind (no click)',
    (s) => {
      const ks = Object.entries(s.auto?.kinds ?? {}).filter(([k]) => k !== 'article');
      if (!ks.length) return '';
      const [k, o] = ks.sort((a, b) => b[1].auto / b[1].pages - a[1].auto / a[1].pages)[0];
      return `${k} ${pc(o.auto, o.pages)}`;
    },
  ],
  ['main-thread ms p50 cleaned, ours / bare', (s) => pair(s.time.oursCleaned.p50, s.time.bareProfiledOnCleaned.p50)],
  ['  ours / bare, median per page', (s) => String(s.time.oursOverBareMedianRatioOnCleaned)],
  ['cleaned auto / toolbar / not', (s) => `${s.cleaned.auto} / ${s.cleaned.toolbar} / ${s.cleaned.none}`],
  ['hung / ext. errors / restore failed', (s) => `${s.hung} / ${s.extensionErrorPages} / ${s.restoreFailed ?? '-'}`],
  ['wall time (s)', (s) => String(s.wallSeconds)],
];
const names = reports.map((r) => r.corpus ?? path.basename(r.file));
const width = 30;
const out = [];
out.push(`${''.padEnd(48)}${names.map((n) => n.padEnd(width)).join('')}`);
for (const [label, cell] of rows) {
  const cells = reports.map((r) => {
    try {
      return String(cell(r.summary) ?? '');
    } catch {
      return '-';
    }
  });
  if (cells.every((c) => c === '')) continue;
  out.push(`${label.padEnd(48)}${cells.map((c) => c.padEnd(width)).join('')}`);
}
out.push(`\nreports: ${reports.map((r) => `${r.file} (${r.date})`).join(', ')}`);
for (const r of reports) {
  if (!r.summary.auto?.nonArticles) continue;
  out.push(`\n${r.corpus}:`);
  out.push(...formatAuto(r.summary.auto, { listTouched: 40 }));
}
console.log(out.join('\n'));
