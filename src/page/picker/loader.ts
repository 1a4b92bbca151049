/**
 * The picker lives in its own script, picker.js (the picker, its overlay, the corrections it makes
 * and the selector it generalizes: about 10 KB minified), which the background injects only when
 * the reader first asks for it in a page: every cleanup would otherwise compile it for nothing
 * (each KB of content.js cost about 0.1 ms per cleanup). This module is the contract between the
 * two scripts; it imports no picker code itself.
 */
import type { PickMode } from '../../shared/protocol';
import type { ChangeLog } from '../change-log';
import type { RuleKind } from '../../shared/protocol';

export type Report = (correction: { kind: RuleKind; selector: string; preview: string }) => Promise<boolean>;

/** What the corrections need of the cleaner. */
export interface CorrectionsHost {
  log(): ChangeLog;
  /** What the cleanup keeps (the article root first): never hidden. */
  keepNodes(): readonly Element[];
  /** Cleans again with `root` as the article. */
  cleanFrom(root: Element): void;
  report: Report;
}

/** The reader's corrections on one page, as the cleaner drives them. */
export interface PageCorrections {
  start(mode: PickMode): void;
  stop(): void;
  /** The blocks the reader hid on this page, still in it. */
  hiddenByReader(): Element[];
  /** Whether the reader brought `el` back (the keeper must not hide it again). */
  shownByReader(el: Element): boolean;
}

export type MakeCorrections = (doc: Document, host: CorrectionsHost) => PageCorrections;

/** Where picker.js puts its factory: the content scripts' own world, which the page cannot see. */
export const PICKER_KEY = '__quietReaderPicker';

export function loadedPicker(): MakeCorrections | undefined {
  return (globalThis as unknown as Record<string, MakeCorrections | undefined>)[PICKER_KEY];
}
