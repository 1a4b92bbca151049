/**
 * Issue 20, session 16: headline classes measured on the dev corpora, each on fixtures written for
 * this project (hostile values included) — a tagline a pipe sets beside the visible headline, a
 * section heading under the page's only <h1> that agrees with a reworded title, and a page whose
 * only declared title is the site's name, headed by the heading its prose starts with.
 */
import { describe, expect, it } from 'vitest';
import { BODY, extract } from '../../helpers/attribution-fixture';
import { hostLabel, namesHost, withoutTagline } from '../../../../src/reader/attribution/headline';

const headline = (html: string, url?: string) => extract(html, url).headline?.value;

describe('a tagline a pipe sets beside the headline', () => {
  it('keeps the longest part of a piped heading', () => {
    expect(withoutTagline('Best Harbour Ferries in 2026 | Top 19 Crossings')).toBe('Best Harbour Ferries in 2026');
    expect(withoutTagline('How the harbour was rebuilt | Opinion')).toBe('How the harbour was rebuilt');
    expect(withoutTagline('Opinion | How the harbour was rebuilt')).toBe('How the harbour was rebuilt');
  });

  it('leaves dashes, colons and headings without a pipe alone', () => {
    expect(withoutTagline('Harbour reopens — what it means')).toBe('Harbour reopens — what it means');
    expect(withoutTagline('Kassel: what happened')).toBe('Kassel: what happened');
    // A one-word part is no headline on its own: the heading stands whole.
    expect(withoutTagline('Ferries | Tide')).toBe('Ferries | Tide');
    expect(withoutTagline('|||')).toBe('|||');
  });

  it('shows the visible <h1> without its piped tagline', () => {
    const page = `<html><head><title>Best Harbour Ferries in 2026 | Top 19 Crossings | Daily Tide</title></head><body>
      <article><h1>Best Harbour Ferries in 2026 | Top 19 Crossings</h1>${BODY}</article></body></html>`;
    expect(headline(page)).toBe('Best Harbour Ferries in 2026');
  });
});

describe('a section heading under the page’s only <h1>', () => {
  it('keeps the <h1> when a lower heading after it agrees better with a reworded title', () => {
    const page = `<html><head><title>7 Key Harbour Repair Methods | Daily Tide</title></head><body>
      <article><h1>Harbour Repair Methods Compared with Pros and Cons</h1>${BODY}
      <h2>Key Harbour Repair Methods</h2>${BODY}</article></body></html>`;
    expect(headline(page)).toBe('Harbour Repair Methods Compared with Pros and Cons');
  });

  it('still takes a lower heading when the <h1> is the site’s name', () => {
    const page = `<html><head><title>Harbour reopens after the storm | Playful Tides</title></head><body>
      <header><h1 class="logo">Playful Tides</h1></header>
      <article><h2>Harbour reopens after the storm</h2>${BODY}</article></body></html>`;
    expect(headline(page, 'https://playfultides.example/harbour')).toBe('Harbour reopens after the storm');
  });
});

describe('a page whose only declared title is the site’s name', () => {
  it('reads the site’s label from the address', () => {
    expect(hostLabel('https://www.harbourrail.co.uk/service/1.aspx')).toBe('harbourrail');
    expect(hostLabel('https://dts.de/news?id=4')).toBe('dts');
    expect(hostLabel('https://web.archive.org/web/20070228213001/http://www.dailytide.fr/x')).toBe('dailytide');
    expect(hostLabel('https://localhost/x')).toBeUndefined();
    expect(hostLabel('not a url')).toBeUndefined();
  });

  it('finds the label spelled at the title’s start or end, joined or by initials', () => {
    expect(namesHost('Harbour Rail Enquiries', 'harbourrail')).toBe(true);
    expect(namesHost('Deutscher Tide-Verband e.V.', 'dtv')).toBe(true);
    expect(namesHost('News | Harbour Rail', 'harbourrail')).toBe(true);
    // In the middle of a headline the name is what the story is about, not the site's name.
    expect(namesHost('Why Harbour Rail cut its timetable again', 'harbourrail')).toBe(false);
    expect(namesHost('Harbour reopens', 'harbourrail')).toBe(false);
    expect(namesHost('', 'harbourrail')).toBe(false);
  });

  it('shows the heading the prose starts with', () => {
    const page = `<html><head><title>Harbour Rail Enquiries -</title></head><body>
      <nav><h2>Menu</h2></nav>
      <div id="main"><h2>Replacement Buses Travel Advice</h2>${BODY}<h2>General Information</h2>${BODY}</div></body></html>`;
    expect(headline(page, 'https://www.harbourrail.co.uk/service_disruptions/1.aspx')).toBe('Replacement Buses Travel Advice');
  });

  it('keeps a declared title that names the site only in its middle', () => {
    const page = `<html><head><title>Why Harbour Rail cut its timetable again</title></head><body>
      <div id="main"><h4>In short</h4>${BODY}</div></body></html>`;
    expect(headline(page, 'https://www.harbourrail.co.uk/news/1')).toBe('Why Harbour Rail cut its timetable again');
  });

  it('never shows a leading heading that is markup or names the site itself', () => {
    const markup = `<html><head><title>Harbour Rail</title></head><body>
      <div><h3>&lt;img src=x onerror=alert(1)&gt;</h3>${BODY}</div></body></html>`;
    expect(headline(markup, 'https://harbourrail.example/x')).toBe('Harbour Rail');
    const named = `<html><head><title>Harbour Rail</title></head><body>
      <div><h4>Harbour Rail Ltd</h4>${BODY}</div></body></html>`;
    expect(headline(named, 'https://harbourrail.example/x')).toBe('Harbour Rail');
  });
});

describe('a pipe before a longer part', () => {
  it('keeps the whole heading when no part is a tagline of a few words', () => {
    expect(withoutTagline('Change the Font Size of a Harbour Chart (5 Examples) | Axis Text, Main Title & Legend')).toBe(
      'Change the Font Size of a Harbour Chart (5 Examples) | Axis Text, Main Title & Legend',
    );
  });
});
