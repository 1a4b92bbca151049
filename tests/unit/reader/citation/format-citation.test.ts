import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../../../src/reader/attribution/model';
import { formatCitation, formatCredit } from '../../../../src/reader/citation/format-citation';
import { escapeBibtex } from '../../../../src/reader/citation/bibtex';
import { splitName, initials } from '../../../../src/reader/citation/person-name';

const ACCESSED = new Date(2026, 10, 25, 12, 0, 0);

function attribution(over: Partial<Attribution> = {}): Attribution {
  return {
    pageUrl: 'https://www.econotimes.example/x',
    headline: { value: 'Belarus Seeks to Ease Isolation with Renewed Diplomatic Outreach to Europe', source: 'json-ld' },
    siteName: { value: 'EconoTimes', source: 'open-graph' },
    authors: [{ value: { name: 'Rajendra Lamichhane', kind: 'person' }, source: 'json-ld' }],
    // Late evening in the page's zone: the citation keeps the page's day, not UTC's.
    datePublished: { value: '2025-10-20T23:15:00-05:00', source: 'json-ld' },
    canonicalUrl: { value: 'https://www.econotimes.example/Belarus-1720000', source: 'document' },
    credits: [],
    ...over,
  };
}

describe('formatCitation', () => {
  it('APA', () => {
    expect(formatCitation(attribution(), 'apa', ACCESSED)).toBe(
      'Lamichhane, R. (2025, October 20). Belarus Seeks to Ease Isolation with Renewed Diplomatic Outreach to Europe. EconoTimes. https://www.econotimes.example/Belarus-1720000',
    );
  });

  it('MLA', () => {
    expect(formatCitation(attribution(), 'mla', ACCESSED)).toBe(
      'Lamichhane, Rajendra. “Belarus Seeks to Ease Isolation with Renewed Diplomatic Outreach to Europe.” EconoTimes, 20 Oct. 2025, www.econotimes.example/Belarus-1720000.',
    );
  });

  it('Chicago', () => {
    expect(formatCitation(attribution(), 'chicago', ACCESSED)).toBe(
      'Lamichhane, Rajendra. “Belarus Seeks to Ease Isolation with Renewed Diplomatic Outreach to Europe.” EconoTimes, October 20, 2025. https://www.econotimes.example/Belarus-1720000.',
    );
  });

  it('BibTeX', () => {
    expect(formatCitation(attribution(), 'bibtex', ACCESSED)).toBe(
      [
        '@online{lamichhane2025belarus,',
        '  author = {Lamichhane, Rajendra},',
        '  title = {{Belarus Seeks to Ease Isolation with Renewed Diplomatic Outreach to Europe}},',
        '  date = {2025-10-20},',
        '  year = {2025},',
        '  month = {10},',
        '  organization = {EconoTimes},',
        '  url = {https://www.econotimes.example/Belarus-1720000},',
        '  urldate = {2026-11-25}',
        '}',
      ].join('\n'),
    );
  });

  it('several authors, organisations, no date', () => {
    const a = attribution({
      authors: [
        { value: { name: 'Jane Mary Doe' }, source: 'json-ld' },
        { value: { name: 'John Roe' }, source: 'json-ld' },
        { value: { name: 'Reuters', kind: 'organization' }, source: 'json-ld' },
      ],
      datePublished: undefined,
    });
    expect(formatCitation(a, 'apa', ACCESSED)).toMatch(/^Doe, J\. M\., Roe, J\., & Reuters\. \(n\.d\.\)\. /);
    expect(formatCitation(a, 'mla', ACCESSED)).toMatch(/^Doe, Jane Mary, et al\. “.*” EconoTimes, www\.econotimes\.example\/Belarus-1720000\. Accessed 25 Nov\. 2026\.$/);
    expect(formatCitation(a, 'chicago', ACCESSED)).toMatch(/^Doe, Jane Mary, John Roe, and Reuters\. “.*” EconoTimes\. Accessed November 25, 2026\. https:/);
    expect(formatCitation(a, 'bibtex', ACCESSED)).toContain('author = {Doe, Jane Mary and Roe, John and {Reuters}}');
  });

  it('no author: APA starts with the title', () => {
    expect(formatCitation(attribution({ authors: [] }), 'apa', ACCESSED)).toMatch(/^Belarus Seeks .* Europe\. \(2025, October 20\)\. EconoTimes\. https:/);
  });

  it('keeps a title that ends in a question mark as it is', () => {
    const a = attribution({ headline: { value: 'Why now?', source: 'json-ld' } });
    expect(formatCitation(a, 'apa', ACCESSED)).toContain('Why now? EconoTimes.');
    expect(formatCitation(a, 'mla', ACCESSED)).toContain('“Why now?”');
  });

  it('BibTeX escapes what a page could use to inject LaTeX or end the entry', () => {
    const a = attribution({ headline: { value: 'Evil} \\input{/etc/passwd} 100% & $x$ #1 a_b ~ ^', source: 'json-ld' } });
    const out = formatCitation(a, 'bibtex', ACCESSED);
    expect(out).toContain('title = {{Evil\\} \\textbackslash{}input\\{/etc/passwd\\} 100\\% \\& \\$x\\$ \\#1 a\\_b \\textasciitilde{} \\textasciicircum{}}}');
    expect(escapeBibtex('}')).toBe('\\}');
  });
});

describe('names', () => {
  it('splits given and family names, with particles and inverted forms', () => {
    expect(splitName('Ludwig van Beethoven')).toEqual({ family: 'van Beethoven', given: ['Ludwig'] });
    expect(splitName('Doe, Jane')).toEqual({ family: 'Doe', given: ['Jane'] });
    expect(splitName('Madonna')).toBeUndefined();
    expect(splitName('European Central Bank', true)).toBeUndefined();
    expect(initials(['Jean-Paul', 'Marie'])).toBe('J.-P. M.');
  });
});

describe('formatCredit', () => {
  it('the seed credit', () => {
    expect(
      formatCredit({
        text: 'Source: UNCTAD, CC BY-SA 2.0, via Wikimedia Commons',
        kind: 'Source',
        who: 'UNCTAD',
        license: { name: 'CC BY-SA 2.0', url: 'https://creativecommons.org/licenses/by-sa/2.0/' },
        via: 'Wikimedia Commons',
        source: 'caption',
      }),
    ).toBe('Source: UNCTAD, CC BY-SA 2.0 (https://creativecommons.org/licenses/by-sa/2.0/), via Wikimedia Commons');
  });

  it('falls back to the text as found', () => {
    expect(formatCredit({ text: 'Some credit', source: 'caption' })).toBe('Some credit');
  });
});
