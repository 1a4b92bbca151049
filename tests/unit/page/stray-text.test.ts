import { describe, expect, it } from 'vitest';
import { ChangeLog } from '../../../src/page/change-log';
import { strayText } from '../../../src/page/stray-text';
import { PageCleaner } from '../helpers/cleaner-in-place';
import { domFrom, isHidden, paragraphs } from '../helpers/page-fixture';

/** The text a reader would see: text nodes with no hidden element above them. */
function shownText(doc: Document): string {
  const out: string[] = [];
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && !isHidden(parent) && !parent.closest('script, style')) out.push(n.nodeValue ?? '');
  }
  return out.join(' ').replace(/\s+/g, ' ');
}

// A page whose head script wrote escaped markup (it lands as text at the start of <body>), with a
// stray separator between the page's blocks and one written after them.
const PAGE = `<!doctype html><html><head><title>Council passes the budget</title></head><body>&lt;script src="https://cdn.example/ads.js"&gt;&lt;/script&gt;
<nav class="menu"><a href="/">Home</a> <a href="/news">News</a></nav>
 | 
<main><article id="story"><h1>Council passes the budget</h1>${paragraphs(6)}</article></main>
Werbung
<footer>© The Example Times</footer></body></html>`;

describe('strayText', () => {
  it('finds the non-blank text nodes directly under <body>, not those inside its blocks', () => {
    const doc = domFrom(PAGE);
    const root = doc.getElementById('story')!;
    const texts = strayText(doc.body, root, [root]).map((t) => (t.nodeValue ?? '').trim());
    expect(texts).toEqual(['<script src="https://cdn.example/ads.js"></script>', '|', 'Werbung']);
  });

  it('finds nothing when the article is <body> itself or <body> is kept', () => {
    const doc = domFrom(`<!doctype html><html><body>Some words of the article written straight into the body.<p>More of it.</p></body></html>`);
    expect(strayText(doc.body, doc.body, [doc.body])).toEqual([]);
    const p = doc.querySelector('p')!;
    expect(strayText(doc.body, p, [p, doc.body])).toEqual([]);
  });

  it('looks at a bounded number of <body> children', () => {
    const doc = domFrom(`<!doctype html><html><body>${'<div></div>'.repeat(600)}late text<main id="m"><p>Article.</p></main></body></html>`);
    const root = doc.getElementById('m')!;
    expect(strayText(doc.body, root, [root])).toEqual([]);
  });
});

describe('ChangeLog.wrap', () => {
  it('puts the text node into the wrapper and back, the same node in the same place', () => {
    const doc = domFrom('<!doctype html><html><body><div id="a"></div>stray<div id="b"></div></body></html>');
    const before = doc.body.innerHTML;
    const text = doc.getElementById('a')!.nextSibling as Text;
    const log = new ChangeLog();
    const span = doc.createElement('span');
    log.wrap(text, span);
    expect(text.parentNode).toBe(span);
    expect(span.previousSibling).toBe(doc.getElementById('a'));
    log.undoAll();
    expect(doc.body.innerHTML).toBe(before);
    expect(doc.getElementById('a')!.nextSibling).toBe(text);
  });

  it('takes its wrapper out when the page moved the text elsewhere meanwhile', () => {
    const doc = domFrom('<!doctype html><html><body><div id="a"></div>stray</body></html>');
    const text = doc.body.lastChild as Text;
    const log = new ChangeLog();
    const span = doc.createElement('span');
    log.wrap(text, span);
    doc.getElementById('a')!.append(text);
    log.undoAll();
    expect(span.isConnected).toBe(false);
    expect(doc.getElementById('a')!.textContent).toBe('stray');
  });
});

describe('PageCleaner and stray text', () => {
  it('hides text written straight into <body> beside the article and restores the page exactly', async () => {
    const doc = domFrom(PAGE);
    const before = doc.documentElement.outerHTML;
    const cleaner = new PageCleaner(doc);
    const state = await cleaner.clean('toolbar');
    expect(state.status).toBe('clean');
    const shown = shownText(doc);
    expect(shown).not.toContain('<script');
    expect(shown).not.toContain('Werbung');
    expect(shown).not.toContain('|');
    expect(shown).toContain('Paragraph 5: The council met');
    cleaner.restore();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
