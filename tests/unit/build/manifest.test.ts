/**
 * What the manifest exposes to web pages. No extension page is reachable from a web page: nothing is
 * web-accessible (a framed extractor page told every site the extension was installed and, in
 * Firefox, its per-install moz-extension:// address), and no page of ours is framed or fetched.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const build = readFileSync(path.join(root, 'scripts/build.mjs'), 'utf8');

describe('the manifest', () => {
  it('makes no resource web-accessible, and builds no extractor page', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(build).not.toMatch(/extractor\.html|src\/extractor\//);
  });
});
