/**
 * A record of every change the cleaner makes to the live page, so restore can undo them in
 * reverse order and leave the page exactly as it was.
 */

interface AttributeChange {
  element: Element;
  name: string;
  /** The value before our change; null when the attribute was absent. */
  before: string | null;
}

/** An element of ours put into the page (the picker's host): undone by taking it out. */
interface Insertion {
  inserted: Element;
}

/** A text node of the page put into an element of ours: undone by putting it back in the wrapper's place. */
interface Wrapping {
  text: Text;
  wrapper: Element;
}

export class ChangeLog {
  private readonly changes: Array<AttributeChange | Insertion | Wrapping> = [];

  get size(): number {
    return this.changes.length;
  }

  /** Sets an attribute, remembering the previous value. */
  set(element: Element, name: string, value: string): void {
    const before = element.getAttribute(name);
    if (before === value) return;
    this.changes.push({ element, name, before });
    element.setAttribute(name, value);
  }

  /** Removes an attribute, remembering the previous value. */
  remove(element: Element, name: string): void {
    if (!element.hasAttribute(name)) return;
    this.changes.push({ element, name, before: element.getAttribute(name) });
    element.removeAttribute(name);
  }

  /** Appends an element of ours to `parent`; undone (or taken out earlier by its owner) by removing it. */
  append(parent: Element, inserted: Element): void {
    this.changes.push({ inserted });
    parent.append(inserted);
  }

  /** Puts `text` into `wrapper` (an element of ours), in the text's place. */
  wrap(text: Text, wrapper: Element): void {
    const parent = text.parentNode;
    if (!parent) return;
    this.changes.push({ text, wrapper });
    parent.replaceChild(wrapper, text);
    wrapper.append(text);
  }

  /** Undoes every change, newest first. */
  undoAll(): void {
    for (let i = this.changes.length - 1; i >= 0; i--) {
      const change = this.changes[i] as AttributeChange | Insertion | Wrapping;
      if ('inserted' in change) {
        change.inserted.remove();
        continue;
      }
      if ('wrapper' in change) {
        // The text back where the wrapper stands; a wrapper the page moved or emptied just goes.
        const { text, wrapper } = change;
        if (text.parentNode === wrapper && wrapper.parentNode) wrapper.parentNode.replaceChild(text, wrapper);
        else wrapper.remove();
        continue;
      }
      const { element, name, before } = change;
      if (before === null) element.removeAttribute(name);
      else element.setAttribute(name, before);
    }
    this.changes.length = 0;
  }
}
