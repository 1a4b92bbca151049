/**
 * Reads the three corpus layouts of /work/shared/corpus into one list of pages:
 * - readability-test-pages: <name>/source.html, expected.html, expected-metadata.json
 * - trafilatura-dev: labels.json (URL -> labels, `file` names pages/<file>.gz)
 * - wcxb-dev: html/<id>.html.gz and ground-truth/<id>.json (url, page type, main content, snippets)
 * Each page gets the address it is opened at (`url`): its real one where the corpus knows it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { blockText } from './text.mjs';

/** 'readability' | 'trafilatura' | 'wcxb', from the folder's contents. */
export function corpusLayout(dir) {
  if (existsSync(path.join(dir, 'labels.json'))) return 'trafilatura';
  if (existsSync(path.join(dir, 'ground-truth')) && existsSync(path.join(dir, 'html'))) return 'wcxb';
  const hasPages = readdirSync(dir, { withFileTypes: true }).some((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'source.html')));
  if (hasPages) return 'readability';
  throw new Error(`${dir}: neither labels.json nor <page>/source.html folders`);
}

/** `text` as an absolute http(s) URL without its fragment, or undefined. */
export function httpUrl(text) {
  try {
    const u = new URL(String(text ?? '').trim());
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    u.hash = '';
    return u.href;
  } catch {
    return undefined;
  }
}

/** Where hard:: pages of trafilatura-dev (keyed by a name, not a URL) are opened: stable, made up. */
export const MADE_UP_ORIGIN = 'https://hard-pages.example';

/** The address a trafilatura-dev page is opened at: its label key, or a made-up one for a name. */
export function trafilaturaUrl(key) {
  return httpUrl(key) ?? `${MADE_UP_ORIGIN}/${encodeURIComponent(key.replace(/^hard::/, ''))}`;
}

const ATTRS = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/g;
function attributesOf(tag) {
  const out = {};
  for (const m of tag.matchAll(ATTRS)) out[m[1].toLowerCase()] = m[3] ?? m[4] ?? m[5] ?? '';
  return out;
}
const decodeAttr = (v) =>
  v
    .replace(/&amp;/g, '&')
    .replace(/&#x2F;/gi, '/')
    .replace(/&#47;/g, '/');

/**
 * The address a readability-test-pages page is opened at: its canonical link or og:url when that is
 * an absolute http(s) URL, else http://fakehost/test/<name>.html (the host Readability's own tests
 * use). `html`: the page's markup (only its <link> and <meta> tags are read).
 */
export function readabilityUrl(html, name) {
  let canonical;
  let og;
  for (const m of String(html).matchAll(/<(link|meta)\b[^>]*>/gi)) {
    const a = attributesOf(m[0]);
    if (m[1].toLowerCase() === 'link' && (a.rel ?? '').toLowerCase().split(/\s+/).includes('canonical') && a.href) canonical ??= httpUrl(decodeAttr(a.href));
    if (m[1].toLowerCase() === 'meta' && (a.property ?? a.name ?? '').toLowerCase() === 'og:url' && a.content) og ??= httpUrl(decodeAttr(a.content));
  }
  return canonical ?? og ?? `http://fakehost/test/${encodeURIComponent(name)}.html`;
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
 * @param {{ only?: string[], kinds?: string[], every?: number, limit?: number, part?: number[] }} [opts]
 * @returns {{ name: string, layout: string, pages: any[] }}
 */
export function loadCorpus(dir, opts = {}) {
  const layout = corpusLayout(dir);
  /** @type {any[]} */
  let pages = layout === 'readability' ? readabilityPages(dir) : layout === 'wcxb' ? wcxbPages(dir) : trafilaturaPages(dir);
  if (opts.only?.length) {
    const want = new Set(opts.only);
    pages = pages.filter((p) => want.has(p.name) || want.has(p.key));
  }
  if (opts.kinds?.length) {
    const want = new Set(opts.kinds);
    pages = pages.filter((p) => want.has(p.kind));
  }
  // Every n-th page (a sample spread over the whole corpus), then the first `limit`.
  if ((opts.every ?? 0) > 1) pages = pages.filter((_, i) => i % (opts.every ?? 1) === 0);
  if (opts.limit) pages = pages.slice(0, opts.limit);
  // Part i of n (1-based): every n-th page from the i-th, so each part is a sample of the whole.
  if (opts.part) {
    const [i, n] = opts.part;
    pages = pages.filter((_, j) => j % n === i - 1);
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
        kind: 'article',
        url: readabilityUrl(readFileSync(path.join(folder, 'source.html'), 'latin1'), name),
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
      kind: 'article',
      url: trafilaturaUrl(key),
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

function wcxbPages(dir) {
  const truthDir = path.join(dir, 'ground-truth');
  return readdirSync(truthDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.json$/, '');
      const t = JSON.parse(readFileSync(path.join(truthDir, f), 'utf8'));
      const g = t.ground_truth ?? {};
      const file = path.join(dir, 'html', `${id}.html.gz`);
      let cachedType;
      return {
        name: id,
        key: t.url,
        kind: t._internal?.page_type?.primary ?? 'unknown',
        url: httpUrl(t.url) ?? `https://wcxb.example/${encodeURIComponent(id)}`,
        get contentType() {
          if (cachedType === undefined) cachedType = isUtf8(this.load()) ? 'text/html; charset=utf-8' : 'text/html';
          return cachedType;
        },
        load: () => gunzipSync(readFileSync(file)),
        mainContent: g.main_content ?? '',
        with: g.with ?? [],
        without: g.without ?? [],
        labels: { title: g.title || undefined, author: g.author || undefined, date: g.publish_date || undefined },
      };
    });
}
