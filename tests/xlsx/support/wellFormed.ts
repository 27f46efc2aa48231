import { DOMParser } from '@xmldom/xmldom';

/** Parses XML, failing the test on any error or warning of the parser. */
export function wellFormed(xml: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => errors.push(`${level}: ${message}`),
  }).parseFromString(xml, 'text/xml');
  expect(errors).toEqual([]);
  return doc as unknown as Document;
}
