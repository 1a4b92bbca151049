/** Adds closing punctuation unless the text already ends with some ("Why?" stays "Why?"). */
export function endWith(text: string, mark: string): string {
  const t = text.trim();
  return /[.?!]$/.test(t) ? t : `${t}${mark}`;
}

/** A URL as MLA prints it: without the scheme. */
export function withoutScheme(url: string): string {
  return url.replace(/^https?:\/\//, '');
}
