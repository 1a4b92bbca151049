/**
 * A standfirst that no class names: the block between the headline and the article body whose
 * text the page's description quotes. Readability leaves it out of the body; the reader expects it
 * under the headline.
 */
import { describe, expect, it } from 'vitest';
import { describedStandfirst, headerZone } from '../../../../src/reader/plan/article-extras';
import { planCleanup } from '../../../../src/reader/plan/cleanup-plan';
import { findArticle } from '../../../../src/reader/read/pairing';
import { domFrom, isHidden, paragraphs } from '../../helpers/page-fixture';

const DEK = 'The council has approved a budget that cuts bus routes and raises parking fees across the city centre.';

function clean(doc: Document): void {
  const found = findArticle(doc);
  if (found.kind !== 'article') throw new Error(`no article: ${found.kind}`);
  for (const el of planCleanup(doc, found, { keepComments: false, keepImages: true }).hide) el.setAttribute('data-quiet-reader-hide', '');
}

function page(description: string, dek: string, after = ''): Document {
  return domFrom(`<html><head><title>Council approves budget</title><meta name="description" content="${description}"></head>
    <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <div class="wrap"><div class="top"><h1>Council approves budget</h1><div class="meta-block"><p id="dek" class="c-text">${dek}</p></div></div>
    <div class="row"><div class="col-8"><div id="body">${paragraphs(6)}</div></div>
    <div class="col-4"><div class="rail"><p id="rail-copy">${dek}</p><a href="/other">Other story</a></div></div></div>${after}</div></body></html>`);
}

describe('the standfirst the page describes itself with', () => {
  it('is kept under the headline when the description quotes it', () => {
    const doc = page(`${DEK} Read more on our site.`, DEK);
    clean(doc);
    expect(isHidden(doc.getElementById('dek'))).toBe(false);
    expect(isHidden(doc.getElementById('para-0'))).toBe(false);
  });

  it('is kept when the description is the standfirst cut short', () => {
    const doc = page(`${DEK.slice(0, 70)}…`, DEK);
    clean(doc);
    expect(isHidden(doc.getElementById('dek'))).toBe(false);
  });

  it('is only what lies between the headline and the body: the same words in a rail stay hidden', () => {
    const doc = page(DEK, DEK);
    clean(doc);
    expect(isHidden(doc.getElementById('dek'))).toBe(false);
    expect(isHidden(doc.getElementById('rail-copy'))).toBe(true);
  });

  it('is not taken from a description too short to be a summary, or one that says something else', () => {
    for (const description of ['Council budget', 'Our city news desk covers local politics, transport and the arts every day.']) {
      const doc = page(description, DEK);
      const headline = doc.querySelector('h1') as Element;
      expect(describedStandfirst(headerZone(headline, doc.getElementById('body') as Element), description)).toBeUndefined();
    }
    const doc = page(DEK, DEK);
    expect(describedStandfirst(headerZone(doc.querySelector('h1') as Element, doc.getElementById('body') as Element), DEK)?.id).toBe('dek');
  });
});

describe('the subtitle under the headline', () => {
  function headed(header: string): Document {
    return domFrom(`<html><head><title>Council approves budget</title></head><body><nav><a href="/">Home</a></nav>
      <article><header>${header}</header><ul class="infoline"><li>By Jane Roe</li></ul>
      <div class="content"><div id="body">${paragraphs(6)}</div></div></article>
      <aside><h2>Most read</h2><a href="/x">Another story</a></aside></body></html>`);
  }

  it('keeps an h2 right after the h1, whatever its class', () => {
    const doc = headed(`<h1>Council approves budget</h1><h2 id="sub">${DEK}</h2>`);
    clean(doc);
    expect(isHidden(doc.getElementById('sub'))).toBe(false);
  });

  it('keeps a heading group whole: kicker, headline, subtitle', () => {
    const doc = headed(`<hgroup id="group"><h3 id="kicker">City hall</h3><h1>Council approves budget</h1><h2 id="sub">${DEK}</h2></hgroup>`);
    clean(doc);
    for (const id of ['group', 'kicker', 'sub']) expect(isHidden(doc.getElementById(id)), id).toBe(false);
  });

  it('does not take a short heading or a linked one for the subtitle', () => {
    for (const sub of ['<h2 id="sub">Share this</h2>', `<h2 id="sub"><a href="/other">${DEK}</a></h2>`]) {
      const doc = headed(`<h1>Council approves budget</h1>${sub}`);
      clean(doc);
      expect(isHidden(doc.getElementById('sub')), sub).toBe(true);
    }
  });
});
