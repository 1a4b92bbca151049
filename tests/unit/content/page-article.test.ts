import { describe, expect, it } from 'vitest';
import { widerRoot } from '../../../src/content/page-article';
import { routeExtractor } from '../../../src/content/extractor-route';
import { PageCleaner } from './cleaner-in-place';
import { domFrom, isHidden } from './page-fixture';

const PROSE = 'The letter argues that the free exchange of information and ideas, the lifeblood of a liberal society, is becoming more constricted every day. ';
const letter = (n: number) => Array.from({ length: n }, (_, i) => `<p id="letter-${i}">${PROSE}</p>`).join('');
const signatories = (n: number) =>
  `<div id="signed">${Array.from({ length: n }, (_, i) => `<p>Signatory ${i}, Professor of History, University of Somewhere, author, editor, critic</p>`).join('')}</div>`;

describe('widerRoot: the page’s one article when Readability read only a part of it', () => {
  const doc = domFrom(`<body><nav>Menu</nav><article id="a"><h1>A letter on justice</h1>${letter(4)}${signatories(30)}</article><aside>More stories</aside></body>`);
  const article = doc.getElementById('a')!;
  const part = doc.getElementById('signed')!;

  it('widens to the article when the reading holds less than half of its text', () => {
    expect(widerRoot(doc, part, 800)).toBe(article);
  });

  it('keeps Readability’s root when its reading is most of the article, or is the article', () => {
    expect(widerRoot(doc, part, (article.textContent ?? '').length)).toBe(part);
    expect(widerRoot(doc, article, 100)).toBe(article);
  });

  it('keeps Readability’s root when the page has several articles, or the root is outside the article', () => {
    const two = domFrom(`<body><article id="x">${letter(6)}<div id="in">${letter(1)}</div></article><article>${letter(6)}</article></body>`);
    expect(widerRoot(two, two.getElementById('in')!, 100)).toBe(two.getElementById('in'));
    const outside = domFrom(`<body><main id="m">${letter(6)}</main><article>${letter(6)}</article></body>`);
    expect(widerRoot(outside, outside.getElementById('m')!, 100)).toBe(outside.getElementById('m'));
  });

  it('keeps Readability’s root when the page’s article is a stub', () => {
    const stub = domFrom(`<body><article id="s"><p>Short.</p><div id="d">Tiny text here.</div></article></body>`);
    expect(widerRoot(stub, stub.getElementById('d')!, 5)).toBe(stub.getElementById('d'));
  });

  it('a page whose reading is one part of its article keeps the rest of the article visible, and still hides the page around it', async () => {
    const page = domFrom(`<body><nav id="menu">Menu</nav><article id="a"><h1>A letter on justice</h1><div id="intro">${letter(6)}</div><div class="share-bar" id="share"><a href="/s">Share</a></div><div id="more">${letter(2)}</div></article><aside id="rail">More stories</aside></body>`);
    // A reading of only #more (Readability took a part for the whole), as the extractor answers it.
    const live = Array.from(page.querySelectorAll('*'));
    const more = page.getElementById('more')!;
    const kept = [more, ...Array.from(more.querySelectorAll('*'))].map((el) => live.indexOf(el)).sort((x, y) => x - y);
    const reading = {
      kind: 'article', elements: live.length, kept,
      keptTags: kept.map((n) => live[n]!.localName), keptParents: kept.map((n) => live.indexOf(live[n]!.parentElement!)),
      top: [live.indexOf(more)], textLength: (more.textContent ?? '').length, metadata: { title: 'A letter on justice' },
      attribution: { pageUrl: page.URL, authors: [], canonicalUrl: { value: page.URL, source: 'url' }, credits: [] },
    };
    const extractor = routeExtractor(async () => reading, async () => { throw new Error('no frame'); });
    const state = await new PageCleaner(page, { extractor }).clean('toolbar');
    expect(state).toMatchObject({ status: 'clean', engine: 'extractor' });
    for (let i = 0; i < 6; i++) expect(isHidden(page.getElementById(`letter-${i}`)), `letter-${i}`).toBe(false);
    expect(isHidden(page.getElementById('more'))).toBe(false);
    expect(isHidden(page.getElementById('share'))).toBe(true);
    expect(isHidden(page.getElementById('menu'))).toBe(true);
    expect(isHidden(page.getElementById('rail'))).toBe(true);
  });
});
