/**
 * A value made on first use and kept. For what is costly to make and not always needed: a regular
 * expression with Unicode property classes (`\p{L}`, `\p{Script=Han}`) takes V8 0.1 to 0.4 ms to
 * build, and a bundle's top level runs on every page it is injected into.
 */
export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}
