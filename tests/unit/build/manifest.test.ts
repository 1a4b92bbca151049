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

describe('the extension pages’ content security policy', () => {
  const csp = (manifest.content_security_policy as { extension_pages: string }).extension_pages;
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values.join(' ')]),
  );

  it('starts from nothing and allows only what the pages use', () => {
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('style-src')).toBe("'self'");
    expect(directives.get('img-src')).toBe("'self' data:");
    expect(directives.get('connect-src')).toBe("'none'");
    expect(directives.get('frame-src')).toBe("'none'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('form-action')).toBe("'none'");
    expect(csp).not.toMatch(/unsafe-|https?:|\*/);
  });

  it('has no dependency the bundles do not use (dompurify)', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['@mozilla/readability', 'webextension-polyfill']);
  });
});

describe('the keyboard commands', () => {
  const commands = manifest.commands as Record<string, { suggested_key?: { default?: string }; description?: string }>;
  const keys = Object.values(commands).flatMap((c) => (c.suggested_key?.default ? [c.suggested_key.default] : []));

  it('suggest distinct keys, at most four (Chromium ignores the rest), each a modifier pair and a letter', () => {
    expect(Object.keys(commands)).toEqual(expect.arrayContaining(['toggle-cleanup', 'read-aloud']));
    expect(keys.length).toBeLessThanOrEqual(4);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^Alt\+Shift\+[A-Z]$/);
    for (const command of Object.values(commands)) expect(command.description?.length).toBeGreaterThan(0);
  });
});

describe('the built manifests', () => {
  it('have Chromium (from 148) copy messages by structured clone, as Firefox always does, and give Firefox no key it does not know', async () => {
    const { manifestFor } = (await import('../../../scripts/manifest-for.mjs')) as { manifestFor: (base: unknown, version: string, target: string) => Record<string, unknown> };
    expect(manifestFor(manifest, '1.0.0', 'chrome').message_serialization).toBe('structured_clone');
    expect(manifestFor(manifest, '1.0.0', 'chrome').minimum_chrome_version).toBe('148');
    expect(manifestFor(manifest, '1.0.0', 'firefox').message_serialization).toBeUndefined();
    expect(manifestFor(manifest, '1.0.0', 'firefox').minimum_chrome_version).toBeUndefined();
  });
});
