import { useId } from 'react';
import { fieldIds, fieldLabel, isRequiredField, TABLE_KIND_LABELS } from '../../../i18n';
import { sourceKey } from '../../../port/hostPort';
import { useLocale } from '../../locale/useLocale';
import {
  AUTO_COLUMN,
  type ColumnFieldState,
  type TableItemProps,
  type TableItemState,
} from './TableItem.types';

export function useTableItem({
  table,
  headers,
  override,
  onKindChange,
  onColumnChange,
}: TableItemProps): TableItemState {
  const { locale, t, pick, rows } = useLocale();
  const headerId = useId();
  const kindName = pick(TABLE_KIND_LABELS[table.kind]);
  const { sheet, table: excelTable } = table.source;
  const fields = fieldIds(table.kind);
  const mappedCount = fields.filter((f) => table.mapping[f] !== undefined).length;
  const chosen = override?.kind === table.kind ? override.columns : undefined;
  const choices = [...new Set(headers.filter((h) => h.trim() !== ''))];

  const columns = fields.map((field): ColumnFieldState => {
    const detected = table.mapping[field];
    const pinned = chosen?.[field];
    const autoText =
      detected === undefined ? t('columnAutomaticNone') : t('columnAutomatic', { header: detected });
    const required = isRequiredField(table.kind, field);
    return {
      field,
      label: fieldLabel(table.kind, field, locale),
      required,
      selected: pinned ?? AUTO_COLUMN,
      selectedText: pinned ?? autoText,
      autoText,
      headers: choices,
      warning: required && detected === undefined ? t('columnRequiredMissing') : undefined,
    };
  });

  const subtitleParts = [
    rows(table.rowsRead),
    t('mappedColumns', { mapped: mappedCount, total: fields.length }),
  ];
  if (excelTable !== undefined) subtitleParts.unshift(t('excelTable', { table: excelTable }));

  return {
    value: sourceKey(table.source),
    headerId,
    title: t('tableTitle', { kind: kindName, sheet }),
    subtitle: subtitleParts.join(' · '),
    rowsLine: t('rowsUsedRejected', { used: table.rowsUsed, rejected: table.rowsRejected }),
    kindChoice: override?.kind ?? 'auto',
    kindAutoLabel: override === undefined ? t('kindDetected', { kind: kindName }) : t('kindAutomatic'),
    columnsHeading: t('columnsHeading'),
    columns,
    unused:
      table.unmappedHeaders.length > 0
        ? t('unusedColumns', { list: table.unmappedHeaders.join(t('listSeparator')) })
        : null,
    onKindChange,
    onColumnSelect: (field, value) => {
      if (value === undefined) return;
      const current = chosen?.[field] ?? AUTO_COLUMN;
      if (value === current) return;
      onColumnChange(field, value === AUTO_COLUMN ? null : value);
    },
  };
}
