/** Plain names for where a field came from, shown quietly beside it. */
import type { FieldSource } from '../reader/attribution/model';

export const SOURCE_LABELS: Record<FieldSource, string> = {
  'json-ld': 'JSON-LD',
  'open-graph': 'Open Graph',
  twitter: 'Twitter card',
  meta: 'meta tags',
  'dublin-core': 'Dublin Core',
  citation: 'citation_* tags',
  parsely: 'Parse.ly tags',
  microdata: 'page microdata',
  'time-element': 'the page’s <time>',
  'rel-author': 'the author link',
  'byline-element': 'the byline',
  readability: 'Readability',
  'page-text': 'the article text',
  caption: 'the image caption',
  'rel-license': 'the licence link',
  url: 'the page address',
  document: 'the page’s markup',
};

export function fromText(source: FieldSource): string {
  return `From ${SOURCE_LABELS[source] ?? source}`;
}
