import type { DictColumn } from '../../model/campaign';

/**
 * Matches category names across tables (a channel named in orders, traffic and spend): names compare
 * after trimming and lower-casing, and each group keeps the spelling first seen as its label.
 */
export class KeyIndex {
  private readonly byKey = new Map<string, number>();
  readonly labels: string[] = [];

  static keyOf(name: string): string {
    return name.trim().toLowerCase();
  }

  /** The group of a name, created when new. */
  add(name: string): number {
    const key = KeyIndex.keyOf(name);
    const found = this.byKey.get(key);
    if (found !== undefined) return found;
    const index = this.labels.length;
    this.byKey.set(key, index);
    this.labels.push(name.trim());
    return index;
  }

  get(name: string): number | undefined {
    return this.byKey.get(KeyIndex.keyOf(name));
  }

  get size(): number {
    return this.labels.length;
  }

  /** code → group for every value of a column (adding new names); -1 stays -1. */
  mapColumn(column: DictColumn): Int32Array {
    return Int32Array.from(column.values, (v) => this.add(v));
  }
}

/** group of row i through a code map, or -1 for an empty cell. */
export function groupOfRow(column: DictColumn, codeToGroup: Int32Array, row: number): number {
  const code = column.codes[row] as number;
  return code < 0 ? -1 : (codeToGroup[code] as number);
}
