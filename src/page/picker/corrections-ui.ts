/**
 * The reader's corrections on one page: starts the picker in a mode, does what the reader chose
 * through the cleaner's change log (so restore undoes it exactly), and reports each correction
 * to the background as a selector that holds on the site's other pages (the background stores
 * it as a rule for the page's site, which it takes from the browser, not from us).
 */
import { generalizeSelector } from '../../reader/rules/selector';
import { t } from '../../shared/i18n';
import type { PickMode, RuleKind } from '../../shared/protocol';
import { canBeArticle, holdsKept, previewText } from '../corrections';
import { HIDE_ATTR, PEEK_ATTR } from '../markers';
import type { CorrectionsHost, PageCorrections } from './loader';
import { type Outcome, Picker } from './picker';

export class Corrections implements PageCorrections {
  private picker: Picker | undefined;
  private hidden: Element[] = [];
  private shown = new WeakSet<Element>();

  constructor(
    private readonly doc: Document,
    private readonly host: CorrectionsHost,
  ) {}

  get picking(): boolean {
    return this.picker?.running === true;
  }

  /** Starts the picker in `mode` (a picker already running leaves first). */
  start(mode: PickMode): void {
    this.picker?.leave();
    const log = this.host.log();
    const html = this.doc.documentElement;
    if (mode === 'show-hidden') {
      log.set(html, PEEK_ATTR, '');
      const any = this.doc.querySelector(`[${HIDE_ATTR}]`) !== null;
      this.picker = new Picker(this.doc, log, 'peek', any ? t('picker_peek_hint') : t('picker_peek_none'), {
        choose: (el) => this.bringBack(el),
        left: () => {
          if (html.hasAttribute(PEEK_ATTR)) log.remove(html, PEEK_ATTR);
        },
      });
    } else {
      // The article may be what the cleanup hid: while choosing it, hidden blocks are shown faded.
      if (mode === 'article') log.set(html, PEEK_ATTR, '');
      this.picker = new Picker(this.doc, log, 'choose', mode === 'hide' ? t('picker_hide_hint') : t('picker_article_hint'), {
        choose: (el) => (mode === 'hide' ? this.hide(el) : this.article(el)),
        left: () => {
          if (html.hasAttribute(PEEK_ATTR)) log.remove(html, PEEK_ATTR);
        },
      });
    }
    this.picker.start();
  }

  /** Leaves the picker and forgets this page's corrections (the page is being restored). */
  stop(): void {
    this.picker?.leave();
    this.picker = undefined;
    this.hidden = [];
    this.shown = new WeakSet();
  }

  /** Blocks the reader hid on this page, still in it. */
  hiddenByReader(): Element[] {
    return this.hidden.filter((el) => el.isConnected);
  }

  /** Whether the reader brought `el` back (the keeper must not hide it again). */
  shownByReader(el: Element): boolean {
    return this.shown.has(el);
  }

  private report(kind: RuleKind, el: Element): boolean {
    const selector = generalizeSelector(el, this.doc);
    if (!selector) return false;
    void this.host.report({ kind, selector, preview: previewText(el) }).catch(() => false);
    return true;
  }

  private hide(el: Element): Outcome {
    if (holdsKept(el, this.host.keepNodes()) || el === this.doc.body) return { message: t('picker_holds_article'), leave: false };
    // The selector is made while the element is as the page made it.
    const remembered = this.report('hide', el);
    this.host.log().set(el, HIDE_ATTR, '');
    this.hidden.push(el);
    return { message: remembered ? t('picker_hidden') : t('picker_hidden_here'), leave: false };
  }

  private article(el: Element): Outcome {
    if (!canBeArticle(el)) return { message: t('picker_article_hint'), leave: false };
    this.report('article', el);
    this.host.cleanFrom(el);
    return { message: '', leave: true };
  }

  private bringBack(el: Element): Outcome {
    this.shown.add(el);
    this.hidden = this.hidden.filter((x) => x !== el);
    this.host.log().remove(el, HIDE_ATTR);
    const remembered = this.report('show', el);
    return { message: remembered ? t('picker_shown') : t('picker_shown_here'), leave: false };
  }
}
