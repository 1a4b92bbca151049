// Builds the unpacked extension for Chromium (dist/chrome) and Firefox (dist/firefox)
// from one manifest.json and one set of sources.
import { build } from 'esbuild';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestFor } from './manifest-for.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
const baseManifest = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8'));

/** Script bundles: output name -> entry. Every bundle is a classic script (IIFE). */
export const entries = {
  'background.js': 'src/background/index.ts',
  'content.js': 'src/page/index.ts',
  'in-place.js': 'src/in-place/index.ts',
  'read-aloud.js': 'src/page/read-aloud/index.ts',
  'picker.js': 'src/page/picker/index.ts',
  'detect.js': 'src/page/detect/index.ts',
  'offscreen.js': 'src/offscreen/index.ts',
  'popup.js': 'src/popup/index.ts',
  'options.js': 'src/options/index.ts',
  'welcome.js': 'src/welcome/welcome.ts',
};

/** Static files copied as they are: destination -> source. */
const statics = {
  'popup.html': 'src/popup/popup.html',
  'popup.css': 'src/popup/popup.css',
  'options.html': 'src/options/options.html',
  'options.css': 'src/options/options.css',
  'clean.css': 'src/page/clean.css',
  'offscreen.html': 'src/offscreen/offscreen.html',
  'welcome.html': 'src/welcome/welcome.html',
  'welcome.css': 'src/welcome/welcome.css',
  icons: 'icons',
};

/**
 * The interface's words, one messages.json per locale (src/shared/i18n.ts), written without the
 * notes for translators (descriptions, placeholder examples) and without indentation.
 */
async function writeLocales(out) {
  const from = path.join(root, 'src/_locales');
  for (const locale of await readdir(from)) {
    const messages = JSON.parse(await readFile(path.join(from, locale, 'messages.json'), 'utf8'));
    for (const entry of Object.values(messages)) {
      delete entry.description;
      for (const placeholder of Object.values(entry.placeholders ?? {})) delete placeholder.example;
    }
    await mkdir(path.join(out, '_locales', locale), { recursive: true });
    await writeFile(path.join(out, '_locales', locale, 'messages.json'), JSON.stringify(messages));
  }
}

/** Chromium's offscreen document: Firefox's event page reads page copies itself. */
const chromeOnly = new Set(['offscreen.js', 'offscreen.html']);
const forTarget = (files, target) => Object.entries(files).filter(([name]) => target === 'chrome' || !chromeOnly.has(name));

/**
 * Readability is a CommonJS module, which esbuild keeps in a bundle even when nothing there uses it
 * (it cannot know the module has no side effects). It has none: declared so, the Chromium service
 * worker's bundle, where the Firefox-only reading branch is compiled out, leaves it out (19 KB, not 53).
 */
const readabilityIsPure = {
  name: 'readability-is-pure',
  setup(b) {
    b.onResolve({ filter: /^@mozilla\/readability$/ }, async (args) => {
      if (args.pluginData === 'pure') return undefined;
      const resolved = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'pure' });
      return resolved.errors.length > 0 ? resolved : { path: resolved.path, sideEffects: false };
    });
  },
};

export async function buildTarget(target, { minify = true } = {}) {
  const final = path.join(root, 'dist', target);
  // Build beside the target and swap it in at the end, so a test reading dist/ while another
  // build runs never sees a half-written extension.
  const out = `${final}.tmp-${process.pid}`;
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await build({
    entryPoints: Object.fromEntries(forTarget(entries, target).map(([name, src]) => [name.replace(/\.js$/, ''), path.join(root, src)])),
    outdir: out,
    bundle: true,
    format: 'iife',
    target: target === 'chrome' ? 'chrome120' : 'firefox128',
    minify,
    sourcemap: false,
    legalComments: 'none',
    define: { __TARGET__: JSON.stringify(target) },
    plugins: [readabilityIsPure],
    logLevel: 'warning',
  });
  for (const [dest, src] of forTarget(statics, target)) {
    await cp(path.join(root, src), path.join(out, dest), { recursive: true });
  }
  await writeLocales(out);
  await writeFile(path.join(out, 'manifest.json'), JSON.stringify(manifestFor(baseManifest, pkg.version, target), null, 2) + '\n');
  const old = `${final}.old-${process.pid}`;
  await rename(final, old).catch(() => undefined);
  await rename(out, final);
  await rm(old, { recursive: true, force: true });
  return final;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const minify = !process.argv.includes('--dev');
  for (const target of ['chrome', 'firefox']) {
    const out = await buildTarget(target, { minify });
    console.log(`built ${path.relative(root, out)}`);
  }
}
