import { describe, expect, it } from 'vitest';
import { once } from '../../../src/shared/once';

describe('once', () => {
  it('makes the value on first use only, and keeps it', () => {
    let made = 0;
    const value = once(() => {
      made++;
      return { n: made };
    });
    expect(made).toBe(0);
    const first = value();
    expect(value()).toBe(first);
    expect(made).toBe(1);
  });

  it('keeps a value that is undefined without making it again', () => {
    let made = 0;
    const value = once(() => {
      made++;
      return undefined;
    });
    value();
    value();
    expect(made).toBe(1);
  });
});
