/**
 * Issue 20, session 16: classes of author misses on the dev corpora, each on fixtures written for
 * this project (hostile values included) — the site's copyright holder as the group author of a
 * page that names no one.
 */
import { describe, expect, it } from 'vitest';
import { BODY, extract, names } from '../../helpers/attribution-fixture';
import { holderOf, holderPerson } from '../../../../src/reader/attribution/copyright-holder';

const page = (footer: string, extra = '') => `<html><head>${extra}</head><body><article><h1>Harbour reopens after the storm</h1>${BODY}</article>${footer}</body></html>`;

describe('the holder a copyright notice names', () => {
  it('reads the holder after the mark and the years, up to the rights phrase, a sentence end or a separator', () => {
    expect(holderOf('© 2022 Hafenwerke Nord AG. Alle Rechte vorbehalten.')).toBe('Hafenwerke Nord AG');
    expect(holderOf('(c) 2012- Jane Doe. All rights reserved. Design by Studio')).toBe('Jane Doe');
    expect(holderOf('Copyright © 2019-2024, Harbour Times | Impressum')).toBe('Harbour Times');
    expect(holderOf('© Port Authority 2022 · Privacy')).toBe('Port Authority');
    expect(holderOf('Tous droits réservés © 2023 Jean Dupont')).toBe('Jean Dupont');
  });

  it('names nobody in a notice without a holder, a sentence, markup or a link’s label', () => {
    for (const notice of [
      '© 2025',
      '© 2025 All Rights Reserved',
      'Copyright and Trademark',
      '© 2024 <img src=x onerror=alert(1)>',
      '© 2021 the harbour was rebuilt by many hands over many long years',
      'No notice here',
      '© 12.03.2024',
      '© https://harbour.example',
    ]) {
      expect(holderOf(notice), notice).toBeUndefined();
    }
  });

  it('marks a holder with a legal form as an organisation and claims nothing of a bare name', () => {
    expect(holderPerson('Hafenwerke Nord GmbH')).toEqual({ name: 'Hafenwerke Nord GmbH', kind: 'organization' });
    expect(holderPerson('Harbour Holdings, Inc')).toEqual({ name: 'Harbour Holdings, Inc', kind: 'organization' });
    expect(holderPerson('Jane Doe')).toEqual({ name: 'Jane Doe' });
  });
});

describe('the site’s copyright holder as the group author', () => {
  it('names the footer’s holder when no source names anyone', () => {
    const a = extract(page('<footer><p>© 2024 Jane Doe · <a href="/impressum">Impressum</a></p></footer>'));
    expect(a.authors.map((p) => p.value)).toEqual([{ name: 'Jane Doe' }]);
  });

  it('reads a holder linked beside the mark, in a block named copyright', () => {
    const a = extract(page('<div class="site-copyright"><small>© 2025, <a href="/">Harbour Plant Care</a></small> <a href="https://shop.example">Powered by Shopify</a></div>'));
    expect(names(a)).toEqual(['Harbour Plant Care']);
  });

  it('falls back to the copyright meta tag, an organisation by its legal form', () => {
    const a = extract(page('', '<meta name="copyright" content="© Hafenwerke Nord AG 2022. Alle Rechte vorbehalten.">'));
    expect(a.authors.map((p) => p.value)).toEqual([{ name: 'Hafenwerke Nord AG', kind: 'organization' }]);
  });

  it('marks the site’s own name as an organisation', () => {
    const a = extract(page('<footer>© 2024 Harbour News</footer>'), 'https://harbournews.example/story');
    expect(a.authors.map((p) => p.value)).toEqual([{ name: 'Harbour News', kind: 'organization' }]);
  });

  it('never outweighs a byline, nor the source the article names', () => {
    const bylined = extract(
      `<html><body><article><h1>Harbour reopens after the storm</h1><p class="byline">By Uta Sommerfeld</p>${BODY}</article><footer>© 2024 Harbour Media GmbH</footer></body></html>`,
    );
    expect(names(bylined)).toEqual(['Uta Sommerfeld']);
  });

  it('takes no credit of a picture or a post’s own footer inside the article', () => {
    const a = extract(
      `<html><body><article><h1>Harbour reopens after the storm</h1><figure><img src="/p.jpg"><figcaption>© Jane Doe</figcaption></figure>${BODY}<footer>© 2024 John Roe</footer></article></body></html>`,
    );
    expect(names(a)).toEqual([]);
  });

  it('reads the notice at the end of a footer of many named items', () => {
    const items = Array.from({ length: 60 }, (_, i) => `<li class="footer__item"><a href="/p${i}">Page ${i}</a></li>`).join('');
    const a = extract(page(`<footer class="site-footer"><ul>${items}</ul><p>© 2024 Jane Doe</p></footer>`));
    expect(names(a)).toEqual(['Jane Doe']);
  });

  it('takes no notice from a block named footer that wraps the article', () => {
    const a = extract(`<html><body><div class="has-footer"><article><h1>Harbour reopens after the storm</h1>${BODY}<p>Photo © John Roe</p></article></div></body></html>`);
    expect(names(a)).toEqual([]);
  });

  it('takes no markup or script from a hostile footer', () => {
    const a = extract(page('<footer>© 2024 <b>&lt;script&gt;alert(1)&lt;/script&gt;</b></footer>'));
    expect(names(a)).toEqual([]);
  });
});

describe('a header line that opens with the name and ends with the date', () => {
  const header = (line: string) => `<html><body><header><h1>Harbour reopens after the storm</h1><p>${line}</p></header>${BODY}</body></html>`;

  it('reads the name before a role and the day, set off by bars or dots', () => {
    expect(names(extract(header('Uta Sommerfeld | Senior Writer | July 2, 2025')))).toEqual(['Uta Sommerfeld']);
    expect(names(extract(header('Jean Dupont · 2 juillet 2025')))).toEqual(['Jean Dupont']);
  });

  it('takes no category, sentence, markup or line without a day for a name', () => {
    for (const line of [
      'Harbour News | Politics',
      'the harbour is open | July 2, 2025',
      '&lt;img src=x onerror=alert(1)&gt; | July 2, 2025',
      'Uta Sommerfeld | Senior Writer',
      'Ports | Ships | Trade | Weather | July 2, 2025',
      'Port 2 Authority | July 2, 2025',
    ]) {
      expect(names(extract(header(line))), line).toEqual([]);
    }
  });
});
