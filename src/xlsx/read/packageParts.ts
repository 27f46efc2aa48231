import type { ZipArchive } from '../zip/ZipArchive';
import { findElements } from '../xml/scanPart';

export interface Relationship {
  readonly id: string;
  /** The last segment of the relationship type URI ('worksheet', 'table', 'sharedStrings', …). */
  readonly kind: string;
  /** Absolute part name without the leading '/', or the raw target when external. */
  readonly target: string;
  readonly external: boolean;
}

/** The relationships of a part ('xl/workbook.xml' → 'xl/_rels/workbook.xml.rels'); none when absent. */
export async function readRelationships(zip: ZipArchive, part: string): Promise<Relationship[]> {
  const slash = part.lastIndexOf('/');
  const dir = part.slice(0, slash + 1);
  const relsPath = `${dir}_rels/${part.slice(slash + 1)}.rels`;
  if (!zip.has(relsPath)) return [];
  return findElements(await zip.readText(relsPath), ['Relationship'], relsPath).map((el) => {
    const type = el.attributes.get('Type') ?? '';
    const target = el.attributes.get('Target') ?? '';
    const external = el.attributes.get('TargetMode') === 'External';
    return {
      id: el.attributes.get('Id') ?? '',
      kind: type.slice(type.lastIndexOf('/') + 1),
      target: external ? target : resolvePartName(dir, target),
      external,
    };
  });
}

/** Resolves a relative target against the directory of its source part. */
export function resolvePartName(dir: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : dir + target;
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}
