/** Dates in the reader's locale. A bare date stays that date (no shift through the reader's zone). */

/** "2025-10-20" or "2025-10-20T09:15:00+05:30" -> "20 Oct 2025" / "Oct 20, 2025, 5:45 AM". */
export function formatDate(iso: string, locales?: string | string[]): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const when = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(when.getTime())) return iso;
  try {
    const options: Intl.DateTimeFormatOptions = dateOnly ? { dateStyle: 'medium', timeZone: 'UTC' } : { dateStyle: 'medium', timeStyle: 'short' };
    return new Intl.DateTimeFormat(locales, options).format(when);
  } catch {
    return iso;
  }
}

/** True when `modified` is a later moment than `published` (a page often repeats the same value). */
export function isLaterUpdate(published: string | undefined, modified: string | undefined): boolean {
  if (!modified) return false;
  if (!published) return true;
  const a = Date.parse(published.length === 10 ? `${published}T00:00:00Z` : published);
  const b = Date.parse(modified.length === 10 ? `${modified}T00:00:00Z` : modified);
  if (Number.isNaN(a) || Number.isNaN(b)) return modified !== published;
  // Within a minute is the same publication (CMSs stamp both on save).
  return b - a > 60_000;
}
