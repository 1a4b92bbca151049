/**
 * Recognises the Creative Commons family (BY, BY-SA, BY-ND, BY-NC, BY-NC-SA, BY-NC-ND in
 * versions 1.0 to 4.0, CC0, the Public Domain Mark) in credit text or licence URLs, and
 * names each with its canonical deed URL.
 */
import type { License } from './model';
import { safeHttpUrl } from '../../shared/safe-url';

const VERSIONS = new Set(['1.0', '2.0', '2.1', '2.5', '3.0', '4.0']);
const CC_ZERO: License = { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' };
const PD_MARK: License = { name: 'Public Domain Mark 1.0', url: 'https://creativecommons.org/publicdomain/mark/1.0/' };

/** "CC BY-NC-SA 4.0" and friends; separators may be spaces or hyphens. */
const SHORT_FORM = /\b(?:CC|Creative\s+Commons)[\s-]*(BY(?:[\s-]*(?:NC|SA|ND)\b){0,2})(?:[\s-]*(\d\.\d))?(?:\s+(?:International|Unported|Generic))?/i;
/** "Creative Commons Attribution-ShareAlike 2.0 Generic", as Wikimedia and Flickr write it. */
const LONG_FORM =
  /\bCreative\s+Commons\s+Attribution((?:[\s-]*(?:Non[\s-]?Commercial|Share[\s-]?Alike|No[\s-]?Deriv(?:ative)?s?(?:\s+Works)?))*)(?:\s+(\d\.\d))?(?:\s+(?:International|Unported|Generic))?(?:\s+Licen[cs]e)?/i;
const ZERO = /\b(?:CC0|CC[\s-]Zero|Creative\s+Commons\s+Zero)(?:[\s-]*1\.0)?(?:\s+Universal)?(?:\s*\(CC0\s*1\.0\))?/i;
const MARK = /\bPublic\s+Domain\s+Mark(?:\s*1\.0)?/i;
const PUBLIC_DOMAIN = /\bpublic\s+domain\b|\bgemeinfrei\b/i;
const CC_URL = /^https?:\/\/(?:www\.)?creativecommons\.org\/(licenses|publicdomain)\/([a-z-]+)\/(\d\.\d)(?:\/([a-z]{2}))?/i;

export interface LicenseMatch {
  license: License;
  /** Where the licence was named in the text (for cutting it out of a credit line). */
  index: number;
  length: number;
}

function ccLicense(parts: Set<string>, version: string | undefined, jurisdiction?: string): License {
  const code = ['by', parts.has('nc') ? 'nc' : '', parts.has('sa') ? 'sa' : parts.has('nd') ? 'nd' : ''].filter(Boolean);
  // Version 1.0 wrote the non-commercial no-derivatives licence as by-nd-nc.
  const path = version === '1.0' && parts.has('nc') && parts.has('nd') ? 'by-nd-nc' : code.join('-');
  const label = `CC ${code.join('-').toUpperCase()}`;
  if (!version || !VERSIONS.has(version)) return { name: label };
  const port = jurisdiction ? `${jurisdiction.toLowerCase()}/` : '';
  return {
    name: `${label} ${version}${jurisdiction ? ` ${jurisdiction.toUpperCase()}` : ''}`,
    url: `https://creativecommons.org/licenses/${path}/${version}/${port}`,
  };
}

function partsOf(words: string): Set<string> {
  const parts = new Set<string>();
  const lower = words.toLowerCase();
  if (/\bnc\b|non[\s-]?commercial/.test(lower)) parts.add('nc');
  if (/\bsa\b|share[\s-]?alike/.test(lower)) parts.add('sa');
  else if (/\bnd\b|no[\s-]?deriv/.test(lower)) parts.add('nd');
  return parts;
}

/** The licence a URL names, when it is a Creative Commons deed (or legal code) URL. */
export function licenseFromUrl(raw: string | undefined): License | undefined {
  const url = safeHttpUrl(raw);
  if (!url) return undefined;
  const m = CC_URL.exec(url);
  if (!m) return undefined;
  const [, kind, code, version, jurisdiction] = m;
  if (kind?.toLowerCase() === 'publicdomain') {
    if (code === 'zero') return CC_ZERO;
    if (code === 'mark') return PD_MARK;
    return undefined;
  }
  if (!code || !/^by(-(nc|sa|nd)){0,2}$|^by-nd-nc$/.test(code.toLowerCase())) return undefined;
  return ccLicense(partsOf(code.replace(/-/g, ' ')), version, jurisdiction);
}

/** The first licence named in `text`, with its position. */
export function findLicense(text: string): LicenseMatch | undefined {
  const candidates: LicenseMatch[] = [];
  const short = SHORT_FORM.exec(text);
  if (short) candidates.push({ license: ccLicense(partsOf(short[1] ?? ''), short[2]), index: short.index, length: short[0].length });
  const long = LONG_FORM.exec(text);
  if (long) candidates.push({ license: ccLicense(partsOf(long[1] ?? ''), long[2]), index: long.index, length: long[0].length });
  const zero = ZERO.exec(text);
  if (zero) candidates.push({ license: CC_ZERO, index: zero.index, length: zero[0].length });
  const mark = MARK.exec(text);
  if (mark) candidates.push({ license: PD_MARK, index: mark.index, length: mark[0].length });
  else {
    const pd = PUBLIC_DOMAIN.exec(text);
    if (pd) candidates.push({ license: { name: 'Public domain' }, index: pd.index, length: pd[0].length });
  }
  candidates.sort((a, b) => a.index - b.index || b.length - a.length);
  return candidates[0];
}

/**
 * A licence from what a page says (text) and links to (href). A Creative Commons URL wins over
 * the text, since it is exact; any other http(s) URL is kept as the licence's link.
 * @example recognizeLicense('CC BY-SA 2.0') // { name: 'CC BY-SA 2.0', url: 'https://creativecommons.org/licenses/by-sa/2.0/' }
 */
export function recognizeLicense(text: string | undefined, href?: string): License | undefined {
  const fromUrl = licenseFromUrl(href);
  if (fromUrl) return fromUrl;
  const fromText = text ? findLicense(text.slice(0, 2000))?.license : undefined;
  const url = safeHttpUrl(href);
  if (fromText) return url && !fromText.url ? { ...fromText, url } : fromText;
  return undefined;
}
