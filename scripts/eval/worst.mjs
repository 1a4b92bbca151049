// node scripts/eval/worst.mjs artifacts/eval-<corpus>.json [--n 15]
// Lists the pages of an eval report worth studying: article mostly hidden, boilerplate left,
// covered, stuck scroll, errors, hangs, slowest; each with the figures that put it there.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pageRecall } from './summary.mjs';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { n: { type: 'string', default: '15' } } });
const report = JSON.parse(readFileSync(positionals[0], 'utf8'));
const n = Number(values.n);
const layout = report.summary.layout;
const rows = report.pages;
const f = (x) => (Number.isFinite(x) ? x.toFixed(2) : '-');
const line = (r, extra = '') =>
  `  ${r.name.slice(0, 44).padEnd(44)} ${String(r.how ?? '-').padEnd(7)} ${String(r.status ?? '-').padEnd(10)} R ${f(pageRecall(layout, r.scores?.ours))} (bare ${f(pageRecall(layout, r.scores?.bare))})` +
  (layout === 'readability' ? ` P ${f(r.scores?.ours?.precision)} (bare ${f(r.scores?.bare?.precision)})` : ` leaked ${r.scores?.ours?.fp ?? '-'} (bare ${r.scores?.bare?.fp ?? '-'})`) +
  ` ${f(r.oursMs)} ms ${extra}`;
const section = (title, list, extra) => {
  console.log(`\n${title}: ${list.length}`);
  for (const r of list.slice(0, n)) console.log(line(r, extra?.(r) ?? ''));
};
const scored = rows.filter((r) => r.scores);
section('recall < 0.5 (article mostly hidden or not shown)', scored.filter((r) => pageRecall(layout, r.scores.ours) < 0.5).sort((a, b) => pageRecall(layout, a.scores.ours) - pageRecall(layout, b.scores.ours)));
section('recall below bare by > 0.1', scored.filter((r) => pageRecall(layout, r.scores.ours) < pageRecall(layout, r.scores.bare) - 0.1));
if (layout === 'readability') {
  section('precision below bare by > 0.1 (boilerplate left)', scored.filter((r) => r.scores.ours.precision < r.scores.bare.precision - 0.1).sort((a, b) => a.scores.ours.precision - b.scores.ours.precision));
} else {
  section('boilerplate snippets left visible that bare Readability drops', scored.filter((r) => r.scores.ours.fp > r.scores.bare.fp), (r) => JSON.stringify(r.scores.ours.leaked.slice(0, 2)));
}
section('not cleaned', rows.filter((r) => r.how !== 'auto' && r.how !== 'toolbar'), (r) => `${r.statusMessage ?? r.toolbarReply?.message ?? ''}`.slice(0, 80));
section('article covered', rows.filter((r) => (r.how === 'auto' || r.how === 'toolbar') && r.probes?.some((p) => !p.clear)), (r) => r.probes.filter((p) => !p.clear).map((p) => p.by).join('; '));
section('scroll stuck', rows.filter((r) => r.needsScroll && !r.scrolled), (r) => `body ${r.bodyOverflow} html ${r.htmlOverflow}`);
section('extension errors', rows.filter((r) => r.extensionErrors?.length || r.extensionConsole?.length), (r) => [...(r.extensionErrors ?? []), ...(r.extensionConsole ?? [])].join(' | ').slice(0, 160));
section('page errors not seen without the extension', rows.filter((r) => r.errorsNotInBaseline?.length), (r) => r.errorsNotInBaseline.join(' | ').slice(0, 160));
section('hung or failed', rows.filter((r) => r.hung || r.failure), (r) => `${r.hung ?? ''} ${r.failure ?? ''}`.slice(0, 160));
section('slowest (ours)', [...rows].filter((r) => Number.isFinite(r.oursMs)).sort((a, b) => b.oursMs - a.oursMs), (r) => `bare ${f(r.bareProfiledMs)} ms ${JSON.stringify(r.oursByScript)}`);
