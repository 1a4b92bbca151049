/** Builds the throwaway bare-Readability extension (see bare-readability-content.mjs) into a folder. */
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const BARE_NAME = 'Bare Readability (eval)';

export async function buildBareExtension(dir) {
  await mkdir(dir, { recursive: true });
  await build({
    entryPoints: [path.join(import.meta.dirname, 'bare-readability-content.mjs')],
    outfile: path.join(dir, 'bare-readability.js'),
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const manifest = {
    manifest_version: 3,
    name: BARE_NAME,
    version: '1.0',
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['bare-readability.js'], run_at: 'document_idle' }],
  };
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}
