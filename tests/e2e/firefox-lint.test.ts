/**
 * dist/firefox passes Mozilla's add-on linter (web-ext lint, the checks addons.mozilla.org runs on
 * upload) with no errors, and every warning left is explained in docs/firefox.md.
 * The checker itself is shown to catch a new warning and an error, on broken copies of the build.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness';
import { FIREFOX_DIST } from './firefox-harness';

interface Verdict {
  summary: { errors: number; warnings: number; notices: number };
  errors: { code: string; file?: string; message: string }[];
  warnings: { warning: string; count: number }[];
  unexplained: { warning: string; found: number; documented: number }[];
  stale: { warning: string }[];
  ok: boolean;
}

function lint(sourceDir: string): { verdict: Verdict; status: number | null } {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/firefox-lint.mjs'), '--source-dir', sourceDir, '--json'], {
    encoding: 'utf8',
  });
  if (!run.stdout.trim().startsWith('{')) throw new Error(`firefox-lint gave no report:\n${run.stdout}\n${run.stderr}`);
  return { verdict: JSON.parse(run.stdout) as Verdict, status: run.status };
}

const copies: string[] = [];
function copyOfBuild(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qr-lint-'));
  copies.push(dir);
  cpSync(FIREFOX_DIST, dir, { recursive: true });
  return dir;
}

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('web-ext lint of dist/firefox', () => {
  // One linter run took 10 s on a quiet machine and 33 s on a loaded one.
  it('has no errors, and each warning is explained in docs/firefox.md', { timeout: 120_000 }, () => {
    if (!existsSync(path.join(FIREFOX_DIST, 'manifest.json'))) throw new Error('dist/firefox is missing: run npm run build first');
    const { verdict, status } = lint(FIREFOX_DIST);
    console.log('web-ext lint dist/firefox:', JSON.stringify(verdict.summary), JSON.stringify(verdict.warnings));
    expect(verdict.errors).toEqual([]);
    expect(verdict.summary.errors).toBe(0);
    expect(verdict.summary.notices).toBe(0);
    expect(verdict.unexplained, 'warnings not explained in docs/firefox.md (or in another number)').toEqual([]);
    expect(verdict.stale, 'rows in docs/firefox.md the linter no longer reports').toEqual([]);
    expect(status).toBe(0);
  });

  // One broken copy for both failure kinds: each linter run costs about 10 s on a busy machine.
  it('fails on a warning the document does not explain, and on an error (MV3 without a gecko id)', { timeout: 120_000 }, () => {
    const dir = copyOfBuild();
    appendFileSync(path.join(dir, 'detect.js'), '\ndocument.body.innerHTML = location.hash;\n');
    const manifestFile = path.join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { browser_specific_settings?: unknown };
    delete manifest.browser_specific_settings;
    writeFileSync(manifestFile, JSON.stringify(manifest));
    const { verdict, status } = lint(dir);
    expect(verdict.unexplained.map((u) => u.warning)).toContain('UNSAFE_VAR_ASSIGNMENT detect.js');
    expect(verdict.summary.errors).toBeGreaterThan(0);
    expect(verdict.ok).toBe(false);
    expect(status).toBe(1);
  });
});
