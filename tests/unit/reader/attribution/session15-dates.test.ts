/**
 * Issue 20, session 15: classes of date misses on the dev corpora, each on fixtures written for
 * this project (hostile values included) — a year-first date with dots, a slashed date read in
 * the only order that makes a day or in the order the page's language writes, month names in
 * Russian and Ukrainian, an address's date without leading zeros, and the declared update's day
 * printed beside a declared publication one day earlier.
 */
import { describe, expect, it } from 'vitest';
import { BODY, extract } from '../../helpers/attribution-fixture';
import { dateFromText, numericOrder } from '../../../../src/reader/attribution/normalize-date';
import { dateInUrl } from '../../../../src/reader/attribution/extract-attribution';

describe('a year-first date with dots', () => {
  it.each([
    ['Essay - Published: 2025.12.17 | programming', '2025-12-17'],
    ['2025. 12. 7. 오후 3:12', '2025-12-07'],
    ['(2019.03.01)', '2019-03-01'],
  ])('%s -> %s', (text, day) => {
    expect(dateFromText(text)).toBe(day);
  });

  it('takes no version number, impossible day or longer number for a date', () => {
    for (const text of ['Release 2019.3.1', 'Version 2020.10.1', '2025.13.01', '2025.02.30', '12025.12.17', '2025.12.17.4', '1.2025.12.17']) {
      expect(dateFromText(text), text).toBeUndefined();
    }
  });

  it('reads it beside the headline', () => {
    const a = extract(`<html><body><article><h1>Harbour reopens</h1><p><span>Essay - Published: 2025.12.17 | </span><a href="/tags/harbour">harbour</a></p>${BODY}</article></body></html>`);
    expect(a.datePublished).toEqual({ value: '2025-12-17', source: 'page-text' });
  });
});

describe('a slashed numeric date', () => {
  it('is read in the only order that makes a day of it', () => {
    expect(dateFromText('Updated: 10/31/2024')).toBe('2024-10-31');
    expect(dateFromText('31/10/2024 18:00')).toBe('2024-10-31');
    expect(dateFromText('05/05/2024')).toBe('2024-05-05');
  });

  it('is ambiguous without the page’s order, and read in it otherwise', () => {
    expect(dateFromText('03/05/2022 21:44')).toBeUndefined();
    expect(dateFromText('03/05/2022 21:44', 'dmy')).toBe('2022-05-03');
    expect(dateFromText('03/05/2022 21:44', 'mdy')).toBe('2022-03-05');
  });

  it('refuses impossible days, two-digit years and longer runs of numbers', () => {
    for (const text of ['13/13/2024', '02/30/2024', '31/02/2024', '03/05/22', '1/2/3/2024', '03/05/20245', '003/05/2022']) {
      expect(dateFromText(text, 'dmy'), text).toBeUndefined();
    }
  });

  it('takes its order from the page’s declared language', () => {
    expect(numericOrder('pt-BR')).toBe('dmy');
    expect(numericOrder('de')).toBe('dmy');
    expect(numericOrder('en-GB')).toBe('dmy');
    expect(numericOrder('en-US')).toBe('mdy');
    expect(numericOrder('EN_us')).toBe('mdy');
    expect(numericOrder('en')).toBeUndefined();
    expect(numericOrder('')).toBeUndefined();
    expect(numericOrder(null)).toBeUndefined();
    expect(numericOrder('"><script>alert(1)</script>')).toBeUndefined();
    expect(numericOrder(`en-${'x'.repeat(5000)}`)).toBeUndefined();
  });

  it('a printed day-first date beside the headline wins over a UTC time stamp of the next day', () => {
    const head = `<head><meta property="article:published_time" content="2022-05-04T00:44:52Z"></head>`;
    const header = `<h1>Harbour reopens</h1><ul class="date"><li>Brasília</li><li>03/05/2022 21:44</li></ul>`;
    const pt = extract(`<html lang="pt-BR">${head}<body><article>${header}${BODY}</article></body></html>`);
    expect(pt.datePublished).toEqual({ value: '2022-05-03', source: 'page-text' });
    // Plain English says no order: the ambiguous date is not read and the declared one stays.
    const en = extract(`<html lang="en">${head}<body><article>${header}${BODY}</article></body></html>`);
    expect(en.datePublished?.value).toBe('2022-05-04T00:44:52Z');
  });

  it('a month-first date with a day above 12 is read on any page', () => {
    const a = extract(`<html lang="en"><body><article><h1>Harbour reopens</h1><div style="text-align:right"><i>Updated: 10/31/2024</i></div>${BODY}</article></body></html>`);
    expect(a.datePublished?.value).toBe('2024-10-31');
  });
});

describe('month names in Russian and Ukrainian', () => {
  it.each([
    ['15 августа 2016, 13:43', '2016-08-15'],
    ['1 марта 2020 г.', '2020-03-01'],
    ['3 серпня 2021', '2021-08-03'],
    ['28 листопада 2022', '2022-11-28'],
  ])('%s -> %s', (text, day) => {
    expect(dateFromText(text)).toBe(day);
  });

  it('a word that only starts like a month, or an impossible day, is no date', () => {
    expect(dateFromText('15 августейший 2016')).toBeUndefined();
    expect(dateFromText('31 февраля 2016')).toBeUndefined();
  });

  it('reads the date line above the headline', () => {
    const a = extract(`<html><body><article><p class="rubric">Германия</p><p class="date">15 августа 2016, 13:43</p><h1>Подольски завершил карьеру в сборной</h1>${BODY}</article></body></html>`);
    expect(a.datePublished?.value).toBe('2016-08-15');
  });
});

describe('a date in the address without leading zeros', () => {
  it.each([
    ['https://news.example/home/2017/7/12/harbour-reopens', '2017-07-12'],
    ['https://news.example/2020/1/2/', '2020-01-02'],
    ['https://news.example/2019/10/05-harbour', '2019-10-05'],
  ])('%s -> %s', (url, day) => {
    expect(dateInUrl(url)).toBe(day);
  });

  it('takes no slug’s number, impossible month or day for a day', () => {
    for (const url of [
      'https://news.example/2019/10/5-tips-for-harbours',
      'https://news.example/2017/13/12/x',
      'https://news.example/2017/2/30/x',
      'https://news.example/2017/7/123/x',
      `https://news.example/${'a/'.repeat(300)}2017/7/12/`,
      'not a url',
    ]) {
      expect(dateInUrl(url), url).toBeUndefined();
    }
  });
});

describe('the declared update’s day printed beside the headline', () => {
  const page = (modified: string) =>
    extract(`<html><head><meta property="article:published_time" content="2025-12-02T23:00:55+00:00">${modified}</head><body><article>
      <h1>Harbour reopens</h1><p class="date">December 3, 2025</p>${BODY}</article></body></html>`);

  it('keeps the declared publication: the page prints the update, not another time zone', () => {
    const a = page('<meta property="article:modified_time" content="2025-12-03T21:31:05+00:00">');
    expect(a.datePublished).toEqual({ value: '2025-12-02T23:00:55+00:00', source: 'open-graph' });
    expect(a.dateModified?.value).toBe('2025-12-03T21:31:05+00:00');
  });

  it('takes the printed day when no update is declared for it', () => {
    expect(page('').datePublished).toEqual({ value: '2025-12-03', source: 'page-text' });
    expect(page('<meta property="article:modified_time" content="2025-12-20T10:00:00+00:00">').datePublished?.value).toBe('2025-12-03');
  });

  it('an update declared on the publication’s own day is no update shown', () => {
    const a = extract(`<html><head><meta property="article:published_time" content="2025-12-03T00:57:30+00:00">
      <meta property="article:modified_time" content="2025-12-03T00:57:32+00:00"></head><body><article><h1>Harbour reopens</h1>
      <time datetime="2025-12-02T19:57:30-05:00" itemprop="datePublished">December 2, 2025</time>
      <time datetime="2025-12-02T19:57:32-05:00" itemprop="dateModified" class="updated">December 2, 2025</time>${BODY}</article></body></html>`);
    expect(a.datePublished?.value.slice(0, 10)).toBe('2025-12-02');
  });
});

describe('the day printed right after the article’s text', () => {
  const PARAS = Array.from({ length: 10 }, (_, i) => `<p>Paragraph ${i}: ${'The ferry timetable changes with the season and the weather. '.repeat(3)}</p>`).join('');

  it('reads a signature’s date, a closing line and a post’s footer', () => {
    const signed = extract(`<html><body><main><article><h1>Time to say goodbye</h1>${PARAS}<p>So long!</p><p>Benni<br>10. September 2017</p></article></main><footer>Impressum</footer></body></html>`);
    expect(signed.datePublished).toEqual({ value: '2017-09-10', source: 'page-text' });
    const closing = extract(`<html><body><div><h1>Kinder und Arbeit</h1><div class="text">${PARAS}<!-- end --><p class="info">Aktualisiert: 30.12.2016</p></div></div></body></html>`);
    expect(closing.datePublished?.value).toBe('2016-12-30');
    const footer = extract(`<html><body><article><h1>Harbour reopens</h1><div class="rte">${PARAS}</div><footer class="article-footer">
      <ul class="share"><li><a href="#">Pinterest</a></li><li>Link Copied!</li></ul><span class="date">August 12, 2025</span> <span>By The Harbour Team</span></footer></article></body></html>`);
    expect(footer.datePublished?.value).toBe('2025-08-12');
  });

  it('is the last resort: a declared date wins', () => {
    const a = extract(
      `<html><head><meta property="article:published_time" content="2017-09-01T10:00:00+02:00"></head><body><article><h1>Time to say goodbye</h1>${PARAS}<p>Benni<br>10. September 2017</p></article></body></html>`,
    );
    expect(a.datePublished?.value).toBe('2017-09-01T10:00:00+02:00');
  });

  it('takes no date from related posts, comments, the site’s footer, copyright lines or lists', () => {
    const pages = [
      `<article><h1>Harbour reopens</h1>${PARAS}</article><h2>Related posts</h2><p>Ferries return · 12 May 2021</p>`,
      `<article><h1>Harbour reopens</h1>${PARAS}</article><div class="related-posts"><p>Ferries return · 12 May 2021</p></div>`,
      `<article><h1>Harbour reopens</h1>${PARAS}</article><div id="comments"><p>Jane · 12 May 2021</p></div>`,
      `<div><h1>Harbour reopens</h1>${PARAS}</div><footer><p>Last updated 12 May 2021</p></footer>`,
      `<article><h1>Harbour reopens</h1>${PARAS}<p>Copyright © 12.05.2021 Harbour News</p></article>`,
      `<article><h1>Harbour reopens</h1>${PARAS}<ul><li>Ferries return · 12 May 2021</li></ul></article>`,
    ];
    for (const body of pages) expect(extract(`<html><body>${body}</body></html>`).datePublished, body.slice(-120)).toBeUndefined();
  });

  it('a numeric date that reads as two days is read only in the page’s order', () => {
    const page = (lang: string) => extract(`<html lang="${lang}"><body><article><h1>Harbour reopens</h1>${PARAS}<p>Post time: 01-04-2024</p></article></body></html>`);
    expect(page('en').datePublished).toBeUndefined();
    expect(page('de').datePublished?.value).toBe('2024-04-01');
  });

  it('hostile closing lines yield no markup and no future date', () => {
    const a = extract(`<html><body><article><h1>Harbour reopens</h1>${PARAS}<p>&lt;img src=x onerror=alert(1)&gt; 10. September 2099</p></article></body></html>`);
    expect(a.datePublished).toBeUndefined();
  });
});
