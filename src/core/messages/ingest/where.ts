import type { TableKind } from '../../model/tableKinds';
import { TABLE_KIND_NAMES } from '../names';

/** The cell or row a message is about. Row numbers are worksheet rows as the user sees them. */
export interface RowRef {
  readonly kind: TableKind;
  readonly sheet: string;
  readonly row: number;
  /** The column's header as written in the source. */
  readonly column: string | null;
}

export function whereZh(ref: RowRef): string {
  const column = ref.column === null ? '' : `「${ref.column}」列`;
  return `${TABLE_KIND_NAMES[ref.kind]['zh-CN']}（工作表「${ref.sheet}」）第 ${ref.row} 行${column}`;
}

export function whereEn(ref: RowRef): string {
  const column = ref.column === null ? '' : `, column "${ref.column}"`;
  return `${TABLE_KIND_NAMES[ref.kind]['en-US']} (sheet "${ref.sheet}"), row ${ref.row}${column}`;
}

export function tableZh(kind: TableKind, sheet: string): string {
  return `${TABLE_KIND_NAMES[kind]['zh-CN']}（工作表「${sheet}」）`;
}

export function tableEn(kind: TableKind, sheet: string): string {
  return `${TABLE_KIND_NAMES[kind]['en-US']} (sheet "${sheet}")`;
}
