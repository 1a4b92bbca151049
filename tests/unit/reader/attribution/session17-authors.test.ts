/**
 * Issue 20, session 17: classes of author misses on trafilatura-dev, each on fixtures written for
 * this project (hostile values included).
 */
import { describe, expect, it } from 'vitest';
import { BODY, extract, names } from '../../helpers/attribution-fixture';
import { fullNameIn } from '../../../../src/reader/attribution/full-name';

const ld = (author: unknown) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Harbour reopens after the storm', author })}</script>`;
const page = (head: string, body: string) => `<html><head>${head}</head><body><article><h1>Harbour reopens after the storm</h1>${body}${BODY}</article></body></html>`;

describe('a login name the page writes out as a whole name', () => {
  it('finds the first and last parts around an initial, written with capitals', () => {
    expect(fullNameIn('Chefredakteur Christian P. Stadtfeld bewertet den Ausgang', 'christian.stadtfeld')).toBe('Christian P. Stadtfeld');
    expect(fullNameIn('Text: Jane Doe, 12 May', 'jane_doe')).toBe('Jane Doe');
    expect(fullNameIn('Max Muster und Erika Muster', 'max-muster')).toBe('Max Muster');
  });

  it('expands nothing that is one word, not written with capitals, written twice otherwise, or no login name', () => {
    // A lone first name: the capitalised word after it is as often a noun or a month as a surname.
    expect(fullNameIn('Stefanus Stahl – Maschinenbauer', 'Stefanus')).toBeUndefined();
    expect(fullNameIn('mail jane.doe or jane doe', 'jane.doe')).toBeUndefined();
    expect(fullNameIn('Jane A. Doe and Jane B. Doe', 'jane.doe')).toBeUndefined();
    expect(fullNameIn('Jane Doe', 'jane.doe.x.y')).toBeUndefined();
    expect(fullNameIn('J Doe', 'j.doe')).toBeUndefined();
    expect(fullNameIn('Jane Doe', '<img src=x onerror=alert(1)>')).toBeUndefined();
    expect(fullNameIn('Jane (Doe', 'jane.(doe')).toBeUndefined();
  });

  it('shows the whole name for a login name from structured data, keeping its profile link', () => {
    const a = extract(page(ld({ '@type': 'Person', name: 'christian.stadtfeld', url: 'https://news.example/team/cs' }), '<p class="img-text">Chefredakteur Christian P. Stadtfeld im Gespräch.</p>'));
    expect(a.authors.map((p) => p.value)).toEqual([{ name: 'Christian P. Stadtfeld', kind: 'person', url: 'https://news.example/team/cs' }]);
  });

  it('keeps the login name when the page never writes it out, and never reads scripts', () => {
    expect(names(extract(page(ld({ '@type': 'Person', name: 'christian.stadtfeld' }), '<p>Ein Bericht aus der Stadt.</p>')))).toEqual(['christian.stadtfeld']);
    const scripted = page(ld({ '@type': 'Person', name: 'jane.doe' }), '<script>var x = "Jane Doe";</script><template><p>Jane Doe</p></template>');
    expect(names(extract(scripted))).toEqual(['jane.doe']);
  });
});

describe('every author of a byline that sets names off by a slash', () => {
  it('splits at a slash between spaces, never inside a name', () => {
    const a = extract(page('', '<div class="byline">Por Eduardo Barreneche / Juan Ignacio da Silva</div>'));
    expect(names(a)).toEqual(['Eduardo Barreneche', 'Juan Ignacio da Silva']);
    const agency = extract(page('', '<div class="byline">Von Jane Doe (APA/AP)</div>'));
    expect(names(agency)).toEqual(['Jane Doe (APA/AP)']);
  });

  it('takes the visible byline’s authors when structured data names one of them by initial and family name', () => {
    const a = extract(page(ld({ '@type': 'Person', name: 'Eduardo Barreneche' }), '<div class="byline">Por E. Barreneche / J. I. da Silva</div>'));
    expect(names(a)).toEqual(['E. Barreneche', 'J. I. da Silva']);
    // Another family name, or another initial, is another person: the structured name stays.
    const other = extract(page(ld({ '@type': 'Person', name: 'Eduardo Barreneche' }), '<div class="byline">Por M. Barreneche / J. I. da Silva</div>'));
    expect(names(other)).toEqual(['Eduardo Barreneche']);
  });
});
