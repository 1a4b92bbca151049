/** Splits a display name into family and given names for citation styles. */

export interface NameParts {
  family: string;
  given: string[];
}

/** Lower-case particles that belong to the family name: "Ludwig van Beethoven" -> "van Beethoven". */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'ten', 'ter', 'zu', 'bin', 'al']);
const SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv)$/i;

/** undefined when the name cannot be split (one word, organisations): cite it as written. */
export function splitName(name: string, organization = false): NameParts | undefined {
  if (organization) return undefined;
  const trimmed = name.trim();
  if (trimmed.includes(',')) {
    const [family, ...rest] = trimmed.split(',');
    const given = rest
      .join(' ')
      .trim()
      .split(/\s+/)
      .filter((w) => w && !SUFFIX.test(w));
    return family?.trim() && given.length > 0 ? { family: family.trim(), given } : undefined;
  }
  const words = trimmed.split(/\s+/).filter((w) => !SUFFIX.test(w));
  if (words.length < 2) return undefined;
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1] as string)) start--;
  return { family: words.slice(start).join(' '), given: words.slice(0, start) };
}

/** "Jane Mary" -> "J. M."; hyphenated "Jean-Paul" -> "J.-P." */
export function initials(given: string[]): string {
  return given
    .map((g) =>
      g
        .split('-')
        .map((part) => {
          const ch = [...part.replace(/\./g, '')][0];
          return ch ? `${ch.toUpperCase()}.` : '';
        })
        .filter(Boolean)
        .join('-'),
    )
    .filter(Boolean)
    .join(' ');
}
