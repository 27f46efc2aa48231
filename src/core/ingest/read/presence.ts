import { FIELDS, type FieldSpec } from '../../model/fields';
import type { TableKind } from '../../model/tableKinds';

/**
 * How a column treats an empty cell: 'required' rejects the row; 'optional' reads it as empty;
 * 'inherited' reads it as empty because the row may take the value from an earlier row (an order's later
 * lines), the table reader deciding. Excel errors reject the row unless the column is optional.
 */
export type Presence = 'required' | 'optional' | 'inherited';

export function presenceOf(kind: TableKind, field: string): Presence {
  const spec = (FIELDS[kind] as Readonly<Record<string, FieldSpec>>)[field];
  return spec?.required === true ? 'required' : 'optional';
}
