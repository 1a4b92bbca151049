/**
 * WCAG 2.x colour contrast: relative luminance of an sRGB colour and the contrast ratio of two.
 * https://www.w3.org/TR/WCAG22/#dfn-relative-luminance. Pure, for the palettes' tests and the
 * end-to-end test's measurements of computed colours.
 */

export interface Rgb {
  r: number;
  g: number;
  b: number;
  /** 0..1; 1 when not given. */
  a?: number;
}

/** `#rgb`, `#rrggbb`, `rgb(r, g, b)`, `rgba(r, g, b, a)` or `rgb(r g b / a)` -> Rgb; undefined otherwise. */
export function parseColor(text: string): Rgb | undefined {
  const s = text.trim().toLowerCase();
  const hex = /^#([\da-f]{3}|[\da-f]{6})$/.exec(s);
  if (hex) {
    const h = hex[1] as string;
    const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
    return { r: Number.parseInt(full.slice(0, 2), 16), g: Number.parseInt(full.slice(2, 4), 16), b: Number.parseInt(full.slice(4, 6), 16), a: 1 };
  }
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*([\d.]+%?)\s*)?\)$/.exec(s);
  if (!fn) return undefined;
  const alpha = fn[4] === undefined ? 1 : fn[4].endsWith('%') ? Number.parseFloat(fn[4]) / 100 : Number.parseFloat(fn[4]);
  return { r: Number(fn[1]), g: Number(fn[2]), b: Number(fn[3]), a: alpha };
}

const channel = (v: number): number => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** Relative luminance, 0 (black) .. 1 (white). */
export function luminance({ r, g, b }: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** `top` (with its alpha) painted over the opaque `bottom`. */
export function composite(top: Rgb, bottom: Rgb): Rgb {
  const a = top.a ?? 1;
  return { r: top.r * a + bottom.r * (1 - a), g: top.g * a + bottom.g * (1 - a), b: top.b * a + bottom.b * (1 - a), a: 1 };
}

/** Contrast ratio of two colours, 1..21 (order does not matter). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Contrast of two colour strings; NaN when either does not parse. */
export function contrastOf(fg: string, bg: string): number {
  const f = parseColor(fg);
  const b = parseColor(bg);
  return f && b ? contrastRatio(composite(f, { ...b, a: 1 }), { ...b, a: 1 }) : Number.NaN;
}
