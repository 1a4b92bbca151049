/**
 * The reader's words and limits, in one place (as Readability keeps its REGEXPS): the names that
 * say what a block is, the tag sets, the text measures and every numeric limit of the heuristics
 * that read and plan. Tuning a heuristic means opening this file; each entry says why it is so.
 *
 * Not here yet: the detector's signals and thresholds (src/page/detect), which another branch is
 * changing; they move here once it is merged. The attribution readers keep their own LIMITS table
 * (attribution/limits.ts), which bounds untrusted metadata rather than tuning a heuristic.
 */
import { once } from '../shared/once';

/** Class, id, role and label words that say what a block is. */
export const NAMES = {
  /** Page furniture, matched anywhere in the name (as Readability's "unlikely candidates"): only blocks Readability dropped are tested. */
  furniture:
    /share|sharing|social|related|recommend|promo|newsletter|subscri|sign-?up|regwall|paywall|advert|sponsor|comment|disqus|outbrain|taboola|trending|most-?(read|popular|shared|viewed)|recirc|sidebar|widget|breadcrumb|cookie|consent|gdpr|popup|modal|banner|navigation|navbar|menu|footer|supplemental|yom-remote|site-?index|skip-?link|toolbar|tag-?list|cat-?links|(entry|post)-?categor(y|ies)|topics|more-?(stories|from|on|in)|read-?(more|next|also)|up-?next|whats-?next|author-?bio|donat|contact|kontakt|disclosure|app-?(store|download|badge)|\bcta\b|(^|[\s_-])(ads?|ad-?slot|dfp|gpt|nav|tags|print|follow|bio|overlay)([\s_-]|$)/i,
  /** A teaser or breaker points elsewhere, but sites also call the standfirst a teaser: furniture only with a link. */
  teaser: /teaser|breaker|linktip/i,
  /** Blocks beside the article that Readability is known to take for it; narrower than `furniture` (no paywall names, which sites put on the article). */
  beside:
    /(^|[\s_-])(aside|secondary)([\s_-]|$)|sidebar|advertis|disclosure|comments?([\s_-]|$)|disqus|reviews|newsletter|modal|popup|dialog|cookie|consent|gdpr|author-?(bio|info|box|description|details)/i,
  /** Roles of blocks beside the article: a sidebar, the page's footer, a navigation, a dialog. */
  besideRole: /^(complementary|contentinfo|navigation|dialog|alertdialog)$/i,
  /** Author bios and hover cards: a reader expects the name under the headline, not the paragraph about the author. */
  bio: /(^|[-_\s])(bio|bios|biography|tooltip|popover|vita)([-_\s]|$)|author[-_]?(info|box|bio|desc|description|about|profile)|about[-_]?(the[-_]?)?author|autor(en)?[-_]?(info|box|bio)/i,
  /** An author block: a byline, or a bio box when it holds a paragraph of prose. */
  author: /author|autor/i,
  /** The standfirst under the headline, named so. */
  standfirst: /(^|[-_\s])(dek|standfirst|subtitle|subhead(line)?|summary|lede|lead|teaser|intro|excerpt|description|strapline)([-_\s]|$)/i,
  /** Grid and layout classes: blocks named only so are any part of any page, not of one kind. */
  layout:
    /^(row|rows|col|cols|column|columns|col-[\w-]+|container(-fluid)?|wrap|wrapper|inner|outer|grid[\w-]*|span\d+|(x?small|medium|large|xlarge)-\d+|clearfix|cf|section|block|box|content|main)$/i,
  /** A blog post's class signature (`hentry`, `type-post`, `post-123`): its taxonomy classes name its subject, not a part of the page. */
  postSignature: /(^|\s)(hentry|type-[\w-]+|post-\d+)(\s|$)/i,
  /** Taxonomy classes (`tag-social-media`, `category-newsletter`), left out of a post's name. */
  taxonomyClass: /(^|\s)(tag|category|post_tag|format)-[^\s]*/gi,
};

/** Selectors for the parts the plan looks for by markup. */
export const SELECTORS = {
  /** Bylines and datelines by rel, microdata, class, id and tag. */
  byline: /* @__PURE__ */ [
    '[rel~="author"]',
    '[itemprop~="author"]',
    '[class*="byline" i]',
    '[id*="byline" i]',
    '[class*="author" i]',
    '[class*="dateline" i]',
    '[class*="article-meta" i]',
    '[class*="post-meta" i]',
    'address',
    'time[datetime]',
  ].join(','),
  /** Comment sections, kept on the reader's request. */
  comments:
    '#comments, #disqus_thread, [id^="comments" i], [class~="comments" i], [class*="comment-list" i], [class*="comments-section" i], [class*="comments-area" i], section[aria-label*="comment" i]',
  /** Headline candidates. */
  headlines: 'h1, h2, [itemprop="headline"]',
  /** The article's pictures and players: a lead image, or what a reader who wants text alone hides. */
  images: 'figure, picture, img, video',
  /** Navigation and forms: nothing inside them is a byline or a standfirst. */
  navigation: 'nav, form, footer, [role="navigation"]',
  /** The page's header, footer and navigation: a comments block there is a link to them, not the section. */
  pageChrome: 'nav, header, footer, [role="navigation"]',
  /** The page's own article markup, most specific first. */
  pageArticle: ['[itemprop~="articleBody" i]', 'article'],
};

/** Tag sets (upper case where the code compares `tagName`, lower case where it compares `localName`). */
export const TAGS = {
  /** Never rendered, or not ours to touch: never hidden. */
  neverHide: /* @__PURE__ */ new Set(['HTML', 'HEAD', 'BODY', 'SCRIPT', 'STYLE', 'LINK', 'META', 'TEMPLATE', 'NOSCRIPT', 'TITLE', 'BASE']),
  /** Phrasing inside a kept block is part of its text even when Readability dropped it (it unlinks javascript: links): never hidden alone. */
  phrasing: /* @__PURE__ */ new Set([
    'A',
    'ABBR',
    'B',
    'BDI',
    'BDO',
    'BR',
    'CITE',
    'CODE',
    'DATA',
    'DFN',
    'EM',
    'FONT',
    'I',
    'KBD',
    'MARK',
    'Q',
    'S',
    'SAMP',
    'SMALL',
    'SPAN',
    'STRONG',
    'SUB',
    'SUP',
    'TIME',
    'U',
    'VAR',
    'WBR',
    'DEL',
    'INS',
    'LABEL',
  ]),
  /** A dropped block with one of these tags is page furniture, not prose. */
  furniture: /* @__PURE__ */ new Set(['NAV', 'FORM', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'FOOTER', 'DIALOG', 'IFRAME', 'FIELDSET', 'MENU', 'OBJECT', 'EMBED']),
  /** Furniture inside a visible dropped block: not embeds (iframe, object), which may be the article's media. */
  furnitureWithin: /* @__PURE__ */ new Set(['NAV', 'FORM', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'FOOTER', 'DIALOG', 'FIELDSET', 'MENU']),
  /** The article's own media and quotes: a dropped block with one of these tags is kept unless named furniture. */
  media: /* @__PURE__ */ new Set(['FIGURE', 'FIGCAPTION', 'PICTURE', 'IMG', 'VIDEO', 'AUDIO', 'TABLE', 'BLOCKQUOTE', 'PRE', 'MATH']),
  /** Pictures, players and tables: a block holding one is not judged on its text alone. */
  mediaElements: /* @__PURE__ */ new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'FIGURE', 'TABLE']),
  /** Code, never read: its text is not prose. */
  code: /* @__PURE__ */ new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']),
  /** Blocks whose paragraphs are not the article's, whatever their names (header prose). */
  notProse: /* @__PURE__ */ new Set(['aside', 'nav', 'form', 'footer', 'dialog', 'figure', 'blockquote', 'button', 'label', 'a']),
  /** Blocks beside the article: a sidebar, a footer, a navigation, a dialog. */
  beside: /* @__PURE__ */ new Set(['aside', 'footer', 'nav', 'dialog']),
  /** Parts of a table: a pick made of rows is a data table (names, results), not prose. */
  tableParts: /* @__PURE__ */ new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']),
  /** Wrappers Readability folds into their only child, number and all. */
  wrappers: /* @__PURE__ */ new Set(['div', 'section']),
  /** Blocks that can be a standfirst the page's description quotes. */
  standfirst: /* @__PURE__ */ new Set(['p', 'div', 'h2', 'h3', 'h4', 'span', 'section']),
};

/** Built on first use: the cleaner's page script plans on the page only when no plan came with the reading. */
const SENTENCE = /* @__PURE__ */ once(() => /^[^\n]*\p{L}[^\n]*[.!…]["'»«”“’)]?$/u);

/** Patterns on text. */
export const PATTERNS = {
  /** Tags of a parent whose text runs around its phrasing children: a link or a span dropped there is part of the sentence. */
  runningTextParent: /^(P|LI|H[1-6]|DD|DT|TD|TH|BLOCKQUOTE|FIGCAPTION|CAPTION|LABEL|SUMMARY)$/,
  /** A statement of a few words closed as a sentence is (a caption, a line between paragraphs): article text, however short. Not a question: a short block that asks one is a teaser's or a poll's title. */
  get sentence(): RegExp {
    return SENTENCE();
  },
};

/** Every numeric limit of the reading and the plan: characters are counted as each measure below says. */
export const LIMITS = {
  // Reading
  /** Pages with more elements than this are not parsed: cloning and parsing them could hang the tab. */
  maxElements: 60_000,
  /** Less visible article text than this is not an article worth cleaning for. */
  minArticleChars: 250,
  /** A container a modal marked hidden holds the page behind it: at least this share of the body's text… */
  minBackgroundShare: 0.25,
  /** …and at least this much text. */
  minBackgroundChars: 500,
  /** Containers marked hidden looked at, at most. */
  maxHiddenCandidates: 500,
  /** Depth below a kept block searched for numbered descendants; pages nest deeper only to hang us. */
  maxNumberDepth: 64,
  /** A reading this short whose text is mostly headings is only the article's header… */
  maxHeaderChars: 1000,
  /** …mostly: at least this share of it in headings. */
  minHeaderHeadingShare: 0.5,
  /** A second reading must keep at least this share of the first one's text to replace it. */
  minSecondShare: 0.15,
  /** At most this many blocks are set aside, one per reading (a cookie notice, then a comment form). */
  maxSetAside: 2,

  // Dropped blocks (hide plan)
  /** Prose: at least this much text (white space left out)… */
  proseChars: 50,
  /** …with links making up no more than this share of it. */
  maxProseLinkDensity: 0.4,
  /** A line or two (white space left out)… */
  shortBlockChars: 120,
  /** …of which links make up more than this share is a pointer elsewhere: Readability's own "a little linky" threshold. */
  maxShortBlockLinkDensity: 0.2,
  /** An aside holding media with less text than this is the article's (a figure with a caption), not furniture. */
  mediaAsideChars: 300,
  /** A closed statement of at least this many words is article text, however short (a caption, a riddle's answer). */
  minSentenceWords: 4,
  /** Levels of single-child wrappers looked through for a heading block (page builders wrap each heading). */
  headingWrapperDepth: 4,

  // Headline, byline, standfirst, lead image (article extras)
  /** Headline candidates looked at, at most. */
  maxHeadlineCandidates: 200,
  /** A heading shorter than this is a label, not the headline. */
  minHeadlineChars: 4,
  /** A heading the title contains must hold at least this share of it… */
  minHeadlineShare: 0.5,
  /** …and one containing the title may be at most this many times as long. */
  maxHeadlineRatio: 1.5,
  /** Byline candidates looked at, at most. */
  maxBylineCandidates: 40,
  /** Lead-image candidates looked at, at most. */
  maxImageCandidates: 20,
  /** An extra (byline, standfirst, heading group) longer than this is a block of its own, not a header part. */
  maxExtraChars: 600,
  /** An image narrower than this (px) is an icon, not a lead image… */
  minImageWidth: 100,
  /** …or lower than this. */
  minImageHeight: 60,
  /** A standfirst shorter than this is a label or a kicker, not the page's summary. */
  minStandfirstChars: 30,
  /** A block that quotes the page's whole description may be at most this many times as long as it. */
  maxStandfirstRatio: 2,
  /** Elements looked at between the headline and the article, at most. */
  maxHeaderZone: 400,
  /** A bio-named part shorter than this is a label ("Full bio"), not a bio. */
  minBioChars: 60,
  /** A byline is a name and a date: one holding a paragraph of this much prose is a bio box. */
  maxBylineProse: 120,
  /** Paragraphs of an author block looked at for prose, at most. */
  maxBylineParagraphs: 10,
  /** Elements inside the kept extras looked at for bio parts, at most. */
  maxBioScan: 400,
  /** An author box after the article (its author's name linked as in the byline, a paragraph about them): at most this much text. */
  maxAuthorBoxChars: 2000,
  /** Byline links looked at for the author's address, at most. */
  maxAuthorLinks: 20,

  // Rails of cards after the article (card-rails.ts)
  /** A kept paragraph of at least this much text is one of the article's… */
  minCardBodyParagraphChars: 80,
  /** …the body needs this many of them… */
  minBodyParagraphs: 3,
  /** …and its block is the nearest one (out from the parent with most of their text) holding this share of their text. */
  minBodyTextShare: 0.7,
  /** A rail has at least this many like items, at most that many… */
  minCards: 3,
  maxCards: 200,
  /** …this share of them alike, and this share of those cards. */
  minCardShare: 0.8,
  /** A card is short… */
  maxCardChars: 400,
  /** …and has a picture or this share of link text. */
  minCardLinkShare: 0.5,
  /** A rail's block holds at most this much text besides the rail (its heading, a "view all" link). */
  maxCardLabelChars: 80,
  /** Elements looked at for rails after the body, at most. */
  maxCardScan: 3000,

  // Prose between headline and body (header prose)
  /** A paragraph of this much text (white space left out) is prose, not a label or a kicker… */
  minHeaderProseChars: 80,
  /** …with links making up no more than this share of it. */
  maxHeaderProseLinkDensity: 0.3,
  /** Paragraphs kept between headline and body, at most. */
  maxHeaderParagraphs: 10,

  // The page's own article, and its continuations (page article)
  /** Readability's reading must hold at least this share of the page article's text to stand alone. */
  minPageArticleShare: 0.5,
  /** A page article with less text than this is a card or a stub, not the article. */
  minPageArticleChars: 500,
  /** Levels above the root whose like siblings may continue the article. */
  continuationLevels: 4,
  /** A run of more like siblings than this is a list (teasers, comments), not one article's parts. */
  maxContinuations: 20,
  /** A continuation holds at least this much prose (white space left out)… */
  minContinuationChars: 120,
  /** …no more than this share of it links. */
  maxContinuationLinkDensity: 0.3,

  // Declared parts (recipe, how-to, product)
  /** A block holds a declared list when it holds at least this share of its items… */
  minItemShare: 0.6,
  /** …and its text is at most this many times the items' text… */
  maxTextRatio: 2.5,
  /** …plus this much for headings and labels. */
  textAllowance: 300,
  /** A block around the list that adds only a heading is the list's, this many levels up at most. */
  maxHeadingLevels: 3,
  /** Items shorter than this (compacted) are too common to be found by their words ("salt"). */
  minItemChars: 4,
  /** Items of one declared list, at most. */
  maxItems: 100,
  /** Lists looked for at most (a recipe's ingredients and steps, and a second recipe's): structured data cannot make the search long. */
  maxLists: 4,
  /** Where one item is looked for at most this many times (a shopping-list widget repeats them). */
  maxPlaces: 3,
  /** JSON-LD scripts read, at most. */
  maxScripts: 20,
  /** JSON-LD entities and microdata items read, at most. */
  maxEntities: 50,
  /** Nesting of JSON-LD graphs followed, at most. */
  maxEntityDepth: 3,
  /** Nesting of how-to sections followed, at most. */
  maxStepDepth: 4,

  // Seeing the article (src/page/verify-article.ts), in letters and digits of Readability's text
  /** A reader must see this share of it once the page is cleaned ("nearly all"); less, and what hides the rest is shown again. */
  minSeenArticleShare: 0.9,
  /** Below this share after that (the page itself hides its text), the page is not reported clean: most of the article would be unseen. */
  minShownArticleShare: 0.5,

  // The reader's choices
  /** Comment-section candidates looked at, at most… */
  maxCommentCandidates: 20,
  /** …and sections kept, at most. */
  maxCommentSections: 3,
  /** Images hidden inside one kept block, at most. */
  maxImagesHidden: 500,
};

// Text measures. Each heuristic was tuned with one of these; they differ on purpose.

/** Text with white space collapsed, trimmed and lower-cased: for comparing a heading with a title. */
export function normalizeText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Characters a reader reads in `el`, white space left out, scripts and styles inside left out. */
export function readableLength(el: Element): number {
  let length = (el.textContent ?? '').replace(/\s+/g, '').length;
  for (const code of Array.from(el.querySelectorAll('script, style, noscript, template'))) {
    length -= (code.textContent ?? '').replace(/\s+/g, '').length;
  }
  return Math.max(0, length);
}

/** Characters of link text in `el`, white space left out. */
export function linkedLength(el: Element): number {
  let linked = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return linked;
}

/** Characters of `el`'s text with white space collapsed and trimmed: the page article's size. */
export function spacedLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/** Characters of `el`'s text, white space included, scripts and style sheets left out: a body's share. */
export function rawTextLength(el: Element): number {
  let length = (el.textContent ?? '').length;
  for (const code of Array.from(el.querySelectorAll('script, style'))) length -= (code.textContent ?? '').length;
  return length;
}

// Names of an element, as the name patterns above are matched against them.

/** Class and id. */
export function classAndId(el: Element): string {
  return `${typeof el.className === 'string' ? el.className : (el.getAttribute('class') ?? '')} ${el.id}`;
}

/** Class (a post's taxonomy classes left out), id, role and label: what furniture is named by. */
export function furnitureName(el: Element): string {
  let cls = typeof el.className === 'string' ? el.className : (el.getAttribute('class') ?? '');
  if (NAMES.postSignature.test(cls)) cls = cls.replace(NAMES.taxonomyClass, ' ');
  return `${cls} ${el.id} ${el.getAttribute('role') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
}

// Attribution (src/reader/attribution): the words the byline and date readers know, one list per
// kind of word. The readers build their patterns from these lists, so a language added here is
// known to every reader at once. Lower case; a phrase's words are separated by single spaces.

/** Words around a byline and its dates, in the languages the readers cover (en, de, fr, es, it, pt, nl, sv/no/da, pl). */
export const BYLINE_WORDS = {
  /** A prefix alone before the author's name: "By Jane Doe", "Von …", "Par …", "Por …", "Di …", "Door …", "Av …", "Przez …". */
  prefixes: ['by', 'von', 'vom', 'par', 'por', 'door', 'di', 'de', 'av', 'af', 'przez'],
  /** The prefixes that also follow a date on one line, in lower case: "21 September 2020 by Jane Doe". */
  afterDate: ['by', 'von', 'par', 'por', 'door', 'di', 'de'],
  /** Words before "by": "Written by", "Posted by", "Story by". */
  beforeBy: ['written', 'posted', 'published', 'reported', 'authored', 'text', 'story', 'words'],
  /** Phrases with a preposition of their own: "Verfasst von", "Escrito por". */
  phrases: ['verfasst von', 'geschrieben von', 'escrito por', 'scritto da'],
  /** Field labels before the name ("Autor: Jane Doe"), also after other fields on one line ("Datum: … Autor: …"). */
  labels: ['author', 'autor', 'autorin', 'autore', 'autores', 'auteur', 'text', 'texto', 'redakteur', 'redakteurin', 'verfasser', 'verfasserin'],
  /** Blocks whose byline lines are not the article's: asides, comments, bios, related posts and teasers of other posts. */
  notArticle: 'aside, header[role="banner"], form, [role="complementary"], [class*="comment" i], [id*="comment" i], [class*="related" i], [class*="bio" i], [class*="teaser" i]',
  /**
   * The same blocks but asides: an aside may be the article's own card of fields ("<h6>Author(s)</h6>
   * <ul><li>Jane Doe</li></ul>" beside "Date"), whose labelled author field names its authors.
   */
  notArticleField: 'header[role="banner"], form, [class*="comment" i], [id*="comment" i], [class*="related" i], [class*="bio" i], [class*="teaser" i]',
  /** A line or label that introduces someone who is not the author: reviewers, photographers, editors. */
  notAuthor: /review|fact.?check|photo|foto|illustrat|edited by|updated by|aktualisiert von|mis à jour par|actualizado por|editor|bild|image|geprüft|medizinisch/i,
  /** Words (and class-name parts) that say a date is the update, not the publication. */
  modified: /updat|modif|revis|aktualisiert|geändert|mis à jour|mise à jour|actualizad|atualizad|aggiornat|bijgewerkt|edited/i,
  /** Words that say a date is the publication, when a line names an update too. */
  published: /publ|veröff|erschienen|publié|publicad|pubblicat/i,
};

/** A list of words or phrases as one regular-expression alternation, longest first (so "written by" wins over "written"). */
export function wordAlternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

// ---------------------------------------------------------------------------------------------
// Only the article (issue 19, session 12): limits of the leak and lost-article mechanisms.
// ---------------------------------------------------------------------------------------------

export const LEAK = {
  /** Readability's new, unnumbered paragraphs traced back to the page's text-only divs, at most (read-article.ts)… */
  maxTracedParagraphs: 2000,
  /** …and the page's elements looked at for them, at most. */
  maxTraceCandidates: 50000,
  /** Dropped blocks left after the article's end (hide-plan.ts) longer than this in all may be the article's own last sections: left visible. */
  maxAfterEndChars: 1500,
  /** …and is looked for among this many siblings before it. */
  maxAfterEndSiblings: 3,
  /** Blocks of a would-be continuation looked at for a rail of cards (page-article.ts), at most. */
  maxContinuationCardScan: 2000,
  // Session 13: what follows the article's last paragraph.
  /** Elements after the article's last paragraph looked at for furniture (article-tail.ts), at most. */
  maxTailScan: 3000,
  // Session 15 (leak6): the box around a form inside the article (form-boxes.ts).
  /** Forms (and lone e-mail fields) in the root looked at, at most. */
  maxFormBoxes: 20,
  /** A form holding more text than this wraps content (a page built as one form), not a box. */
  maxFormChars: 600,
  /** The box around a form holds at most this much text besides the form: its heading and a line about it. */
  maxFormBoxChars: 300,
  /** Levels above a form looked at for its box, at most. */
  maxFormBoxDepth: 6,
  // Session 16 (leak7): text written straight into <body> beside the article (stray-text.ts).
  /** Child nodes of <body> looked at for stray text, at most. */
  maxStrayTextScan: 500,
  /** Links and buttons looked at in a block with a comment form for each comment's repeated "Reply" (hide-plan.ts), at most. */
  maxCommentControls: 400,
  // Session 17 (leak8): author bio boxes left visible inside the root (hide-plan.ts).
  /** Blocks of the root whose class or id may name a bio box looked at, at most. */
  maxBioCandidates: 500,
};

// ---------------------------------------------------------------------------------------------
// Attribution (issue 20, session 13, attr4): words of the source line that closes an article.
// ---------------------------------------------------------------------------------------------

/** Labels of the line that names an article's source at its end ("Quelle: kathpress"), in en, de, fr, es, it, pt, nl. */
export const SOURCE_LINE_WORDS: readonly string[] = ['source', 'sources', 'quelle', 'quellen', 'fuente', 'fonte', 'bron'];

/** Day names (and their usual short forms) in en, de, fr, es, it, pt, nl: a date's part, never an author ("Donnerstag, 4. November"). */
export const WEEKDAY_NAMES: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'sonntag',
  'sonnabend',
  'mo',
  'di',
  'mi',
  'do',
  'fr',
  'sa',
  'so',
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  'lunes',
  'martes',
  'miércoles',
  'miercoles',
  'jueves',
  'viernes',
  'sábado',
  'sabado',
  'domingo',
  'lunedì',
  'lunedi',
  'martedì',
  'martedi',
  'mercoledì',
  'mercoledi',
  'giovedì',
  'giovedi',
  'venerdì',
  'venerdi',
  'sabato',
  'domenica',
  'segunda-feira',
  'terça-feira',
  'quarta-feira',
  'quinta-feira',
  'sexta-feira',
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
  'zondag',
];

// ---------------------------------------------------------------------------------------------
// Attribution (issue 20, session 16, attr7): the words of a copyright line after its holder.
// ---------------------------------------------------------------------------------------------

/** "All rights reserved" and its kin in en, de, fr, es, it, pt, nl: where a copyright line's holder ends. */
export const RIGHTS_RESERVED: readonly string[] = [
  'all rights reserved',
  'alle rechte vorbehalten',
  'tous droits réservés',
  'todos los derechos reservados',
  'tutti i diritti riservati',
  'todos os direitos reservados',
  'alle rechten voorbehouden',
];

/**
 * A newsroom named for the author ("Redaktion", "Editorial Team", "Staff") in en, de, fr, es, it, pt,
 * nl: no person, even where structured data calls it one; the popup marks it an organisation and
 * prefers a person or the source the article names ("(FR mit dpa)").
 */
export const NEWSROOM_NAMES: readonly string[] = [
  'redaktion',
  'die redaktion',
  'online-redaktion',
  'onlineredaktion',
  'staff',
  'editorial team',
  'editorial staff',
  'the editors',
  'newsroom',
  'newsdesk',
  'news desk',
  'la rédaction',
  'rédaction',
  'redacción',
  'redazione',
  'la redazione',
  'redação',
  'redactie',
  'de redactie',
];

/** Legal forms that end a company's name (en, de, fr, es, it, pt, nl, nordic): a holder with one is an organisation. */
export const LEGAL_FORMS: readonly string[] = [
  'ag',
  'gmbh',
  'kg',
  'se',
  'e.v.',
  'ev',
  'inc',
  'inc.',
  'llc',
  'ltd',
  'ltd.',
  'plc',
  'corp',
  'corp.',
  'co.',
  'sa',
  's.a.',
  'sas',
  'sarl',
  's.l.',
  'spa',
  's.p.a.',
  'srl',
  'bv',
  'b.v.',
  'nv',
  'n.v.',
  'ab',
  'as',
  'oy',
  'pty',
  'limited',
  'gbr',
  'ug',
];
