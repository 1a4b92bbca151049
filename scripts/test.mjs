// npm test: lint, type-check, unit tests, build, then end-to-end tests in real Chromium.
// Without Chromium the end-to-end part is skipped LOUDLY; under CI=true that is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ci = process.env.CI === 'true' || process.env.CI === '1';

function run(cmd, args) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run('npx', ['biome', 'check', '--error-on-warnings']);
run('npx', ['tsc', '--noEmit', '-p', '.']);
run('npx', ['tsc', '-p', 'tsconfig.scripts.json']);
run('npx', ['vitest', 'run', '--project', 'unit']);
run('node', ['scripts/build.mjs']);
if (!existsSync(CHROMIUM)) {
  const banner = `\n${'!'.repeat(72)}\n!! END-TO-END TESTS SKIPPED: no Chromium at ${CHROMIUM}.\n!! Install it (apt-get install -y chromium) or set CHROMIUM_PATH.\n${'!'.repeat(72)}\n`;
  console.error(banner);
  if (ci) {
    console.error('CI=true: a run without end-to-end tests is a failure.');
    process.exit(1);
  }
  process.exit(0);
}
run('npx', ['vitest', 'run', '--project', 'e2e']);
