import { XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { resolvePartName } from '../../read/packageParts';
import { NS, XML_DECLARATION } from './ooxml';
import { parsePartXml } from './parsePartXml';

export interface PackageRel {
  readonly id: string;
  readonly type: string;
  /** Absolute part name (no leading '/') for internal targets; the raw target otherwise. */
  readonly target: string;
  readonly external: boolean;
}

/**
 * An OPC package open for editing: parts by name, their relationships and the content types. Parts not
 * touched keep their original compressed bytes when the package is written again (JSZip reuses them).
 */
export class Package {
  private readonly docs = new Map<string, Document>();

  private constructor(readonly zip: JSZip) {}

  static async load(bytes: Buffer): Promise<Package> {
    return new Package(await JSZip.loadAsync(bytes));
  }

  has(part: string): boolean {
    return this.zip.file(part) !== null;
  }

  async text(part: string): Promise<string> {
    const file = this.zip.file(part);
    if (!file) throw new Error(`Missing part ${part}`);
    return file.async('string');
  }

  /** The part parsed as XML; edits to it are saved by `save`. */
  async xml(part: string): Promise<Document> {
    const cached = this.docs.get(part);
    if (cached) return cached;
    const doc = parsePartXml(await this.text(part), part);
    this.docs.set(part, doc);
    return doc;
  }

  setXml(part: string, doc: Document): void {
    this.docs.set(part, doc);
  }

  put(part: string, content: string): void {
    this.docs.delete(part);
    this.zip.file(part, content);
  }

  remove(part: string): void {
    this.docs.delete(part);
    this.zip.remove(part);
  }

  /** A free numbered part name: ('xl/charts/chart', '.xml') → 'xl/charts/chart3.xml'. */
  freeName(prefix: string, suffix: string): string {
    for (let n = 1; ; n++) {
      const name = `${prefix}${n}${suffix}`;
      if (!this.has(name) && !this.reserved.has(name)) {
        this.reserved.add(name);
        return name;
      }
    }
  }
  private readonly reserved = new Set<string>();

  // Relationships ---------------------------------------------------------------------------------

  static relsPath(part: string): string {
    const slash = part.lastIndexOf('/');
    return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  }

  async rels(part: string): Promise<PackageRel[]> {
    const path = Package.relsPath(part);
    if (!this.has(path) && !this.docs.has(path)) return [];
    const dir = part.slice(0, part.lastIndexOf('/') + 1);
    const doc = await this.xml(path);
    return elements(doc.documentElement, NS.pkgRel, 'Relationship').map((el) => {
      const external = el.getAttribute('TargetMode') === 'External';
      const target = el.getAttribute('Target') ?? '';
      return {
        id: el.getAttribute('Id') ?? '',
        type: el.getAttribute('Type') ?? '',
        target: external ? target : resolvePartName(dir, target),
        external,
      };
    });
  }

  /** Adds a relationship from `part` to `target` and returns its id. */
  async addRel(part: string, type: string, target: string): Promise<string> {
    const path = Package.relsPath(part);
    const doc =
      this.has(path) || this.docs.has(path)
        ? await this.xml(path)
        : parsePartXml(`${XML_DECLARATION}<Relationships xmlns="${NS.pkgRel}"/>`, path);
    this.docs.set(path, doc);
    const root = doc.documentElement as Element;
    const ids = new Set(elements(root, NS.pkgRel, 'Relationship').map((el) => el.getAttribute('Id')));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const el = doc.createElementNS(NS.pkgRel, 'Relationship');
    el.setAttribute('Id', `rId${n}`);
    el.setAttribute('Type', type);
    el.setAttribute('Target', relativeTarget(part, target));
    root.appendChild(el);
    return `rId${n}`;
  }

  async removeRel(part: string, id: string): Promise<void> {
    const path = Package.relsPath(part);
    if (!this.has(path)) return;
    const doc = await this.xml(path);
    for (const el of elements(doc.documentElement, NS.pkgRel, 'Relationship')) {
      if (el.getAttribute('Id') === id) el.parentNode?.removeChild(el);
    }
  }

  // Content types ---------------------------------------------------------------------------------

  async setContentType(part: string, contentType: string): Promise<void> {
    const doc = await this.xml('[Content_Types].xml');
    const root = doc.documentElement as Element;
    this.removeOverride(doc, part);
    const el = doc.createElementNS(NS.contentTypes, 'Override');
    el.setAttribute('PartName', `/${part}`);
    el.setAttribute('ContentType', contentType);
    root.appendChild(el);
  }

  async removeContentType(part: string): Promise<void> {
    this.removeOverride(await this.xml('[Content_Types].xml'), part);
  }

  private removeOverride(doc: Document, part: string): void {
    for (const el of elements(doc.documentElement, NS.contentTypes, 'Override')) {
      if ((el.getAttribute('PartName') ?? '').toLowerCase() === `/${part}`.toLowerCase()) {
        el.parentNode?.removeChild(el);
      }
    }
  }

  // Output ----------------------------------------------------------------------------------------

  async save(): Promise<Buffer> {
    const serializer = new XMLSerializer();
    for (const [part, doc] of this.docs) {
      const text = serializer.serializeToString(doc);
      this.zip.file(part, text.startsWith('<?xml') ? text : XML_DECLARATION + text);
    }
    return this.zip.generateAsync({
      type: 'nodebuffer',
      compression: 'DEFLATE',
      compressionOptions: { level: 6 },
    });
  }
}

/** Child elements of `parent` (any depth) with the given namespace and local name. */
export function elements(parent: Element | null, ns: string, local: string): Element[] {
  if (!parent) return [];
  return Array.from(parent.getElementsByTagNameNS(ns, local));
}

/** Direct child elements with the given namespace and local name. */
export function children(parent: Element, ns: string, local: string): Element[] {
  const out: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    const el = node as Element;
    if (node.nodeType === 1 && el.namespaceURI === ns && el.localName === local) out.push(el);
  }
  return out;
}

/** The target of a relationship from `source` to the part `target`, relative as Excel writes it. */
export function relativeTarget(source: string, target: string): string {
  const from = source.split('/').slice(0, -1);
  const to = target.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}
