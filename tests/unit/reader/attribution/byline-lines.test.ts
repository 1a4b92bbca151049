/**
 * Issue 20, session 11: bylines away from the headline and names that are controls. Fixtures
 * written for this project, with hostile values.
 */
import { describe, expect, it } from 'vitest';
import { BODY, extract, names } from '../../helpers/attribution-fixture';
import { bylinePart } from '../../../../src/reader/attribution/byline-lines';
import { cleanName, namesFromByline, plausibleName } from '../../../../src/reader/attribution/person-names';

describe('a byline line elsewhere in the article', () => {
  it('reads "By …", a labelled "Autor:" after other fields, and "… date by …", outside the header', () => {
    const end = extract(`<html><body><article><h1>Harbour reopens</h1>${BODY}<p>Autor: Jane Doe Tags: harbour, ferries</p></article></body></html>`);
    expect(names(end)).toEqual(['Jane Doe']);
    expect(end.authors[0]?.source).toBe('page-text');
    const fields = extract(`<html><body><article><h1>Hafen wieder offen</h1>${BODY}<div class="info">Datum: 19.11.2021 Autor: Max Muster</div></article></body></html>`);
    expect(names(fields)).toEqual(['Max Muster']);
    const posted = extract(`<html><body><article><h1>Harbour reopens</h1>${BODY}<div class="meta">Posted on September 21, 2020 by Ann Poe</div></article></body></html>`);
    expect(names(posted)).toEqual(['Ann Poe']);
    const par = extract(`<html><body><h1>Le port rouvre</h1><div>${BODY}</div><div><span class="sig">Par <a href="/x">Jean Dupont</a></span></div></body></html>`);
    expect(names(par)).toEqual(['Jean Dupont']);
  });

  it('takes the innermost line, and no line from comments, asides, bios, the headline or long sentences', () => {
    expect(bylinePart('By Jane Doe')).toBe('By Jane Doe');
    expect(bylinePart('Datum: 03.11.2021 Autor: Jane Doe')).toBe('Jane Doe');
    expect(bylinePart('Posted on 21 September 2020 by Jane Doe')).toBe('Jane Doe');
    // "by" after no date is a sentence, not a byline.
    expect(bylinePart('A study by Jane Doe found more ferries')).toBeUndefined();
    const none = extract(`<html><body><article><h1>Von Sprachregeln und Gender-Politik</h1>${BODY}
      <aside>By Side Writer</aside><div class="comments"><p>By Comment Writer</p></div><div class="author-bio">By Bio Writer</div>
      <p>By the way, this sentence is far too long to be a byline because it goes on and on about the harbour and its ferries and more.</p></article></body></html>`);
    expect(names(none)).toEqual([]);
  });

  it('keeps hostile values out: markup, javascript: links, huge lines', () => {
    const markup = extract(`<html><body><article><h1>Harbour reopens</h1>${BODY}<p>By &lt;img src=x onerror=alert(1)&gt;</p></article></body></html>`);
    expect(names(markup)).toEqual([]);
    const js = extract(`<html><body><article><h1>Harbour reopens</h1>${BODY}<p>By <a href="javascript:alert(1)">Jane Doe</a></p></article></body></html>`);
    expect(names(js)).toEqual(['Jane Doe']);
    expect(js.authors[0]?.value.url).toBeUndefined();
    const huge = extract(`<html><body><article><h1>Harbour reopens</h1>${BODY}<p>By Jane ${'Doe'.repeat(200_000)}</p></article></body></html>`);
    expect(names(huge)).toEqual([]);
    // Many elements: the scan is bounded, and still answers.
    const many = extract(`<html><body><article><h1>Harbour reopens</h1>${'<span>x</span>'.repeat(20_000)}<p>By Jane Doe</p></article></body></html>`);
    expect(names(many)).toEqual([]);
  });
});

describe('one vocabulary of byline words', () => {
  it('knows every label and prefix in each reader: "Autorin:" after other fields, "Redakteur:" opening a line, "Story by"', () => {
    const labelled = extract(`<html><body><article><h1>Hafen wieder offen</h1>${BODY}<div class="info">Datum: 19.11.2021 Autorin: Maxi Muster</div></article></body></html>`);
    expect(names(labelled)).toEqual(['Maxi Muster']);
    expect(labelled.datePublished?.value).toBe('2021-11-19');
    const lead = extract(`<html><body><article><h1>Hafen wieder offen</h1>${BODY}<p>Redakteurin: Maxi Muster</p></article></body></html>`);
    expect(names(lead)).toEqual(['Maxi Muster']);
    const story = extract(`<html><body><article><h1>Harbour reopens</h1>${BODY}<p>Story by Jane Doe</p></article></body></html>`);
    expect(names(story)).toEqual(['Jane Doe']);
    expect(namesFromByline('Verfasserin: Maxi Muster')).toEqual(['Maxi Muster']);
    // Longest first: "Written by" is one prefix, not "Written" and a name "by Jane Doe".
    expect(namesFromByline('Text by Jane Doe')).toEqual(['Jane Doe']);
  });
});

describe('a byline line as the markup writes it', () => {
  it('reads a short line however deeply the markup indents it, and a label in an element of its own', () => {
    const pad = ' '.repeat(120);
    const indented = extract(
      `<html><body><article><h1>Harbour reopens</h1>${BODY}<div class="meta">\n${pad}<h5>Datum: </h5>03.11.2021\n${pad}<br>\n${pad}<h5>Autor: </h5>Jane Doe\n${pad}</div></article></body></html>`,
    );
    expect(names(indented)).toEqual(['Jane Doe']);
    expect(indented.datePublished?.value).toBe('2021-11-03');
    // "<strong>Text:</strong> Name" closing a long paragraph: the line after the label, up to its <br>.
    const closing = extract(
      `<html><body><article><h1>Harbour reopens</h1>${BODY}<p>${'The ferries run again. '.repeat(12)}<br><strong>Text:</strong> Klaus Weber<br><strong>Fotos:</strong> Ann Poe, Jo Roe</p></article></body></html>`,
    );
    expect(names(closing)).toEqual(['Klaus Weber']);
    // A label followed by a sentence is no byline; a label with nothing after it names nobody.
    const sentence = extract(
      `<html><body><article><h1>Harbour reopens</h1>${BODY}<p><b>Text:</b> the ferries run again from Monday, the harbour office said today in a statement</p></article></body></html>`,
    );
    expect(names(sentence)).toEqual([]);
    const empty = extract(`<html><body><article><h1>Harbour reopens</h1>${BODY}<p><b>Text:</b></p></article></body></html>`);
    expect(names(empty)).toEqual([]);
  });

  it('stays bounded on a label followed by a huge run of markup or white space', () => {
    const huge = extract(`<html><body><article><h1>Harbour reopens</h1>${BODY}<p><b>Autor:</b>${' '.repeat(500_000)}Jane Doe</p></article></body></html>`);
    expect(names(huge)).toEqual([]);
    const spans = extract(`<html><body><article><h1>Harbour reopens</h1>${BODY}<p><b>Autor:</b>${'<span> </span>'.repeat(5_000)}Jane Doe</p></article></body></html>`);
    expect(names(spans)).toEqual([]);
  });
});

describe('the day on a byline line', () => {
  it('takes the day written on the line or its small block when no source gives one', () => {
    const a = extract(`<html><body><article><h1>Hafen wieder offen</h1>${BODY}<p class="meta">Von Jane Doe am 07.08.2013 um 09:07 Uhr</p></article></body></html>`);
    expect(a.datePublished).toEqual({ value: '2013-08-07', source: 'page-text' });
    const b = extract(`<html><body><article><h1>Harbour reopens</h1>${BODY}<div><span>December 17, 2025</span> · <span>By Jane Doe</span></div></article></body></html>`);
    expect(b.datePublished?.value).toBe('2025-12-17');
    // A declared date wins; the line's day is only the last resort.
    const c = extract(`<html><head><meta property="article:published_time" content="2013-08-01T10:00:00+02:00"></head><body><article><h1>Hafen</h1>${BODY}
      <p>Von Jane Doe am 07.08.2013</p></article></body></html>`);
    expect(c.datePublished?.value.slice(0, 10)).toBe('2013-08-01');
    // A day in the future is no publication date.
    const d = extract(`<html><body><article><h1>Harbour reopens</h1>${BODY}<p>By Jane Doe, March 3, 2031</p></article></body></html>`);
    expect(d.datePublished).toBeUndefined();
  });
});

describe('names that are controls or labels', () => {
  it('tells names from controls', () => {
    for (const ok of ['Jane Doe', 'Ludwig van Beethoven', 'Ursula von der Leyen', 'Ask the Doctors', 'jane.doe', 'Marianne1', 'Jane Doe, MD']) expect(plausibleName(ok), ok).toBe(true);
    for (const bad of ['Articles by Jane', 'More from Jane Doe', 'View more posts', 'Mehr Artikel von Jane →', 'Bild © hr', 'deinen Hochzeitsbloggern', 'Is it?', '<b>Jane</b>', ''])
      expect(plausibleName(bad), bad).toBe(false);
  });

  it('asks the next source when the byline element names a control, and keeps a control only when nobody else is named', () => {
    const a = extract(`<html><head><meta name="author" content="Jane Doe"></head><body><article><h1>Harbour reopens</h1>
      <div class="author-name"><a href="/share">View more posts</a></div>${BODY}</article></body></html>`);
    expect(names(a)).toEqual(['Jane Doe']);
  });

  it('splits names joined by a capitalised "And"', () => {
    expect(namesFromByline('By Jane Doe And John Roe')).toEqual(['Jane Doe', 'John Roe']);
  });

  it('splits a prefix glued to the name by markup', () => {
    expect(cleanName('Written byJane Doe')).toBe('Jane Doe');
    expect(cleanName('vom Support Team')).toBe('Support Team');
    // A name that starts like a prefix stays whole.
    expect(cleanName('Vonda Shepard')).toBe('Vonda Shepard');
  });
});
