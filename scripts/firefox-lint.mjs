// Lints the built Firefox extension with web-ext (Mozilla's addons-linter, the same checks
// addons.mozilla.org runs on upload) and holds the result to docs/firefox.md: no errors, and
// every warning listed there with its reason, in the same number. A new warning, or one that
// went away while the document still explains it, fails until the document is brought up to date.
//
//   node scripts/firefox-lint.mjs [--source-dir dist/firefox] [--explanations docs/firefox.md] [--json]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EXPLANATIONS = path.join(root, 'docs/firefox.md');
const SECTION = /^##\s+web-ext lint warnings\s*$/im;

/** Runs `web-ext lint` on `sourceDir` and returns its JSON report. */
export function runWebExtLint(sourceDir) {
  const cli = path.join(root, 'node_modules/web-ext/bin/web-ext.js');
  const run = spawnSync(process.execPath, [cli, 'lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const start = run.stdout.indexOf('{');
  if (start < 0) throw new Error(`web-ext lint gave no JSON report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  return JSON.parse(run.stdout.slice(start));
}

/**
 * The warnings docs/firefox.md explains: rows `| CODE | file | count | why |` of its
 * "web-ext lint warnings" section, as a map "CODE file" → count.
 */
export function documentedWarnings(markdown) {
  const start = markdown.search(SECTION);
  if (start < 0) return new Map();
  const rest = markdown.slice(start).split('\n').slice(1);
  const end = rest.findIndex((line) => /^##\s/.test(line));
  const section = end < 0 ? rest : rest.slice(0, end);
  const rows = new Map();
  for (const line of section) {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim().replace(/^`|`$/g, ''));
    if (cells.length < 4 || !/^[A-Z][A-Z0-9_]+$/.test(cells[0]) || !/^\d+$/.test(cells[2])) continue;
    rows.set(`${cells[0]} ${cells[1]}`, Number(cells[2]));
  }
  return rows;
}

/** Compares the lint report with the documented warnings. */
export function judge(report, documented) {
  const found = new Map();
  for (const w of report.warnings) {
    const key = `${w.code} ${w.file}`;
    found.set(key, (found.get(key) ?? 0) + 1);
  }
  const unexplained = [...found].filter(([key, n]) => documented.get(key) !== n).map(([key, n]) => ({ warning: key, found: n, documented: documented.get(key) ?? 0 }));
  const stale = [...documented].filter(([key]) => !found.has(key)).map(([key, n]) => ({ warning: key, found: 0, documented: n }));
  return {
    summary: report.summary,
    errors: report.errors.map((e) => ({ code: e.code, file: e.file, message: e.message })),
    warnings: [...found].map(([warning, count]) => ({ warning, count })),
    unexplained,
    stale,
    ok: report.summary.errors === 0 && unexplained.length === 0 && stale.length === 0,
  };
}

export function lintFirefox(sourceDir = path.join(root, 'dist/firefox'), explanations = EXPLANATIONS) {
  const markdown = readFileSync(explanations, 'utf8');
  return judge(runWebExtLint(sourceDir), documentedWarnings(markdown));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => (args.includes(name) ? path.resolve(args[args.indexOf(name) + 1]) : fallback);
  const sourceDir = option('--source-dir', path.join(root, 'dist/firefox'));
  const verdict = lintFirefox(sourceDir, option('--explanations', EXPLANATIONS));
  if (args.includes('--json')) {
    console.log(JSON.stringify(verdict, null, 2));
  } else {
    const { errors, warnings, notices } = verdict.summary;
    console.log(`web-ext lint ${path.relative(root, sourceDir)}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
    for (const e of verdict.errors) console.log(`  error ${e.code} ${e.file ?? ''}: ${e.message}`);
    for (const w of verdict.warnings) console.log(`  warning ${w.warning} ×${w.count}`);
    for (const u of verdict.unexplained) console.log(`  NOT EXPLAINED in docs/firefox.md: ${u.warning} (found ${u.found}, documented ${u.documented})`);
    for (const s of verdict.stale) console.log(`  STALE in docs/firefox.md (no longer reported): ${s.warning}`);
    console.log(verdict.ok ? 'ok' : 'FAILED');
  }
  process.exitCode = verdict.ok ? 0 : 1;
}
