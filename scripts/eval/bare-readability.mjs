/**
 * Builds the throwaway bare-Readability extension into a folder: isProbablyReaderable on the live
 * page (readerable-probe-content.mjs), then the bare parse (bare-readability-content.mjs).
 */
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const BARE_NAME = 'Bare Readability (eval)';

export async function buildBareExtension(dir) {
  await mkdir(dir, { recursive: true });
  for (const [entry, out] of [
    ['readerable-probe-content.mjs', 'readerable-probe.js'],
    ['bare-readability-content.mjs', 'bare-readability.js'],
  ]) {
    await build({
      entryPoints: [path.join(import.meta.dirname, entry)],
      outfile: path.join(dir, out),
      bundle: true,
      format: 'iife',
      target: 'chrome120',
      minify: true,
      legalComments: 'none',
      logLevel: 'warning',
    });
  }
  const manifest = {
    manifest_version: 3,
    name: BARE_NAME,
    version: '1.0',
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['readerable-probe.js', 'bare-readability.js'], run_at: 'document_idle' }],
  };
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}
