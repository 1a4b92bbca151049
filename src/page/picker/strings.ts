/** Every English string the picker shows in the page, together (for the move to _locales). */
export const STRINGS = {
  hideHint: 'Click: hide · ↑ ↓ or wheel: bigger / smaller · Esc: done',
  articleHint: 'Click: this is the article · ↑ ↓ or wheel: bigger / smaller · Esc: cancel',
  peekHint: 'Click a faded block to bring it back · Esc: done',
  peekNone: 'Nothing is hidden on this page · Esc: done',
  holdsArticle: 'This holds the article, so it cannot be hidden: choose something smaller',
  hidden: 'Hidden, and remembered for this site',
  hiddenHere: 'Hidden on this page (nothing stable to remember it by on other pages)',
  shown: 'Brought back, and remembered for this site',
  shownHere: 'Brought back on this page',
} as const;
