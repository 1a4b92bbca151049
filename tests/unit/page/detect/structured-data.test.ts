import { describe, expect, it } from 'vitest';
import { ARTICLE_TYPES, declaredTypes, GENERIC_TYPES, PRODUCT_TYPES, REFERENCE_TYPES } from '../../../../src/page/detect/structured-data';
import { htmlDoc } from '../../helpers/page-fixture';

const ld = (json: unknown) => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;

describe('declaredTypes', () => {
  it('reads top-level, @graph and mainEntity types, lower-cased, URL prefixes dropped', () => {
    const doc = htmlDoc(
      '',
      ld({ '@type': ['WebPage'], mainEntity: { '@type': 'ReportageNewsArticle' } }) + ld({ '@graph': [{ '@type': 'Organization' }, { '@type': 'https://schema.org/BlogPosting' }] }),
    );
    expect([...declaredTypes(doc)].sort()).toEqual(['blogposting', 'organization', 'reportagenewsarticle', 'webpage']);
  });

  it('ignores articles listed inside an ItemList: a section front is not an article', () => {
    const doc = htmlDoc('', ld({ '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', item: { '@type': 'NewsArticle' } }] }));
    expect([...declaredTypes(doc)]).toEqual(['itemlist']);
  });

  it('reads microdata of the outermost item scope only', () => {
    const doc = htmlDoc('<div itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="author" itemscope itemtype="https://schema.org/Person"></span></div>');
    expect([...declaredTypes(doc)]).toEqual(['newsarticle']);
  });

  it('skips JSON that does not parse', () => {
    expect(declaredTypes(htmlDoc('', '<script type="application/ld+json">{ "@type": "Article" <!-- --></script>')).size).toBe(0);
  });
});

describe('type families', () => {
  it('names news and blog kinds articles, and reference, products and generic pages apart', () => {
    for (const t of ['article', 'newsarticle', 'reportagenewsarticle', 'opinionnewsarticle', 'blogposting', 'liveblogposting', 'report', 'criticreview', 'scholarlyarticle'])
      expect(ARTICLE_TYPES.test(t)).toBe(true);
    for (const t of ['techarticle', 'webpage', 'product', 'articles', 'newsarticlex']) expect(ARTICLE_TYPES.test(t)).toBe(false);
    expect(REFERENCE_TYPES.test('techarticle')).toBe(true);
    expect(['product', 'productgroup', 'aggregateoffer', 'softwareapplication', 'webapplication'].every((t) => PRODUCT_TYPES.test(t))).toBe(true);
    expect(['webpage', 'website', 'organization', 'breadcrumblist', 'wpheader'].every((t) => GENERIC_TYPES.test(t))).toBe(true);
    expect(GENERIC_TYPES.test('newsarticle')).toBe(false);
  });
});
