import { describe, expect, it } from 'vitest';
import { commonAncestor, findArticle, MAX_ELEMENTS } from '../../../../src/reader/read/pairing';
import { domFrom, loadFixture, paragraphs } from '../../helpers/page-fixture';

describe('findArticle', () => {
  it('finds the live article root of the seed-like page and the paragraphs Readability kept', () => {
    const doc = loadFixture('news-article.html');
    const found = findArticle(doc);
    expect(found.kind).toBe('article');
    if (found.kind !== 'article') return;
    expect(found.root.ownerDocument).toBe(doc);
    for (let i = 1; i <= 5; i++) {
      const p = doc.getElementById(`p${i}`)!;
      expect(found.root.contains(p)).toBe(true);
      expect(found.kept.has(p)).toBe(true);
    }
    expect(found.root.contains(doc.getElementById('signup-modal'))).toBe(false);
    expect(found.root.contains(doc.getElementById('market-widget'))).toBe(false);
    expect(found.metadata.title).toContain('Belarus Seeks to Ease Isolation');
  });

  it('says "no article" for a login page', () => {
    expect(findArticle(loadFixture('no-article.html')).kind).toBe('no-article');
  });

  it('says "too large" past the element cap, before cloning anything', () => {
    // The cap is a parameter so jsdom need not build 60,000 elements; Chromium checks the real cap.
    const cap = 500;
    const doc = domFrom(`<body><main>${paragraphs(5)}</main><div id="big">${'<span></span>'.repeat(cap + 10)}</div></body>`);
    expect(findArticle(doc).kind).toBe('article');
    expect(findArticle(doc, cap).kind).toBe('too-large');
    expect(MAX_ELEMENTS).toBeGreaterThan(cap);
  });

  it('computes the lowest common ancestor', () => {
    const doc = domFrom('<body><div id="a"><div id="b"><p id="c"></p></div><p id="d"></p></div></body>');
    const $ = (id: string) => doc.getElementById(id)!;
    expect(commonAncestor([$('c'), $('d')])).toBe($('a'));
    expect(commonAncestor([$('c')])).toBe($('c'));
    expect(commonAncestor([])).toBeUndefined();
  });
});
