/**
 * A block the reading set aside by its name alone, right under the headline and ahead of what the
 * second reading kept, is the article itself (a newsletter issue whose wrapper is named after the
 * newsletter): kept visible, never hidden. A block set aside after the article (a comment section,
 * a sign-up box) is still hidden.
 */
import { describe, expect, it } from 'vitest';
import { leadsArticle } from '../../../../src/reader/plan/set-aside';
import { routeExtractor } from '../../../../src/page/extractor-route';
import { PageCleaner } from '../../helpers/cleaner-in-place';
import { domFrom, isHidden } from '../../helpers/page-fixture';
import { readingOf, withDescendants } from '../../helpers/reading-of';

const ISSUE =
  'Resistance training twice a week keeps muscle and bone strong as we age, and the protocol below spreads the work over the week so that each session stays short and the body has time to recover between them. ';
const issue = (n: number) => Array.from({ length: n }, (_, i) => `<p id="issue-${i}">${ISSUE}</p>`).join('');
const quotes = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<div role="listitem" class="card"><blockquote>I have learned so much from this series, every single episode changes how I think about my health, my training and my sleep (${i}).</blockquote><div><p>Reader ${i}</p></div></div>`,
  ).join('');

/** A newsletter issue published as a page: its text in a block named after the newsletter, reader quotes after it. */
const newsletterPage = () =>
  domFrom(
    `<body><nav id="menu"><a href="/">Home</a> <a href="/n">Newsletters</a></nav><main id="main"><section class="hero"><div class="container"><h1 id="h">A weekly fitness protocol</h1><p id="date">November 2, 2022</p></div>` +
      `<div class="relative"><div class="newsletter-wrapper" id="issue"><div class="rich-text">${issue(14)}</div></div></div></section>` +
      `<section id="quotes"><h2>What readers say</h2><div role="list">${quotes(30)}</div></section></main><footer id="foot">© Example Media</footer></body>`,
    'https://lab.example/newsletter/fitness-protocol',
  );

describe('a block set aside by name that leads the article', () => {
  /**
   * The reading as the extractor answers it: Readability first took the issue, the reader set it
   * aside by its name (misplaced-pick.ts) and read the page again, which gave the reader quotes.
   */
  const readingOfPage = (doc: Document) => {
    const quotesBlock = doc.getElementById('quotes')!;
    return readingOf(doc, { kept: [doc.getElementById('main')!, ...withDescendants(quotesBlock)], top: quotesBlock, title: 'A weekly fitness protocol', setAside: [doc.getElementById('issue')!] });
  };

  it('the page’s article, in a wrapper named after the newsletter, stays visible after cleanup', async () => {
    const doc = newsletterPage();
    const reading = readingOfPage(doc);
    const state = await new PageCleaner(doc, { extractor: routeExtractor(async () => reading) }).clean('toolbar');
    expect(state.status).toBe('clean');
    for (let i = 0; i < 14; i++) expect(isHidden(doc.getElementById(`issue-${i}`)), `issue-${i}`).toBe(false);
    expect(isHidden(doc.getElementById('h'))).toBe(false);
    expect(isHidden(doc.getElementById('menu'))).toBe(true);
    expect(isHidden(doc.getElementById('foot'))).toBe(true);
  });

  it('a block set aside after the article text is still hidden', async () => {
    const doc = domFrom(`<body><main id="main"><h1 id="h">Title of the story</h1><div id="quotes">${issue(8)}</div><div class="newsletter-box" id="issue">${issue(4)}</div></main></body>`);
    const reading = readingOfPage(doc);
    const state = await new PageCleaner(doc, { extractor: routeExtractor(async () => reading) }).clean('toolbar');
    expect(state.status).toBe('clean');
    expect(isHidden(doc.getElementById('issue'))).toBe(true);
    expect(isHidden(doc.getElementById('issue-0'))).toBe(false);
  });

  it('leads the article: after the headline, before everything the second reading kept', () => {
    const doc = newsletterPage();
    const kept = new Set([doc.getElementById('quotes')!, ...Array.from(doc.querySelectorAll('#quotes *'))]);
    const headline = doc.getElementById('h')!;
    expect(leadsArticle(doc.getElementById('issue')!, headline, kept)).toBe(true);
    // No headline: nothing says where the article starts.
    expect(leadsArticle(doc.getElementById('issue')!, undefined, kept)).toBe(false);
  });

  it('a block set aside by its tag or role, or after kept article text, does not lead it', () => {
    const doc = domFrom(
      `<body><article><h1 id="h">Title of the story</h1><div id="body">${issue(6)}</div><aside class="newsletter" id="tagged">${issue(3)}</aside><div class="comments" id="after">${issue(5)}</div><div role="dialog" class="modal" id="role">${issue(2)}</div></article></body>`,
    );
    const body = doc.getElementById('body')!;
    const kept = new Set([body, ...Array.from(body.children)]);
    const headline = doc.getElementById('h')!;
    expect(leadsArticle(doc.getElementById('tagged')!, headline, kept)).toBe(false);
    expect(leadsArticle(doc.getElementById('after')!, headline, kept)).toBe(false);
    expect(leadsArticle(doc.getElementById('role')!, headline, kept)).toBe(false);
  });
});
