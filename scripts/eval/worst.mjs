// node scripts/eval/worst.mjs artifacts/eval-<corpus>.json [--n 15] [--kinds article]
// Lists the pages of an eval report worth studying, by class: article lost (recall < 0.5), leak
// beside the article (words or `without` snippets outside the article's span), leak inside it
// (between its first and last words), non-articles cleaned with no click, then covered, stuck
// scroll, errors, hangs, slowest; each with the figures that put it there.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { kindOf, rowRecall } from './summary.mjs';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { n: { type: 'string', default: '15' }, kinds: { type: 'string' } } });
const report = JSON.parse(readFileSync(positionals[0], 'utf8'));
const n = Number(values.n);
const layout = report.summary.layout;
const kinds = values.kinds ? new Set(values.kinds.split(',')) : undefined;
const rows = report.pages.filter((r) => !kinds || kinds.has(kindOf(r)));
const f = (x) => (Number.isFinite(x) ? x.toFixed(2) : '-');
const precision = (r, side) => (layout === 'wcxb' ? r.scores?.words?.[side]?.precision : layout === 'readability' ? r.scores?.[side]?.precision : undefined);
const line = (r, extra = '') =>
  `  ${r.name.slice(0, 40).padEnd(40)} ${kindOf(r).slice(0, 8).padEnd(8)} ${String(r.how ?? '-').padEnd(7)} R ${f(rowRecall(layout, r, 'ours'))} (bare ${f(rowRecall(layout, r, 'bare'))})` +
  (layout === 'trafilatura' ? ` leaked ${r.scores?.ours?.fp ?? '-'} (bare ${r.scores?.bare?.fp ?? '-'})` : ` P ${f(precision(r, 'ours'))} (bare ${f(precision(r, 'bare'))})`) +
  ` ${f(r.oursMs)} ms ${extra}`;
const section = (title, list, extra) => {
  console.log(`\n${title}: ${list.length}`);
  for (const r of list.slice(0, n)) console.log(line(r, extra?.(r) ?? ''));
};
const scored = rows.filter((r) => r.scores);
const articles = scored.filter((r) => kindOf(r) === 'article');
const recall = (r, side = 'ours') => rowRecall(layout, r, side);

section(
  'article lost: recall < 0.5 (bare >= 0.5 first)',
  articles.filter((r) => recall(r) < 0.5).sort((a, b) => Number(recall(b, 'bare') >= 0.5) - Number(recall(a, 'bare') >= 0.5) || recall(a) - recall(b)),
  (r) => `as served ${f(recall(r, 'served'))}`,
);
section(
  'recall below bare by > 0.1',
  articles.filter((r) => recall(r) < recall(r, 'bare') - 0.1).sort((a, b) => recall(a) - recall(a, 'bare') - (recall(b) - recall(b, 'bare'))),
);

// Leaks: words beyond the reference (readability-test-pages, wcxb-dev) or `without` snippets
// (trafilatura-dev, wcxb-dev), beside the article's span or inside it.
if (layout === 'trafilatura' || layout === 'wcxb') {
  const lk = (r, side, where) => r.scores?.snippetLeak?.[side]?.[where] ?? 0;
  for (const where of ['beside', 'inside']) {
    section(
      `leak ${where} the article: \`without\` snippets shown ${where} the span of the \`with\` snippets, more than bare Readability`,
      articles.filter((r) => lk(r, 'ours', where) > lk(r, 'bare', where)).sort((a, b) => lk(b, 'ours', where) - lk(a, 'ours', where)),
      (r) => `${where} ${lk(r, 'ours', where)} (bare ${lk(r, 'bare', where)}) ${JSON.stringify(r.scores.snippetLeak.ours[`${where}List`].slice(0, 2))}`,
    );
  }
}
if (layout === 'readability' || layout === 'wcxb') {
  const share = (r, side, where) => {
    const l = r.scores?.leak?.[side];
    return l && l.words > 0 ? l[where] / l.words : 0;
  };
  for (const where of ['beside', 'inside']) {
    section(
      `leak ${where} the article: share of shown words ${where} the reference's span, above bare's by > 0.1`,
      articles.filter((r) => share(r, 'ours', where) > share(r, 'bare', where) + 0.1).sort((a, b) => share(b, 'ours', where) - share(a, 'ours', where)),
      (r) => `${where} ${f(share(r, 'ours', where))} (bare ${f(share(r, 'bare', where))}) of ${r.scores.leak.ours.words} words`,
    );
  }
}
const nonArticles = rows.filter((r) => kindOf(r) !== 'article');
if (nonArticles.length) {
  section(
    'non-articles cleaned with no click',
    nonArticles.filter((r) => r.how === 'auto'),
    (r) => `score ${r.detectScore ?? '-'} ${r.detectSignals ? JSON.stringify(r.detectSignals) : 'signals not reported'}`,
  );
}
section(
  'not cleaned (articles)',
  articles.filter((r) => r.how !== 'auto' && r.how !== 'toolbar'),
  (r) => `${r.statusMessage ?? r.toolbarReply?.message ?? ''}`.slice(0, 80),
);
section(
  'article covered',
  rows.filter((r) => (r.how === 'auto' || r.how === 'toolbar') && r.probes?.some((p) => !p.clear)),
  (r) =>
    r.probes
      .filter((p) => !p.clear)
      .map((p) => p.by)
      .join('; '),
);
section(
  'scroll stuck',
  rows.filter((r) => r.needsScroll && !r.scrolled),
  (r) => `body ${r.bodyOverflow} html ${r.htmlOverflow}`,
);
section(
  'extension errors',
  rows.filter((r) => r.extensionErrors?.length || r.extensionConsole?.length),
  (r) => [...(r.extensionErrors ?? []), ...(r.extensionConsole ?? [])].join(' | ').slice(0, 160),
);
section(
  'page errors not seen without the extension',
  rows.filter((r) => r.errorsNotInBaseline?.length),
  (r) => r.errorsNotInBaseline.join(' | ').slice(0, 160),
);
section(
  'hung or failed',
  rows.filter((r) => r.hung || r.failure),
  (r) => `${r.hung ?? ''} ${r.failure ?? ''}`.slice(0, 160),
);
section(
  'slowest (ours)',
  [...rows].filter((r) => Number.isFinite(r.oursMs)).sort((a, b) => b.oursMs - a.oursMs),
  (r) => `bare ${f(r.bareProfiledMs)} ms ${JSON.stringify(r.oursByScript)}`,
);
