/**
 * The JSON-LD basics both readers need: parsing a block as pages ship it, and its type names. Kept
 * apart from json-ld.ts so that the cleaner, which only asks what parts a page declares, does not
 * load the attribution reader's name and date rules (their Unicode regular expressions are built
 * when a script loads, on every page).
 */

type JsonNode = Record<string, unknown>;

const MAX_BLOCK_CHARS = 400_000;

/** Own properties only: a page's "__proto__" or "constructor" key is data, never the prototype. */
export function get(node: JsonNode, key: string): unknown {
  return Object.hasOwn(node, key) ? node[key] : undefined;
}

/** Lower-cased type names without "schema:" or "https://schema.org/" prefixes. */
export function typesOf(node: JsonNode): string[] {
  const raw = get(node, '@type');
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, '').toLowerCase());
}

/** JSON.parse, then once more after repairing what pages commonly break. */
export function parseJsonLdText(text: string): unknown {
  if (text.length > MAX_BLOCK_CHARS) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    const repaired = text
      .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
      .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
      // Raw control characters (newlines inside strings) are invalid JSON; outside strings a space is harmless.
      .replace(/[\u0000-\u001F]+/g, ' ')
      .replace(/,\s*([}\]])/g, '$1')
      .replace(/;\s*$/, '');
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}
