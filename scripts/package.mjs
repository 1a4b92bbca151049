// npm run package: the store packages and the source archive, all from the same commit.
//
// addons.mozilla.org asks for the source of bundled or minified code plus instructions that
// rebuild the submitted package from it. So the packages are not built from the working tree:
// HEAD is exported with `git archive` (that archive, with BUILD.md added, is the source package),
// the export is built, and the built dist/chrome and dist/firefox of the export are zipped.
// What a reviewer rebuilds from the source archive is then what was packaged, by construction.
// Uncommitted changes are not packaged; the script says so when there are any.
//
//   artifacts/quiet-reader-<version>-chrome.zip    Chrome Web Store upload
//   artifacts/quiet-reader-<version>-firefox.zip   addons.mozilla.org upload (web-ext build)
//   artifacts/quiet-reader-<version>-source.zip    source of both, with BUILD.md
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintFirefox } from './firefox-lint.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const artifacts = path.join(root, 'artifacts');
const webExt = path.join(root, 'node_modules/web-ext/bin/web-ext.js');

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trimEnd();
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

/** BUILD.md placed at the top of the source archive: how to get the submitted packages back. */
function buildInstructions({ version, commit, nodeVersion }) {
  return `# Building Quiet Reader ${version} from source

This archive is the source of the Quiet Reader ${version} packages (git commit ${commit}).
The packaged scripts (background.js, content.js, detect.js, popup.js, options.js) are bundled
and minified by esbuild from the TypeScript in src/; everything else is copied as it is.

## Requirements
- Linux, macOS or Windows with Node.js 20 or newer (packaged with Node ${nodeVersion}) and npm.
- Nothing else: no network access is needed beyond \`npm ci\` fetching the locked dependencies.

## Steps
    npm ci
    npm run build

The unpacked extensions are then in:
- dist/firefox — the Firefox add-on (its files are those of quiet-reader-${version}-firefox.zip)
- dist/chrome  — the Chromium extension (quiet-reader-${version}-chrome.zip)

The build is scripts/build.mjs: one esbuild call per browser (bundle, IIFE, minify, no source
maps), the static files (HTML, CSS, icons) copied from src/ and icons/, and the manifest written
from manifest.json with the per-browser differences of scripts/manifest-for.mjs.

Third-party code in the bundles comes from npm, at the versions in package-lock.json:
@mozilla/readability (the article finder, unmodified), webextension-polyfill.
`;
}

/** Entries of a zip file (name, uncompressed size), read from its central directory. */
export function zipListing(file) {
  const buf = readFileSync(file);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error(`${file} is not a zip`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    if (!name.endsWith('/')) entries.push({ name, size });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

function printListing(file, { full }) {
  const entries = zipListing(file);
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  console.log(`\n${path.relative(root, file)}  ${kb(statSync(file).size)} (${entries.length} files, ${kb(total)} unpacked)`);
  if (!full) return;
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) console.log(`  ${String(e.size).padStart(9)}  ${e.name}`);
}

async function main() {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const { version } = pkg;
  const commit = git('rev-parse', 'HEAD');
  const dirty = git('status', '--porcelain', '--untracked-files=no');
  if (dirty) {
    console.warn(`Packaging HEAD ${commit.slice(0, 12)}. Not included (uncommitted changes to tracked files):\n${dirty.replace(/^/gm, '  ')}`);
  }
  const headVersion = JSON.parse(git('show', 'HEAD:package.json')).version;
  if (headVersion !== version) throw new Error(`package.json says ${version} but HEAD has ${headVersion}: commit the version first`);

  mkdirSync(artifacts, { recursive: true });
  const name = (kind) => `quiet-reader-${version}-${kind}.zip`;
  const sourceZip = path.join(artifacts, name('source'));
  rmSync(sourceZip, { force: true });
  git(
    'archive',
    '--format=zip',
    `--prefix=quiet-reader-${version}-source/`,
    `--add-virtual-file=quiet-reader-${version}-source/BUILD.md:${buildInstructions({ version, commit, nodeVersion: process.version })}`,
    '-o',
    sourceZip,
    'HEAD',
  );

  // Build the export, exactly as BUILD.md tells a reviewer to (with the installed node_modules
  // standing in for `npm ci`: same lock file, no network).
  const work = mkdtempSync(path.join(os.tmpdir(), 'qr-package-'));
  try {
    const tar = execFileSync('git', ['archive', '--format=tar', 'HEAD'], { cwd: root, maxBuffer: 256 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', work], { input: tar });
    symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'), 'dir');
    run(process.execPath, ['scripts/build.mjs'], work);

    const lint = lintFirefox(path.join(work, 'dist/firefox'));
    const { errors, warnings, notices } = lint.summary;
    console.log(`web-ext lint dist/firefox: ${errors} errors, ${warnings} warnings, ${notices} notices`);
    if (errors > 0) throw new Error(`web-ext lint found errors:\n${JSON.stringify(lint.errors, null, 2)}`);
    if (!lint.ok) console.warn('Lint warnings and docs/firefox.md disagree: run node scripts/firefox-lint.mjs');

    for (const target of ['chrome', 'firefox']) {
      run(
        process.execPath,
        [webExt, 'build', '--source-dir', path.join(work, 'dist', target), '--artifacts-dir', artifacts, '--filename', name(target), '--overwrite-dest', '--no-config-discovery'],
        root,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  console.log(`\nQuiet Reader ${version} (${commit.slice(0, 12)})`);
  printListing(path.join(artifacts, name('chrome')), { full: true });
  printListing(path.join(artifacts, name('firefox')), { full: true });
  printListing(sourceZip, { full: false });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
