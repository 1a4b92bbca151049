/**
 * The font choices, from fonts a system already has (nothing is downloaded): stacks after
 * modernfontstacks.com. "legible" prefers Atkinson Hyperlegible when installed, then Verdana and
 * other wide, open humanist sans-serifs whose I, l and 1 are told apart.
 */
import type { FontChoice } from '../../shared/comfort';

export const FONT_STACKS: Readonly<Record<Exclude<FontChoice, 'site'>, string>> = Object.freeze({
  serif: "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, 'Noto Serif', 'DejaVu Serif', serif",
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif",
  legible: "'Atkinson Hyperlegible Next', 'Atkinson Hyperlegible', Verdana, 'Verdana Pro', Tahoma, 'DejaVu Sans', 'Noto Sans', sans-serif",
});
