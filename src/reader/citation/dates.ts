/** Date wording for the citation styles, from YYYY-MM-DD. English, as the styles define it. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function parseDay(day: string | undefined): Ymd | undefined {
  const m = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  if (!m) return undefined;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** "October 20, 2025" (APA in parentheses as "2025, October 20", Chicago as is). */
export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/** MLA: "20 Oct. 2025". */
export function mlaDate(d: Ymd): string {
  return `${d.day} ${MLA_MONTHS[d.month - 1] ?? ''} ${d.year}`;
}
