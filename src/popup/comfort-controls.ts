/**
 * The popup's "Aa" section (issue 21): text size, line height, line length, font and theme for the
 * cleaned page, remembered globally or "only on this site", applied at once to the tab's cleaned
 * page and with every later cleanup; and the cleaned article's reading time, with how it was
 * counted. Real selects and a checkbox, each with a label, so a keyboard and a test reach them.
 */
import { FONTS, LINE_HEIGHTS, MEASURES, TEXT_SIZES, THEMES, validateComfort, type ComfortOptions } from '../shared/comfort';
import type { TabState } from '../shared/protocol';
import { CJK_CHARS_PER_MINUTE, isReadingEstimate, WORDS_PER_MINUTE, type ReadingEstimate } from '../reader/comfort/reading-time';
import { comfortFor, getSettings, hasSiteComfort, setComfort, siteOf, type Settings } from '../shared/settings';

/** Every English string of this section, together for the move to _locales. */
export const STRINGS = {
  heading: 'Aa',
  headingLabel: 'Reading comfort',
  size: 'Text size',
  sizeValue: (n: number) => `${n} %`,
  lineHeight: 'Line height',
  measure: 'Line length',
  font: 'Font',
  theme: 'Theme',
  onlySite: (site: string) => `Only on ${site}`,
  onlySiteHint: 'Unticked, these choices apply on every site without its own.',
  applied: 'Applied to this page.',
  appliesNext: 'Saved. It applies when the page is cleaned.',
  failed: 'Could not save these choices.',
  values: {
    lineHeight: { site: 'Site’s own', '1.4': '1.4', '1.6': '1.6', '1.8': '1.8', '2': '2' },
    measure: { site: 'Site’s own', narrow: 'Narrow', medium: 'Medium', wide: 'Wide' },
    font: { site: 'Site’s own', serif: 'Serif', sans: 'Sans-serif', legible: 'Highly legible' },
    theme: { site: 'Site’s own', light: 'Light', sepia: 'Sepia', dark: 'Dark', auto: 'Auto (follows the system)' },
  },
  readingTime: (minutes: number) => (minutes <= 1 ? 'About 1 min read' : `About ${minutes.toLocaleString('en')} min read`),
  countedWords: (words: number) => `${words.toLocaleString('en')} words at ${WORDS_PER_MINUTE} a minute`,
  countedCjk: (chars: number) => `${chars.toLocaleString('en')} Chinese or Japanese characters at ${CJK_CHARS_PER_MINUTE} a minute`,
  counted: (parts: string[]) => `Counted: ${parts.join(' and ')}.`,
} as const;

/** "About 5 min read" and how it was counted. */
export function describeReading(e: ReadingEstimate): { time: string; how: string } {
  const parts: string[] = [];
  if (e.words > 0 || e.cjkChars === 0) parts.push(STRINGS.countedWords(e.words));
  if (e.cjkChars > 0) parts.push(STRINGS.countedCjk(e.cjkChars));
  return { time: STRINGS.readingTime(e.minutes), how: STRINGS.counted(parts) };
}

/** Shows the tab's reading time in #reading-time (hidden when the page is not cleaned). */
export function showReadingTime(doc: Document, state: TabState): void {
  const box = doc.getElementById('reading-time');
  if (!box) return;
  const reading = state.status === 'clean' && isReadingEstimate(state.reading) && state.reading.minutes > 0 ? state.reading : undefined;
  box.hidden = reading === undefined;
  if (!reading) return;
  const { time, how } = describeReading(reading);
  const timeEl = doc.createElement('strong');
  timeEl.textContent = time;
  const howEl = doc.createElement('span');
  howEl.className = 'reading-how';
  howEl.textContent = how;
  box.replaceChildren(timeEl, ' ', howEl);
}

type Field = Exclude<keyof ComfortOptions, 'size'>;

function select(doc: Document, id: string, label: string, values: readonly (string | number)[], text: (v: string) => string): { row: HTMLElement; input: HTMLSelectElement } {
  const row = doc.createElement('div');
  row.className = 'comfort-row';
  const lab = doc.createElement('label');
  lab.htmlFor = id;
  lab.textContent = label;
  const input = doc.createElement('select');
  input.id = id;
  for (const v of values) {
    const option = doc.createElement('option');
    option.value = String(v);
    option.textContent = text(String(v));
    input.append(option);
  }
  row.append(lab, input);
  return { row, input };
}

/**
 * Builds the section in `container` for the page at `pageUrl` (nothing for a page that is not a
 * web page). `apply` asks the background to apply the stored choices to the tab: its answer says
 * whether the page was cleaned.
 */
export async function mountComfortControls(container: HTMLElement, pageUrl: string | undefined, apply: () => Promise<TabState>): Promise<void> {
  const doc = container.ownerDocument;
  container.replaceChildren();
  const site = siteOf(pageUrl);
  if (!site || !pageUrl || !/^https?:/i.test(pageUrl)) {
    container.hidden = true;
    return;
  }
  let settings: Settings = await getSettings();
  const current = comfortFor(settings, pageUrl);

  const heading = doc.createElement('h2');
  heading.id = 'comfort-heading';
  heading.textContent = STRINGS.heading;
  heading.setAttribute('aria-label', STRINGS.headingLabel);
  container.setAttribute('aria-labelledby', heading.id);

  const size = select(doc, 'comfort-size', STRINGS.size, TEXT_SIZES, (v) => STRINGS.sizeValue(Number(v)));
  const fields: Record<Field, HTMLSelectElement> = {} as Record<Field, HTMLSelectElement>;
  const rows: HTMLElement[] = [size.row];
  const add = (field: Field, id: string, label: string, values: readonly string[], names: Record<string, string>) => {
    const s = select(doc, id, label, values, (v) => names[v] ?? v);
    fields[field] = s.input;
    rows.push(s.row);
  };
  add('lineHeight', 'comfort-line-height', STRINGS.lineHeight, LINE_HEIGHTS, STRINGS.values.lineHeight);
  add('measure', 'comfort-measure', STRINGS.measure, MEASURES, STRINGS.values.measure);
  add('font', 'comfort-font', STRINGS.font, FONTS, STRINGS.values.font);
  add('theme', 'comfort-theme', STRINGS.theme, THEMES, STRINGS.values.theme);

  const onlyRow = doc.createElement('label');
  onlyRow.className = 'comfort-only';
  const only = doc.createElement('input');
  only.type = 'checkbox';
  only.id = 'comfort-only-site';
  const onlyText = doc.createElement('span');
  onlyText.textContent = STRINGS.onlySite(site);
  onlyRow.append(only, onlyText);
  const hint = doc.createElement('p');
  hint.className = 'comfort-hint';
  hint.textContent = STRINGS.onlySiteHint;
  const feedback = doc.createElement('p');
  feedback.className = 'feedback';
  feedback.id = 'comfort-feedback';
  feedback.setAttribute('role', 'status');

  const show = (c: ComfortOptions) => {
    size.input.value = String(c.size);
    for (const field of Object.keys(fields) as Field[]) fields[field].value = c[field];
    only.checked = hasSiteComfort(settings, pageUrl);
  };
  show(current);

  const grid = doc.createElement('div');
  grid.className = 'comfort-grid';
  grid.append(...rows);
  container.append(heading, grid, onlyRow, hint, feedback);
  container.hidden = false;

  const inputs = [size.input, ...Object.values(fields), only];
  const save = async () => {
    const chosen = validateComfort({
      size: Number(size.input.value),
      lineHeight: fields.lineHeight.value,
      measure: fields.measure.value,
      font: fields.font.value,
      theme: fields.theme.value,
    });
    for (const input of inputs) input.setAttribute('aria-busy', 'true');
    try {
      settings = await setComfort(site, chosen, only.checked);
      const state = await apply();
      feedback.textContent = state.status === 'clean' ? STRINGS.applied : STRINGS.appliesNext;
    } catch {
      settings = await getSettings();
      feedback.textContent = STRINGS.failed;
    }
    show(comfortFor(settings, pageUrl));
    for (const input of inputs) input.removeAttribute('aria-busy');
  };
  for (const input of inputs) input.addEventListener('change', () => void save());
}
