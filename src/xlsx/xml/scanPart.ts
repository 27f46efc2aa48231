import { TextDecoder } from 'node:util';
import { limitMessages } from '../limitMessages';
import { LimitError, LIMITS } from '../limits';
import type { ZipArchive } from '../zip/ZipArchive';
import { readAttributes } from './attributes';
import { decodeXmlText } from './decodeXmlText';
import { XmlScanner, type XmlHandler } from './XmlScanner';

/**
 * Streams one part of the package through a handler, decoding UTF-8 across chunk boundaries. A construct
 * left open past LIMITS.openConstructBytes, or at the end of the part, stops it with a LimitError.
 */
export async function scanPart(zip: ZipArchive, path: string, handler: XmlHandler): Promise<void> {
  const scanner = new XmlScanner(handler);
  let decoder: TextDecoder | undefined;
  for await (const chunk of await zip.stream(path)) {
    const bytes = chunk as Buffer;
    if (!decoder) {
      const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe ? 'utf-16be' : '';
      decoder = new TextDecoder(utf16 || 'utf-8');
    }
    scanner.write(decoder.decode(bytes, { stream: true }));
    if (scanner.openLength > LIMITS.openConstructBytes) {
      throw new LimitError(limitMessages.openConstruct(path, scanner.openOffset));
    }
  }
  if (decoder) scanner.write(decoder.decode());
  endPart(scanner, path);
}

function endPart(scanner: XmlScanner, part: string): void {
  const open = scanner.end();
  if (open >= 0) throw new LimitError(limitMessages.truncatedPart(part, open, ''));
}

export interface XmlElement {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  /** Decoded text directly inside the element. */
  readonly text: string;
}

/**
 * Every element of the given local names in a small part, with its attributes and text. With the part's
 * name, a tag left open at its end is an error rather than the silent loss of everything after it.
 */
export function findElements(xml: string, names: readonly string[], part?: string): XmlElement[] {
  const wanted = new Set(names);
  const found: { name: string; attributes: Map<string, string>; text: string }[] = [];
  const open: ({ name: string; attributes: Map<string, string>; text: string } | null)[] = [];
  const scanner = new XmlScanner({
    open(name, attributes) {
      const element = wanted.has(name) ? { name, attributes: readAttributes(attributes), text: '' } : null;
      if (element) found.push(element);
      open.push(element);
    },
    close() {
      open.pop();
    },
    text(raw) {
      const top = open[open.length - 1];
      if (top) top.text += decodeXmlText(raw);
    },
    cdata(text) {
      const top = open[open.length - 1];
      if (top) top.text += text;
    },
  });
  scanner.write(xml);
  if (part === undefined) scanner.end();
  else endPart(scanner, part);
  return found;
}
