import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Attribution } from '../../../src/reader/attribution/model';
import type { TabState } from '../../../src/shared/protocol';
import { popupElements, renderPopup } from '../../../src/popup/render-popup';

const HTML = readFileSync(path.resolve(import.meta.dirname, '../../../src/popup/popup.html'), 'utf8');
const ATTRIBUTION: Attribution = {
  pageUrl: 'https://e.example/a',
  headline: { value: 'Why now?', source: 'json-ld' },
  siteName: { value: 'E', source: 'open-graph' },
  authors: [{ value: { name: 'Jane Doe' }, source: 'json-ld' }],
  datePublished: { value: '2025-10-20', source: 'json-ld' },
  canonicalUrl: { value: 'https://e.example/a', source: 'url' },
  credits: [
    { text: 'Photo: Jane Doe', kind: 'Photo', who: 'Jane Doe', source: 'caption' },
    { text: 'Source: UNCTAD, CC BY-SA 2.0', kind: 'Source', who: 'UNCTAD', license: { name: 'CC BY-SA 2.0', url: 'https://creativecommons.org/licenses/by-sa/2.0/' }, source: 'caption' },
  ],
};

beforeEach(() => {
  document.documentElement.innerHTML = HTML.replace(/^<!doctype html>/i, ''); // the project's own popup.html
  localStorage.clear();
});

describe('renderPopup', () => {
  it('keeps the site-controls mount point', () => {
    expect(document.getElementById('site-controls')).not.toBeNull();
  });

  it('no article: plain words and the page’s attribution to cite, no toggle', () => {
    const els = popupElements(document);
    renderPopup(els, { status: 'no-article', attribution: ATTRIBUTION });
    expect(els.status.textContent).toMatch(/No article found/);
    expect(els.attribution.hidden).toBe(false);
    expect(els.attribution.querySelector('[itemprop="headline"]')?.textContent).toBe(ATTRIBUTION.headline?.value);
    expect(els.copy.hidden).toBe(false);
    expect(els.toggle.hidden).toBe(true);
    // Without an attribution there is nothing to show or copy.
    renderPopup(els, { status: 'no-article' });
    expect(els.attribution.hidden).toBe(true);
    expect(els.copy.hidden).toBe(true);
  });

  it.each<[TabState['status'], RegExp]>([
    ['too-large', /too large/],
    ['restricted', /can’t work on this page/],
    ['error', /Something went wrong/],
  ])('%s: plain words, no attribution, no toggle', (status, words) => {
    const els = popupElements(document);
    renderPopup(els, { status, attribution: ATTRIBUTION });
    expect(els.status.textContent).toMatch(words);
    expect(els.attribution.hidden).toBe(true);
    expect(els.copy.hidden).toBe(true);
    expect(els.toggle.hidden).toBe(true);
  });

  it('an error keeps its technical message apart, under the plain sentence', () => {
    const els = popupElements(document);
    renderPopup(els, { status: 'error', message: 'Could not establish connection.' });
    expect(els.status.textContent).toBe('Something went wrong; the page was left as it is.');
    expect(els.statusDetail.textContent).toBe('Could not establish connection.');
    expect(els.statusDetail.hidden).toBe(false);
  });

  it('clean: attribution, toggle to the original, labelled copy controls', () => {
    const els = popupElements(document);
    renderPopup(els, { status: 'clean', attribution: ATTRIBUTION });
    expect(els.attribution.hidden).toBe(false);
    expect(els.attribution.querySelector('h1')?.textContent).toBe('Why now?');
    expect(els.toggle.hidden).toBe(false);
    expect(els.toggle.textContent).toBe('Show original page');
    expect(document.querySelector('label[for="citation-format"]')?.textContent).toBe('Citation style');
    expect([...els.controls.format.options].map((o) => o.textContent)).toEqual(['APA', 'MLA', 'Chicago', 'BibTeX']);
    expect(els.controls.copyCredit.hidden).toBe(false);
    renderPopup(els, { status: 'original', attribution: ATTRIBUTION });
    expect(els.toggle.textContent).toBe('Clean this page');
  });

  it('copies the citation in the chosen style and remembers the style', async () => {
    const els = popupElements(document);
    const writeText = vi.fn(async () => {});
    renderPopup(els, { status: 'clean', attribution: ATTRIBUTION }, { writeText });
    els.controls.format.value = 'mla';
    els.controls.format.dispatchEvent(new Event('change'));
    els.controls.copyCitation.click();
    await vi.waitFor(() => expect(els.controls.feedback.textContent).toBe('MLA citation copied.'));
    expect(writeText).toHaveBeenCalledWith('Doe, Jane. “Why now?” E, 20 Oct. 2025, e.example/a.');
    renderPopup(els, { status: 'clean', attribution: ATTRIBUTION }, { writeText });
    expect(els.controls.format.value).toBe('mla');
  });

  it('copies every credit, one per line, and says so when the clipboard refuses', async () => {
    const els = popupElements(document);
    const writeText = vi.fn(async () => {});
    renderPopup(els, { status: 'clean', attribution: ATTRIBUTION }, { writeText });
    els.controls.copyCredit.click();
    await vi.waitFor(() => expect(els.controls.feedback.textContent).toBe('2 credits copied.'));
    expect(writeText).toHaveBeenCalledWith('Photo: Jane Doe\nSource: UNCTAD, CC BY-SA 2.0 (https://creativecommons.org/licenses/by-sa/2.0/)');
    const refuse = vi.fn(async () => {
      throw new Error('denied');
    });
    renderPopup(els, { status: 'clean', attribution: ATTRIBUTION }, { writeText: refuse });
    els.controls.copyCitation.click();
    await vi.waitFor(() => expect(els.controls.feedback.textContent).toMatch(/Could not copy/));
  });

  it('hides "Copy credit" when there are no credits', () => {
    const els = popupElements(document);
    renderPopup(els, { status: 'clean', attribution: { ...ATTRIBUTION, credits: [] } });
    expect(els.controls.copyCredit.hidden).toBe(true);
  });
});

describe('renderPopup and what the page claims about its source', () => {
  /** A page on evil.example that claims to be a story of news.example. */
  const IMPOSTOR: Attribution = {
    ...ATTRIBUTION,
    pageUrl: 'https://evil.example/a',
    siteName: { value: 'The News', source: 'open-graph' },
    canonicalUrl: { value: 'https://www.news.example/2025/story', source: 'json-ld' },
  };

  it('shows the tab’s real host, says in plain words that the page claims another site, and cites the real address', async () => {
    const els = popupElements(document);
    const writeText = vi.fn(async (_text: string) => {});
    renderPopup(els, { status: 'clean', attribution: IMPOSTOR, url: 'https://evil.example/a' }, { writeText, tabUrl: 'https://evil.example/a' });
    expect(els.attribution.querySelector('.real-host')?.textContent).toBe('evil.example');
    expect(els.attribution.querySelector('.claim-note')?.textContent).toMatch(/says it comes from news\.example, but it is on evil\.example/);
    expect(els.attribution.querySelector<HTMLAnchorElement>('a.canonical')?.href).toBe('https://evil.example/a');
    els.controls.format.value = 'mla';
    els.controls.copyCitation.click();
    await Promise.resolve();
    expect(writeText.mock.calls.at(-1)?.[0]).toMatch(/evil\.example\/a/);
    expect(writeText.mock.calls.at(-1)?.[0]).not.toMatch(/news\.example/);
  });

  it('cites the claimed address only when the reader chooses it', async () => {
    const els = popupElements(document);
    const writeText = vi.fn(async (_text: string) => {});
    renderPopup(els, { status: 'clean', attribution: IMPOSTOR }, { writeText, tabUrl: 'https://evil.example/a' });
    const choice = els.attribution.querySelector<HTMLInputElement>('#trust-claim')!;
    expect(choice.checked).toBe(false);
    choice.checked = true;
    choice.dispatchEvent(new Event('change'));
    expect(els.attribution.querySelector<HTMLAnchorElement>('a.canonical')?.href).toBe('https://www.news.example/2025/story');
    els.controls.copyCitation.click();
    await Promise.resolve();
    expect(writeText.mock.calls.at(-1)?.[0]).toMatch(/news\.example\/2025\/story/);
  });

  it('says nothing more when the canonical address is on the same site (a subdomain included)', () => {
    const els = popupElements(document);
    renderPopup(els, { status: 'clean', attribution: { ...ATTRIBUTION, canonicalUrl: { value: 'https://www.e.example/a', source: 'json-ld' } } }, { tabUrl: 'https://m.e.example/a' });
    expect(els.attribution.querySelector('.real-host')?.textContent).toBe('m.e.example');
    expect(els.attribution.querySelector('.claim-note')).toBeNull();
    expect(els.attribution.querySelector<HTMLAnchorElement>('a.canonical')?.href).toBe('https://www.e.example/a');
  });

  it('holds the claim against the page’s own address when the tab’s is unknown', () => {
    const els = popupElements(document);
    renderPopup(els, { status: 'clean', attribution: IMPOSTOR }, {});
    expect(els.attribution.querySelector('.claim-note')?.textContent).toMatch(/evil\.example/);
  });
});
