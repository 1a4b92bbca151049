/**
 * News and photo agencies, recognised in credit lines, datelines and bylines.
 * Short acronyms match only in capitals (AP, PA, EPA, AFP, dpa as the agency writes it),
 * so ordinary words ("ap", "pa") do not.
 */
interface Agency {
  name: string;
  pattern: RegExp;
}

const AGENCIES: readonly Agency[] = [
  { name: 'Reuters', pattern: /\breuters\b/i },
  { name: 'Associated Press', pattern: /\b(?:Associated Press|AP)\b/ },
  { name: 'AFP', pattern: /\b(?:AFP|Agence France[- ]Presse)\b/i },
  { name: 'Getty Images', pattern: /\bGetty(?:\s+Images)?\b/i },
  { name: 'Bloomberg', pattern: /\bBloomberg\b/ },
  { name: 'EPA', pattern: /\bEPA(?:-EFE)?\b/ },
  { name: 'dpa', pattern: /\b(?:dpa|DPA|Deutsche Presse-Agentur)\b/ },
  { name: 'EFE', pattern: /\bEFE\b/ },
  { name: 'ANSA', pattern: /\bANSA\b/ },
  { name: 'Xinhua', pattern: /\bXinhua\b/i },
  { name: 'Kyodo', pattern: /\bKyodo\b/i },
  { name: 'Yonhap', pattern: /\bYonhap\b/i },
  { name: 'PA Media', pattern: /\b(?:PA Media|PA Wire|Press Association|PA)\b/ },
  { name: 'AAP', pattern: /\bAAP\b/ },
  { name: 'ANP', pattern: /\bANP\b/ },
  { name: 'APA', pattern: /\bAPA\b/ },
  { name: 'Keystone', pattern: /\bKeystone\b/ },
  { name: 'Anadolu', pattern: /\bAnadolu(?:\s+Agency)?\b/i },
  { name: 'TASS', pattern: /\bTASS\b/ },
  { name: 'UPI', pattern: /\bUPI\b/ },
  { name: 'Shutterstock', pattern: /\bShutterstock\b/i },
  { name: 'Alamy', pattern: /\bAlamy\b/i },
  { name: 'Sipa', pattern: /\bSipa(?:\s+(?:Press|USA))?\b/ },
  { name: 'Imago', pattern: /\bIMAGO\b|\bImago Images\b/ },
  { name: 'Picture Alliance', pattern: /\bpicture[- ]alliance\b/i },
];

export interface AgencyMatch {
  name: string;
  index: number;
  length: number;
}

/** The earliest agency named in `text`, or undefined. */
export function findAgency(text: string): AgencyMatch | undefined {
  let best: AgencyMatch | undefined;
  for (const agency of AGENCIES) {
    const m = agency.pattern.exec(text);
    if (m && (!best || m.index < best.index)) best = { name: agency.name, index: m.index, length: m[0].length };
  }
  return best;
}

/** The agency when `text` is nothing but an agency's name ("REUTERS", "AP Photo"), else undefined. */
export function agencyOnly(text: string): string | undefined {
  const trimmed = text
    .replace(/\b(?:photos?|images?|foto)\b/gi, '')
    .replace(/[\s/.,:;()-]+/g, ' ')
    .trim();
  const m = findAgency(trimmed);
  return m && m.index === 0 && m.length === trimmed.length ? m.name : undefined;
}
