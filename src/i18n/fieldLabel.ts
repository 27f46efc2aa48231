import type { Locale } from '../core/locale';
import { FIELDS, type FieldSpec } from '../core/model/fields';
import type { TableKind } from '../core/model/tableKinds';
import { fieldName } from '../core/messages/names';

/** The fields a kind of table can map, in the order FIELDS lists them. */
export function fieldIds(kind: TableKind): readonly string[] {
  return Object.keys(FIELDS[kind]);
}

function spec(kind: TableKind, field: string): FieldSpec | undefined {
  return (FIELDS[kind] as Readonly<Record<string, FieldSpec>>)[field];
}

/** A field's canonical header in the pane's language, e.g. 实付金额 / Paid Amount; the id when unknown. */
export function fieldLabel(kind: TableKind, field: string, locale: Locale): string {
  return fieldName(kind, field)[locale];
}

/** Whether a table of this kind is unusable without the field. */
export function isRequiredField(kind: TableKind, field: string): boolean {
  return spec(kind, field)?.required === true;
}
