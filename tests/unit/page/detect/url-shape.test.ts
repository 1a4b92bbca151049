import { describe, expect, it } from 'vitest';
import { urlShape } from '../../../../src/page/detect/url-shape';

describe('urlShape', () => {
  it.each(['https://news.example/', 'https://news.example/index.html', 'https://news.example/en/', 'https://news.example/?utm_source=x&fbclid=y'])('%s is a site root', (url) => {
    expect(urlShape(url).root).toBe(true);
  });

  it.each(['https://news.example/hl?a=20170309-35097838', 'https://news.example/?p=123', 'https://news.example/world/'])('%s is not a site root', (url) => {
    expect(urlShape(url).root).toBe(false);
  });

  it('finds dates and slugs in article addresses', () => {
    expect(urlShape('https://n.example/2024/05/17/budget-vote').dated).toBe(true);
    expect(urlShape('https://n.example/news/20240517-budget').dated).toBe(true);
    expect(urlShape('https://n.example/news/budget-vote-delayed-again-by-council').slugged).toBe(true);
    expect(urlShape('https://futurezone.at/digital-life/uber/400487461').slugged).toBe(true);
    expect(urlShape('https://n.example/index.php?p=8812').slugged).toBe(true);
    expect(urlShape('https://n.example/world/europe').slugged).toBe(false);
    expect(urlShape('https://n.example/about/2024-report').dated).toBe(false);
  });

  it('recognises search, listing and task pages', () => {
    expect(urlShape('https://n.example/search?q=belarus').search).toBe(true);
    expect(urlShape('https://n.example/?s=belarus').search).toBe(true);
    expect(urlShape('https://n.example/?s=').search).toBe(false);
    expect(urlShape('https://n.example/tag/elections/').listing).toBe(true);
    expect(urlShape('https://n.example/author/jane-doe').listing).toBe(true);
    expect(urlShape('https://n.example/category/world/europe/').listing).toBe(true);
    expect(urlShape('https://n.example/tag/elections.html').listing).toBe(true);
    // A page filed under a topic is not the topic's list.
    expect(urlShape('https://www.ministry.example/DE/themen/laendliche-regionen/zukunftsforum2022.html;jsessionid=ED5DD58.live922').listing).toBe(false);
    expect(urlShape('https://n.example/login').task).toBe(true);
    expect(urlShape('https://shop.example/checkout/payment.html').task).toBe(true);
    expect(urlShape('https://n.example/politics/login-troubles-hit-voters').task).toBe(false);
  });

  it('recognises documentation by its folder or host, not by a page named so', () => {
    expect(urlShape('https://www.db.example/docs/current/sql-select.html').docs).toBe(true);
    expect(urlShape('https://tool.example/en/manual/http/rewrite.html').docs).toBe(true);
    expect(urlShape('https://docs.tool.example/engine/install/').docs).toBe(true);
    expect(urlShape('https://n.example/politics/the-api-of-power').docs).toBe(false);
    expect(urlShape('https://n.example/2025/10/docs').docs).toBe(false);
  });

  it('survives addresses that do not parse or decode', () => {
    expect(urlShape('not a url')).toMatchObject({ root: false, search: false });
    expect(() => urlShape('https://n.example/%E0%A4%A/x')).not.toThrow();
  });
});
