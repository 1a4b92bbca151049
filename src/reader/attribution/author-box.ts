/**
 * The author box after an article ("<div class="author-bio"><h3>Jane Doe</h3><p>Jane writes about
 * …</p></div>"), for a page whose header, byline lines and signature name nobody: the box's first
 * heading or emphasised line that is a name and nothing else. Structure decides: the box is named
 * as an author's bio or box (the plan's `NAMES.bio`), it is no comment, card or control, and the
 * name is two to four words, each with a capital (signatureName). A heading that labels the box
 * ("About the author", "Über den Autor") holds a byline label word and is passed over.
 */
import { inChrome, lineText, some } from './dom-utils';
import { placedAside } from './name-placement';
import { signatureName } from './signature';
import { BYLINE_WORDS, NAMES, wordAlternation } from '../vocabulary';

/** Elements named for an author looked at, at most. */
const MAX_BOXES = 60;
/** Headings and emphasised lines looked at per box, at most. */
const MAX_LINES = 6;
/** Where an author box is another's: comments (a commenter's card), related posts and teasers, forms. */
const NOT_BOX = '[class*="comment" i], [id*="comment" i], [class*="related" i], [class*="teaser" i], form';
/** A label of the box, in the languages of the byline labels ("About the author", "Über den Autor"). */
const LABEL = new RegExp(`(?:^|[^\\p{L}])(?:${wordAlternation(BYLINE_WORDS.labels)})`, 'iu');

/** The name an author box gives, or undefined. */
export function readAuthorBox(doc: Document, headline?: Element): string | undefined {
  for (const box of some(doc, '[class*="author" i], [id*="author" i], [class*="autor" i]', MAX_BOXES)) {
    const hint = `${box.getAttribute('class') ?? ''} ${box.id}`;
    if (!NAMES.bio.test(hint) || inChrome(box) || box.closest(NOT_BOX) || placedAside(box, headline)) continue;
    if (headline && (box.contains(headline) || headline.contains(box))) continue;
    for (const line of some(box, 'h2, h3, h4, h5, h6, strong, b, [class*="name" i]', MAX_LINES)) {
      const text = lineText(line, 80);
      if (!text || LABEL.test(text)) continue;
      const name = signatureName(text);
      if (name) return name;
    }
    return undefined;
  }
  return undefined;
}
