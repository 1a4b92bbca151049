/**
 * The popup's "Aa" section (issue 21): text size, line height, line length, font and theme for the
 * cleaned page, remembered globally or "only on this site", applied at once to the tab's cleaned
 * page and with every later cleanup; and the cleaned article's reading time, with how it was
 * counted. Real selects and a checkbox, each with a label, so a keyboard and a test reach them.
 */
import { FONTS, LINE_HEIGHTS, MEASURES, TEXT_SIZES, THEMES, validateComfort, type ComfortOptions } from '../shared/comfort';
import type { TabState } from '../shared/protocol';
import { CJK_CHARS_PER_MINUTE, isReadingEstimate, WORDS_PER_MINUTE, type ReadingEstimate } from '../reader/comfort/reading-time';
import { formatList, formatNumber, formatPercent, t, tp } from '../shared/i18n';
import { comfortFor, getSettings, hasSiteComfort, setComfort, siteOf, type Settings } from '../shared/settings';

type Field = Exclude<keyof ComfortOptions, 'size'>;

/** The section's heading: the typographic sign for type, the same in every language (its accessible name is translated). */
const HEADING = 'Aa';

/** The names of the choices; line heights are numbers, written as the reader writes them. */
const VALUE_NAMES: Record<Field, Record<string, () => string>> = {
  lineHeight: { site: () => t('comfort_site_own') },
  measure: { site: () => t('comfort_site_own'), narrow: () => t('comfort_measure_narrow'), medium: () => t('comfort_measure_medium'), wide: () => t('comfort_measure_wide') },
  font: { site: () => t('comfort_site_own'), serif: () => t('comfort_font_serif'), sans: () => t('comfort_font_sans'), legible: () => t('comfort_font_legible') },
  theme: {
    site: () => t('comfort_site_own'),
    light: () => t('comfort_theme_light'),
    sepia: () => t('comfort_theme_sepia'),
    dark: () => t('comfort_theme_dark'),
    auto: () => t('comfort_theme_auto'),
  },
};

function valueName(field: Field, v: string): string {
  const name = VALUE_NAMES[field][v];
  if (name) return name();
  const n = Number(v);
  return Number.isFinite(n) ? formatNumber(n) : v;
}

/** "About 5 min read" and how it was counted. */
export function describeReading(e: ReadingEstimate): { time: string; how: string } {
  const parts: string[] = [];
  if (e.words > 0 || e.cjkChars === 0) parts.push(tp('comfort_counted_words', e.words, { rate: WORDS_PER_MINUTE }));
  if (e.cjkChars > 0) parts.push(tp('comfort_counted_cjk', e.cjkChars, { rate: CJK_CHARS_PER_MINUTE }));
  return { time: tp('comfort_reading_time', Math.max(1, e.minutes)), how: t('comfort_counted', { parts: formatList(parts) }) };
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
  heading.textContent = HEADING;
  heading.setAttribute('aria-label', t('comfort_heading_label'));
  container.setAttribute('aria-labelledby', heading.id);

  const size = select(doc, 'comfort-size', t('comfort_size'), TEXT_SIZES, (v) => formatPercent(Number(v)));
  const fields: Record<Field, HTMLSelectElement> = {} as Record<Field, HTMLSelectElement>;
  const rows: HTMLElement[] = [size.row];
  const add = (field: Field, id: string, label: string, values: readonly string[]) => {
    const s = select(doc, id, label, values, (v) => valueName(field, v));
    fields[field] = s.input;
    rows.push(s.row);
  };
  add('lineHeight', 'comfort-line-height', t('comfort_line_height'), LINE_HEIGHTS);
  add('measure', 'comfort-measure', t('comfort_measure'), MEASURES);
  add('font', 'comfort-font', t('comfort_font'), FONTS);
  add('theme', 'comfort-theme', t('comfort_theme'), THEMES);

  const onlyRow = doc.createElement('label');
  onlyRow.className = 'comfort-only';
  const only = doc.createElement('input');
  only.type = 'checkbox';
  only.id = 'comfort-only-site';
  const onlyText = doc.createElement('span');
  onlyText.textContent = t('comfort_only_site', { site });
  onlyRow.append(only, onlyText);
  const hint = doc.createElement('p');
  hint.className = 'comfort-hint';
  hint.textContent = t('comfort_only_site_hint');
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
      feedback.textContent = state.status === 'clean' ? t('comfort_applied') : t('comfort_applies_next');
    } catch {
      settings = await getSettings();
      feedback.textContent = t('comfort_failed');
    }
    show(comfortFor(settings, pageUrl));
    for (const input of inputs) input.removeAttribute('aria-busy');
  };
  for (const input of inputs) input.addEventListener('change', () => void save());
}
