import { describe, expect, it } from 'vitest';
import { declaredTypes } from '../../../../src/page/detect/structured-data';
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
