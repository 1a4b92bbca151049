/** Plain names for where a field came from, shown quietly beside it. */
import type { FieldSource } from '../reader/attribution/model';
import { t, type MessageKey } from '../shared/i18n';

const SOURCE_KEYS: Record<FieldSource, MessageKey> = {
  'json-ld': 'source_json_ld',
  'open-graph': 'source_open_graph',
  twitter: 'source_twitter',
  meta: 'source_meta',
  'dublin-core': 'source_dublin_core',
  citation: 'source_citation',
  parsely: 'source_parsely',
  microdata: 'source_microdata',
  'time-element': 'source_time_element',
  'rel-author': 'source_rel_author',
  'byline-element': 'source_byline',
  readability: 'source_readability',
  'page-text': 'source_page_text',
  caption: 'source_caption',
  'rel-license': 'source_rel_license',
  url: 'source_url',
  document: 'source_document',
};

/** The plain name of a field's source, in the reader's language. */
export function sourceLabel(source: FieldSource): string {
  const key = SOURCE_KEYS[source];
  return key ? t(key) : source;
}

export function fromText(source: FieldSource): string {
  return t('popup_from_source', { source: sourceLabel(source) });
}
