import { describe, expect, it } from 'vitest';
import { httpUrl, readabilityUrl, trafilaturaUrl } from '../../../scripts/eval/corpus.mjs';
import { routeDecision } from '../../../scripts/eval/route.mjs';
import { averageWordScores, headerNeutral, leakSplit, sharesBy, snippetLeakSplit, wordMatch } from '../../../scripts/eval/scoring.mjs';
import { formatAuto, rowRecall, scoreRow, summarize } from '../../../scripts/eval/summary.mjs';

describe('wordMatch (WCXB word score of one page)', () => {
  it('counts lower-cased words as multisets: overlap over predicted and over reference', () => {
    // Reference: the(2) cat sat on mat = 6 words. Predicted: the(3) cat sat menu login = 7 words.
    // Overlap: the min(2,3)=2 + cat + sat = 4. P = 4/7, R = 4/6, F1 = 2PR/(P+R) = 8/13.
    const m = wordMatch('The cat sat on the mat.', 'the THE the cat, sat; menu login');
    expect(m.overlap).toBe(4);
    expect(m.predicted).toBe(7);
    expect(m.reference).toBe(6);
    expect(m.precision).toBeCloseTo(4 / 7, 10);
    expect(m.recall).toBeCloseTo(4 / 6, 10);
    expect(m.f1).toBeCloseTo(8 / 13, 10);
  });

  it('scores nothing predicted as 0, and both empty as perfect', () => {
    expect(wordMatch('some words here', '')).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(wordMatch('', '')).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('averages precision, recall and F1 over pages (not F1 of the averages)', () => {
    const a = wordMatch('a b c d', 'a b c d'); // 1, 1, 1
    const b = wordMatch('a b c d', 'a b'); // P 1, R 0.5, F1 2/3
    const avg = averageWordScores([a, b]);
    expect(avg.precision).toBe(1);
    expect(avg.recall).toBe(0.75);
    expect(avg.f1).toBeCloseTo((1 + 2 / 3) / 2, 10);
  });
});

describe('headerNeutral', () => {
  const meta = { title: 'Storm floods the old town', byline: 'By Jane Roe', excerpt: 'Rivers rose overnight after a week of rain.' };
  const reference = 'Rivers rose overnight after a week of rain. The mayor asked residents to stay home.';

  it('leaves out the headline and byline lines the reference does not have, keeps the body', () => {
    const text = 'Storm floods the old town\nBy Jane Roe\nThe mayor asked residents to stay home.';
    const r = headerNeutral(text, meta, reference);
    expect(r.removed).toEqual(['Storm floods the old town', 'By Jane Roe']);
    expect(r.text).toBe('The mayor asked residents to stay home.');
  });

  it('keeps a header line whose word triples the reference has (the standfirst is part of it)', () => {
    const r = headerNeutral('Rivers rose overnight after a week of rain.', meta, reference);
    expect(r.removed).toEqual([]);
  });

  it('keeps lines mostly made of other words, and lines over 60 words', () => {
    const mixed = 'Storm floods the old town, said the fire brigade chief on Monday';
    const long = Array.from({ length: 61 }, () => 'storm').join(' ');
    const r = headerNeutral(`${mixed}\n${long}`, meta, reference);
    expect(r.removed).toEqual([]);
  });

  it('changes nothing without Readability metadata', () => {
    expect(headerNeutral('Storm floods the old town', undefined, reference).text).toBe('Storm floods the old town');
  });

  it('earns back the precision the header cost, and changes no recall', () => {
    const withHeader = 'Storm floods the old town\nBy Jane Roe\n' + reference;
    const raw = wordMatch(reference, withHeader);
    const neutral = wordMatch(reference, headerNeutral(withHeader, meta, reference).text);
    expect(raw.precision).toBeLessThan(1);
    expect(neutral.precision).toBe(1);
    expect(neutral.recall).toBe(raw.recall);
  });
});

describe('where leaks sit', () => {
  it('tells extra words around the article from extra words inside it', () => {
    const reference = 'one two three four five six seven eight nine ten';
    const shown = 'Home News Login one two three four five READ ALSO six seven eight nine ten Footer';
    expect(leakSplit(reference, shown)).toEqual({ words: 16, matched: 10, beside: 4, inside: 2 });
  });

  it('places `without` snippets by the span of the visible `with` snippets', () => {
    const text = 'Menu Sign in. First sentence of the story. Related: other story. Last sentence of the story. Imprint';
    const r = snippetLeakSplit(text, ['First sentence of the story.', 'Last sentence of the story.'], ['Related: other story.', 'Imprint', 'Sign in', 'absent']);
    expect(r.insideList).toEqual(['Related: other story.']);
    expect(r.besideList).toEqual(['Imprint', 'Sign in']);
  });
});

describe('shares per kind', () => {
  it('counts each predicate per group', () => {
    const rows = [
      { kind: 'article', how: 'auto' },
      { kind: 'article', how: 'toolbar' },
      { kind: 'product', how: 'auto' },
      { kind: 'product', how: 'none' },
      { kind: 'product', how: 'none' },
    ];
    expect(sharesBy(rows, (r) => r.kind, { auto: (r) => r.how === 'auto' })).toEqual({ article: { pages: 2, auto: 1 }, product: { pages: 3, auto: 1 } });
  });

  it('summarizes per kind with isProbablyReaderable beside it and lists touched non-articles with their signals', () => {
    const page = (kind: string, how: string, readerable: boolean, signals?: Record<string, number>) => ({
      name: `${kind}-${how}`,
      key: `https://example.com/${kind}`,
      kind,
      how,
      detected: how === 'auto',
      detectScore: how === 'auto' ? 7 : 1,
      ...(signals ? { detectSignals: signals } : {}),
      bare: { readerable, textContent: 'alpha beta gamma delta', blockText: 'alpha beta gamma delta' },
      visibleText: 'alpha beta gamma delta',
    });
    const rows = [
      page('article', 'auto', true),
      page('article', 'none', true),
      page('product', 'auto', false, { jsonLdArticle: 3, paragraphs: 4 }),
      page('forum', 'none', true),
      page('forum', 'auto', true),
    ];
    const pages = rows.map((r) => ({ kind: r.kind, mainContent: 'alpha beta gamma delta', with: [], without: [], labels: {} }));
    rows.forEach((r, i) => scoreRow('wcxb', pages[i], r));
    const s = summarize('wcxb', rows, 1);
    expect(s.auto.kinds.article).toMatchObject({ pages: 2, auto: 1, readerable: 2, autoShare: 0.5 });
    expect(s.auto.kinds.product).toMatchObject({ pages: 1, auto: 1, readerable: 0 });
    expect(s.auto.nonArticles).toMatchObject({ pages: 3, auto: 2, readerable: 2 });
    expect(s.auto.touchedNonArticles.map((t: { name: string }) => t.name)).toEqual(['product-auto', 'forum-auto']);
    const printed = formatAuto(s.auto).join('\n');
    expect(printed).toContain('jsonLdArticle 3, paragraphs 4');
    // No signals from an older detector: said so, not an error.
    expect(printed).toContain('signals not reported');
  });
});

describe('wcxb rows', () => {
  it('scores ours and bare raw and header-neutral, and counts articles lost only by us', () => {
    const mainContent = 'Rivers rose overnight after a week of rain. The mayor asked residents to stay home.';
    const bare = { title: 'Storm floods the old town', byline: 'Jane Roe', excerpt: '', textContent: mainContent, blockText: mainContent };
    const good = { kind: 'article', how: 'auto', visibleText: 'Storm floods the old town\n' + mainContent, bare };
    const lost = { kind: 'article', how: 'auto', visibleText: 'Storm floods the old town\nMenu', bare };
    const p = { kind: 'article', mainContent, with: ['The mayor asked residents'], without: ['Menu'], labels: {} };
    const scored = scoreRow('wcxb', p, good);
    scoreRow('wcxb', p, lost);
    expect(scored.scores.words.ours.precision).toBeLessThan(1);
    expect(scored.scores.words.oursNeutral.precision).toBe(1);
    expect(rowRecall('wcxb', lost, 'ours')).toBeLessThan(0.5);
    const s = summarize('wcxb', [good, lost], 1);
    expect(s.recallLost).toMatchObject({ ours: 1, bare: 0, oursOnly: 1, bareOnly: 0 });
    expect(s.wcxb.articles.snippets.ours).toMatchObject({ withRate: 0.5, withoutRate: 0.5 });
    expect(s.wcxb.articles.words.bare.f1).toBe(1);
  });
});

describe('addresses', () => {
  it('keeps absolute http(s) URLs without their fragment, refuses others', () => {
    expect(httpUrl('https://a.example/x?y=1#top')).toBe('https://a.example/x?y=1');
    expect(httpUrl('/relative')).toBeUndefined();
    expect(httpUrl('javascript:alert(1)')).toBeUndefined();
  });

  it('gives hard:: pages a stable made-up https address', () => {
    expect(trafilaturaUrl('hard::dw.com.colonial.html')).toBe('https://hard-pages.example/dw.com.colonial.html');
    expect(trafilaturaUrl('http://www.example.org/a')).toBe('http://www.example.org/a');
  });

  it('opens a test page at its canonical or og:url, else at fakehost', () => {
    expect(readabilityUrl('<link href="https://news.example/a?x=1&amp;y=2" rel="canonical">', 'n')).toBe('https://news.example/a?x=1&y=2');
    expect(readabilityUrl("<meta content='https://og.example/b' property='og:url'>", 'n')).toBe('https://og.example/b');
    expect(readabilityUrl('<link rel="canonical" href="/relative">', 'my page')).toBe('http://fakehost/test/my%20page.html');
  });
});

describe('routeDecision', () => {
  const pageUrl = 'https://news.example/2024/story?id=3';
  const blank = 'https://news.example/__qr_eval_blank?abc';
  it('answers the page at its address (either scheme, any fragment) and the blank page', () => {
    expect(routeDecision({ url: pageUrl + '#comments', topNavigation: true }, pageUrl, blank)).toBe('page');
    expect(routeDecision({ url: 'http://news.example/2024/story?id=3', topNavigation: true }, pageUrl, blank)).toBe('page');
    expect(routeDecision({ url: blank, topNavigation: true }, pageUrl, blank)).toBe('blank');
  });

  it('answers other top-level navigations with no content and cuts everything else', () => {
    expect(routeDecision({ url: 'https://consent.example/', topNavigation: true }, pageUrl, blank)).toBe('no-content');
    expect(routeDecision({ url: pageUrl, topNavigation: false }, pageUrl, blank)).toBe('abort');
    expect(routeDecision({ url: 'https://cdn.example/app.js', topNavigation: false }, pageUrl, blank)).toBe('abort');
    expect(routeDecision({ url: 'chrome-extension://abc/extractor.html', topNavigation: false }, pageUrl, blank)).toBe('continue');
  });
});
