// @vitest-environment node
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

/** The source files esbuild puts into a bundle of `entry`. */
async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({ entryPoints: [path.join(root, entry)], bundle: true, write: false, metafile: true, format: 'iife', logLevel: 'silent', outfile: 'out.js' });
  const output = Object.values(result.metafile.outputs)[0];
  return Object.keys(output?.inputs ?? {}).map((f) => path.relative(root, path.resolve(process.cwd(), f)));
}

describe('what the cleaner loads on every page it cleans', () => {
  it('does not carry the attribution reader (its name and date rules are built when a script loads)', async () => {
    const inputs = await inputsOf('src/page/index.ts');
    expect(inputs).toContain('src/reader/attribution/json-ld-text.ts');
    const attribution = inputs.filter((f) => f.startsWith('src/reader/attribution/'));
    expect(attribution.sort()).toEqual(['src/reader/attribution/html-entities.ts', 'src/reader/attribution/json-ld-text.ts']);
  });
});
