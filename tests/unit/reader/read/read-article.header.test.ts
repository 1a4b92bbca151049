/**
 * Readability takes the article's header (its headline and a long standfirst in an h2) for the
 * article when the body is a single paragraph, as on a paywalled page showing only its lead. The
 * header is set aside and the page read again: the lead after it is the article, and the cleaner
 * keeps headline and standfirst above it.
 */
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../../src/reader/read/read-article';
import { readingText } from './reading-text';
import { PageCleaner } from '../../helpers/cleaner-in-place';
import { domFrom, isHidden } from '../../helpers/page-fixture';

const DEK =
  'The mayor, who spoke on Tuesday, said that the harbour wall will be rebuilt before the winter storms, after engineers warned that the old stones, laid in 1850, would not hold another season of high tides and gales';
const LEAD =
  'The council voted by a large majority to pay for the work from its reserves, and the contractor is to start next month. The harbour master, who has asked for the repair for years, welcomed the decision and said the boats would stay in the inner basin until spring.';

function page(): Document {
  return domFrom(`<html><head><title>Harbour wall to be rebuilt</title><meta name="description" content="${DEK}"></head><body>
    <div id="app"><div class="wrap"><div class="top"><div class="article-header"><strong>For subscribers</strong>
      <h1 id="headline">Harbour wall to be rebuilt before winter, the mayor says</h1><h2 id="dek">${DEK}</h2>
      <div class="toolbar"><div class="item-date"><p>Wednesday, 11 May 2022, 3:40 a.m.</p></div><div class="item-author"><p id="byline">By <a href="/a/x">Jane Roe</a></p></div></div></div></div>
    <div class="row"><div class="primary"><div class="article-body"><div><div class="body-block"><p id="lead">${LEAD}</p></div></div>
      <div class="paywall"><a href="/subscribe">Subscribe</a> to read the rest.</div></div></div>
      <div class="secondary"><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul></div></div></div></div></body></html>`);
}

describe('a header Readability took for the article', () => {
  it('is set aside: the second reading is the lead after it', () => {
    const doc = page();
    const bare = readArticle(doc.cloneNode(true) as Document, 60_000);
    expect(readingText(doc, bare)).toContain('engineers warned'); // Readability alone reads the header
    expect(readingText(doc, bare)).not.toContain('harbour master');
    const second = readArticle(doc.cloneNode(true) as Document, 60_000, doc);
    expect(readingText(doc, second)).toContain('harbour master');
    expect(second.kind === 'article' && second.setAside).toBeFalsy(); // the header is not hidden
  });

  it('in the cleaner: headline, standfirst and lead shown, the rail hidden', async () => {
    const doc = page();
    const state = await new PageCleaner(doc).clean('toolbar');
    expect(state.status).toBe('clean');
    for (const id of ['headline', 'dek', 'byline', 'lead']) expect(isHidden(doc.getElementById(id)), id).toBe(false);
    expect(isHidden(doc.querySelector('.secondary'))).toBe(true);
  });
});
