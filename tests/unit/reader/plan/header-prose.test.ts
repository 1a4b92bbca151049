/**
 * The introduction a page sets under its headline, outside the block Readability picked: kept,
 * with the heading above each paragraph. Teasers, sign-up boxes, asides and author bios in the
 * same place stay hidden.
 */
import { describe, expect, it } from 'vitest';
import { planCleanup } from '../../../../src/reader/plan/cleanup-plan';
import { findArticle } from '../../../../src/reader/read/pairing';
import { domFrom, isHidden, paragraphs } from '../../helpers/page-fixture';

const INTRO = 'The institute studies how the move away from coal changes regions, jobs and the way people take part in decisions about their energy supply. ';

function page(between = ''): Document {
  return domFrom(`<html><head><title>Energy transition and social change</title></head><body>
    <nav><a href="/">Home</a> <a href="/research">Research</a></nav>
    <div class="document"><div class="main-section"><div class="container"><div class="row"><div class="col"><div class="inner"><div class="column-text">
      <h1>Energy transition and social change</h1>
      <p id="intro">${INTRO}</p>
      <h3 id="mission-heading">Mission</h3><p id="mission">${INTRO.replace('studies', 'asks')}</p>
      ${between}
    </div></div></div></div></div></div>
    <div class="extended"><div id="root">${paragraphs(8, 'Section')}</div></div></div>
    <footer><a href="/imprint">Imprint</a></footer></body></html>`);
}

function clean(doc: Document) {
  const found = findArticle(doc);
  if (found.kind !== 'article') throw new Error(`no article: ${found.kind}`);
  for (const el of planCleanup(doc, found, { keepComments: false, keepImages: true }).hide) el.setAttribute('data-quiet-reader-hide', '');
  return found;
}

describe('prose between the headline and the body', () => {
  it('is kept, with the heading right above a paragraph, when Readability read only the body', () => {
    const doc = page();
    const found = clean(doc);
    expect(found.kind === 'article' && found.kept.has(doc.getElementById('intro') as Element)).toBe(false);
    for (const id of ['intro', 'mission-heading', 'mission', 'para-0']) expect(isHidden(doc.getElementById(id)), id).toBe(false);
    expect(isHidden(doc.querySelector('nav'))).toBe(true);
  });

  it('leaves out teasers, sign-up boxes and asides there', () => {
    const doc = page(`<p id="teaser"><a href="/a">Read our report on coal regions</a> and <a href="/b">the study on jobs in Lusatia</a>, both out now.</p>
      <div class="newsletter-box"><p id="signup">${INTRO.replace('The institute', 'Our newsletter')}</p></div>
      <aside><p id="aside">${INTRO.replace('The institute', 'A partner')}</p></aside>
      <p id="disclosure" class="disclosure-text">${INTRO.replace('The institute', 'This page, which is funded by our partners,')}</p>
      <div class="row author-box"><div class="col"><p id="bio">${INTRO.replace('The institute', 'Our editor, who')}</p></div></div>`);
    clean(doc);
    for (const id of ['teaser', 'signup', 'aside', 'disclosure', 'bio']) expect(isHidden(doc.getElementById(id)), id).toBe(true);
    expect(isHidden(doc.getElementById('intro'))).toBe(false);
  });
});
