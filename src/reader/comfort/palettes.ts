/**
 * The themes' colours. Every text colour keeps a contrast of at least 4.5:1 (WCAG AA) against
 * its theme's background: tests/unit/reader/comfort/palettes.test.ts computes each pair, and the
 * end-to-end test measures the page's computed colours.
 */

export interface Palette {
  /** The page's background. */
  bg: string;
  /** Body text, headline, byline. */
  fg: string;
  /** Captions and other secondary text (figcaption, small print). */
  muted: string;
  link: string;
  visited: string;
  /** Borders and rules. */
  line: string;
  /** The reading-progress bar. */
  accent: string;
  scheme: 'light' | 'dark';
}

export type PaletteName = 'light' | 'sepia' | 'dark';

export const PALETTES: Readonly<Record<PaletteName, Palette>> = Object.freeze({
  light: { bg: '#ffffff', fg: '#1f1f1f', muted: '#545454', link: '#0b57d0', visited: '#6a1b9a', line: '#d0d0d0', accent: '#0b57d0', scheme: 'light' },
  sepia: { bg: '#f4ecd8', fg: '#3b2f20', muted: '#5c4a34', link: '#1c4f8c', visited: '#6b2d7a', line: '#d8c9a6', accent: '#8a5a1c', scheme: 'light' },
  dark: { bg: '#1b1c1e', fg: '#e4e4e4', muted: '#b4b4b4', link: '#8ab4f8', visited: '#d4a8f5', line: '#3c3f43', accent: '#8ab4f8', scheme: 'dark' },
});

/** The progress bar on a page in the site's own colours: a mid blue, seen on light and dark pages. */
export const SITE_ACCENT = '#1a73e8';

/** The text colours a reader reads against the background, by role, for the contrast checks. */
export const TEXT_ROLES = ['fg', 'muted', 'link', 'visited'] as const;
