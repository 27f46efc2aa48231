import { DOMParser, type Document } from '@xmldom/xmldom';

/** A document type declaration, with its internal subset of entity declarations if any. */
const DOCTYPE = /<!DOCTYPE\s[^[>]*(?:\[[\s\S]*?\]\s*)?>/gi;

/**
 * Parses a package part for editing. OPC forbids DTDs (ECMA-376 Part 2, §8.1.4), so a DOCTYPE is dropped
 * rather than copied into the rewritten part, and its entities are never expanded. A part the parser
 * cannot read becomes an Error naming the part, for the writer to report; nothing reaches the console.
 */
export function parsePartXml(text: string, part: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      // Recoverable complaints (an entity the dropped DTD declared) are not worth a line on the console.
      if (level === 'fatalError') problems.push(message.split('\n')[0] ?? message);
    },
  }).parseFromString(text.replace(DOCTYPE, ''), 'text/xml');
  if (problems.length > 0 || !doc.documentElement) {
    throw new Error(`${part}: ${problems[0] ?? 'no root element'}`);
  }
  return doc;
}
