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

export class ChangeLog {
  private readonly changes: AttributeChange[] = [];

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

  /** Undoes every change, newest first. */
  undoAll(): void {
    for (let i = this.changes.length - 1; i >= 0; i--) {
      const { element, name, before } = this.changes[i] as AttributeChange;
      if (before === null) element.removeAttribute(name);
      else element.setAttribute(name, before);
    }
    this.changes.length = 0;
  }
}
