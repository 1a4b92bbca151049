/**
 * Promo blocks with neutral names inside the article root, which Readability dropped: a teaser
 * for the magazine issue or another story, a contact box, an advertiser disclosure, an app-store promo. A standfirst that
 * the site also calls a teaser (no link in it) stays.
 */
import { describe, expect, it } from 'vitest';
import { planHiding } from '../../../../src/reader/plan/hide-plan';
import { domFrom, isHidden, paragraphs } from '../../helpers/page-fixture';

function plan(doc: Document): void {
  const root = doc.getElementById('root') as Element;
  const kept = new Set<Element>();
  for (const el of Array.from(doc.querySelectorAll('.kept'))) {
    kept.add(el);
    for (const d of Array.from(el.querySelectorAll('*'))) kept.add(d);
  }
  for (const el of planHiding({ root, kept, extras: [] })) el.setAttribute('data-quiet-reader-hide', '');
}

describe('promo blocks with neutral names', () => {
  const page = () =>
    domFrom(`<body><div id="root">
      <div id="dek" class="article-teaser">The regional council has agreed a new budget after months of talks between the parties in the chamber.</div>
      <div class="kept">${paragraphs(3)}</div>
      <div id="issue" class="teaser-breaker"><div class="teaser-breaker__image"><img src="cover.jpg" alt=""></div>
        <div class="teaser-breaker__content"><p>Published in</p><h5>Regional Special 2021</h5><a href="/magazine/special-2021/">To the magazine</a></div></div>
      <div id="next" class="content_breaker"><p>You are reading the new issue of our weekly. <a href="/subscribe">Read all of it here</a> and support independent journalism with a small monthly payment.</p></div>
      <div class="kept">${paragraphs(2, 'More')}</div>
      <div id="contact" class="contactbox wide"><figure><img src="press.jpg" alt=""><figcaption>Photo: Jo Example</figcaption></figure><address><p>Jane Roe</p><p>Press office</p></address></div>
      <section id="disclosure" class="editorial-disclosure"><p>This post contains references to products from one or more of our advertisers. We may receive compensation when you click on links to those products.</p></section>
      <div id="apps" class="appstores"><h3>Read the magazine in our app</h3><a href="https://apps.example/app"><img src="badge.png" alt="App Store"></a></div>
    </div></body>`);

  it('hides teasers and breakers that link elsewhere, contact boxes, disclosures and app promos', () => {
    const doc = page();
    plan(doc);
    for (const id of ['issue', 'next', 'contact', 'disclosure', 'apps']) expect(isHidden(doc.getElementById(id)), id).toBe(true);
  });

  it('keeps a standfirst called a teaser (no link) and the article', () => {
    const doc = page();
    plan(doc);
    for (const id of ['dek', 'para-0', 'para-2']) expect(isHidden(doc.getElementById(id)), id).toBe(false);
  });
});
