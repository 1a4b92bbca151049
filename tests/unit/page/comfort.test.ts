import { describe, expect, it } from 'vitest';
import { DEFAULT_COMFORT } from '../../../src/shared/comfort';
import { PageCleaner } from '../helpers/cleaner-in-place';
import { loadFixture } from '../helpers/page-fixture';

const choices = { size: 150, lineHeight: '1.8', measure: 'narrow', font: 'serif', theme: 'dark' } as const;

/** Every attribute of every element, and the element count: the page as a snapshot. */
function snapshot(doc: Document): string {
  return Array.from(doc.getElementsByTagName('*'), (el) => `${el.localName}[${Array.from(el.attributes, (a) => `${a.name}=${a.value}`).join(',')}]`).join('\n');
}

describe('reading comfort on the cleaned page', () => {
  it('adds nothing but the progress bar and the target marks with the default choices', async () => {
    const doc = loadFixture('news-article.html');
    await new PageCleaner(doc).clean('toolbar', undefined, undefined, undefined, { ...DEFAULT_COMFORT });
    const html = doc.documentElement;
    expect(Array.from(html.attributes, (a) => a.name).filter((n) => n.startsWith('data-qr-'))).toEqual([]);
    expect(doc.querySelectorAll('[data-quiet-reader-progress]')).toHaveLength(1);
    expect(doc.querySelector('[data-quiet-reader-comfort="root"]')).not.toBeNull();
  });

  it('sets the choices on <html>, changes them live, and restore leaves the page exactly as it was', async () => {
    const doc = loadFixture('news-article.html');
    const before = snapshot(doc);
    const cleaner = new PageCleaner(doc);
    expect((await cleaner.clean('auto', undefined, undefined, undefined, choices)).status).toBe('clean');
    const html = doc.documentElement;
    expect(html.getAttribute('data-qr-size')).toBe('150');
    expect(html.getAttribute('data-qr-leading')).toBe('1.8');
    expect(html.getAttribute('data-qr-measure')).toBe('narrow');
    expect(html.getAttribute('data-qr-font')).toBe('serif');
    expect(html.getAttribute('data-qr-theme')).toBe('dark');
    const bar = doc.querySelector('[data-quiet-reader-progress]');
    expect(bar?.parentElement).toBe(html);
    expect(bar?.getAttribute('aria-hidden')).toBe('true');
    // The root holds the article's paragraphs.
    expect(doc.querySelector('[data-quiet-reader-comfort="root"] #p1')).not.toBeNull();

    cleaner.setComfort({ ...choices, theme: 'sepia', size: 100 });
    expect(html.getAttribute('data-qr-theme')).toBe('sepia');
    expect(html.hasAttribute('data-qr-size')).toBe(false);

    cleaner.restore();
    expect(snapshot(doc)).toBe(before);
    expect(doc.querySelector('[data-quiet-reader-progress]')).toBeNull();
  });

  it('keeps the choices for the next cleanup, and answers the reading time when asked', async () => {
    const doc = loadFixture('news-article.html');
    const cleaner = new PageCleaner(doc);
    cleaner.setComfort(choices); // not clean yet: nothing on the page
    expect(doc.documentElement.hasAttribute('data-qr-theme')).toBe(false);
    const state = await cleaner.clean('toolbar');
    expect(state.reading).toBeUndefined();
    expect(doc.documentElement.getAttribute('data-qr-theme')).toBe('dark');
    const reading = cleaner.state(true).reading;
    // The seed page's article: a few hundred words, the hidden menus and footer not counted.
    expect(reading?.words).toBeGreaterThan(150);
    expect(reading?.words).toBeLessThan(600);
    expect(reading?.cjkChars).toBe(0);
    expect(reading?.minutes).toBeGreaterThanOrEqual(1);
    const all = (doc.body.textContent ?? '').split(/\s+/).filter(Boolean).length;
    expect(reading?.words).toBeLessThan(all);
  });
});
