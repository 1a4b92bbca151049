/**
 * Reads the two corpus layouts of /work/shared/corpus into one list of pages:
 * - readability-test-pages: <name>/source.html, expected.html, expected-metadata.json
 * - trafilatura-dev: labels.json (URL -> labels, `file` names pages/<file>.gz)
 * Each page gets a loopback path that mirrors its real address where the corpus knows it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { blockText } from './text.mjs';

/** 'readability' | 'trafilatura', from the folder's contents. */
export function corpusLayout(dir) {
  if (existsSync(path.join(dir, 'labels.json'))) return 'trafilatura';
  const hasPages = readdirSync(dir, { withFileTypes: true }).some(
    (d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'source.html')),
  );
  if (hasPages) return 'readability';
  throw new Error(`${dir}: neither labels.json nor <page>/source.html folders`);
}

/** The loopback path for a page: the real URL's path and query when known. */
export function mirrorPath(key, fallbackName) {
  try {
    const u = new URL(key);
    if (u.protocol === 'http:' || u.protocol === 'https:') return (u.pathname || '/') + u.search;
  } catch {
    // not a URL, e.g. "hard::site-page.html"
  }
  return '/' + encodeURIComponent(fallbackName.replace(/^hard::/, 'hard-'));
}

function isUtf8(buf) {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

/** Text of expected.html, one line per block. */
export function htmlText(html) {
  const { window } = new JSDOM(html);
  try {
    return blockText(window.document.body);
  } finally {
    window.close();
  }
}

/**
 * @param {string} dir
 * @param {{ only?: string[], limit?: number }} [opts]
 * @returns {{ name: string, layout: string, pages: object[] }}
 */
export function loadCorpus(dir, opts = {}) {
  const layout = corpusLayout(dir);
  let pages = layout === 'readability' ? readabilityPages(dir) : trafilaturaPages(dir);
  if (opts.only?.length) {
    const want = new Set(opts.only);
    pages = pages.filter((p) => want.has(p.name) || want.has(p.key));
  }
  if (opts.limit) pages = pages.slice(0, opts.limit);
  // Two pages never share a path (the server looks pages up by path).
  const seen = new Map();
  for (const p of pages) {
    const n = seen.get(p.path) ?? 0;
    seen.set(p.path, n + 1);
    if (n > 0) p.path = `/_dup${n}${p.path}`;
  }
  return { name: path.basename(path.resolve(dir)), layout, pages };
}

function readabilityPages(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'source.html')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const folder = path.join(dir, name);
      const meta = JSON.parse(readFileSync(path.join(folder, 'expected-metadata.json'), 'utf8'));
      return {
        name,
        key: name,
        path: `/${encodeURIComponent(name)}/`,
        // The test suite reads every page as UTF-8.
        contentType: 'text/html; charset=utf-8',
        load: () => readFileSync(path.join(folder, 'source.html')),
        expectedText: () => htmlText(readFileSync(path.join(folder, 'expected.html'), 'utf8')),
        readerable: meta.readerable,
        labels: { title: meta.title, author: meta.byline, date: meta.publishedTime },
      };
    });
}

function trafilaturaPages(dir) {
  const labels = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8'));
  return Object.entries(labels).map(([key, v]) => {
    const file = path.join(dir, 'pages', `${v.file}.gz`);
    let cachedType;
    return {
      name: v.file.replace(/\.html$/, ''),
      key,
      path: mirrorPath(key, v.file),
      get contentType() {
        if (cachedType === undefined) cachedType = isUtf8(this.load()) ? 'text/html; charset=utf-8' : 'text/html';
        return cachedType;
      },
      load: () => gunzipSync(readFileSync(file)),
      with: v.with ?? [],
      without: v.without ?? [],
      labels: { title: v.title || undefined, author: v.author || undefined, date: v.date || undefined },
    };
  });
}
