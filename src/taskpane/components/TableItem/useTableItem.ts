import { useId } from 'react';
import type { DerivedAmount } from '../../../core/ingest/options';
import { TABLE_KIND_SHORT_NAMES } from '../../../core/messages/names';
import { fieldIds, fieldLabel, isRequiredField } from '../../../i18n';
import { sourceKey } from '../../../port/hostPort';
import { kindChoiceOf } from '../../choices/tableOverrides';
import { guessDerivedAmount } from '../../choices/guessDerivedAmount';
import { useLocale } from '../../locale/useLocale';
import {
  AUTO_COLUMN,
  DERIVED_AMOUNT,
  type ColumnFieldState,
  type DerivedAmountColumn,
  type TableItemProps,
  type TableItemState,
} from './TableItem.types';

export function useTableItem({
  table,
  headers,
  override,
  onKindChange,
  onColumnChange,
  onDerivedAmountChange,
}: TableItemProps): TableItemState {
  const { locale, t, pick, rows } = useLocale();
  const headerId = useId();
  const kindName = pick(TABLE_KIND_SHORT_NAMES[table.kind]);
  const { sheet, table: excelTable, block } = table.source;
  const labelValue = table.layout === 'labelValue';
  const fields = labelValue ? [] : fieldIds(table.kind);
  const mappedCount = fields.filter((f) => table.mapping[f] !== undefined).length;
  const chosen = override?.kind === table.kind ? override.columns : undefined;
  const choices = [...new Set(headers.filter((h) => h.trim() !== ''))];
  const amountFrom = override?.kind === 'orders' ? override.amountFrom : undefined;
  // Quantity × unit price is offered for the amount of a table that has a quantity to multiply.
  const derivable = fields.includes('amount') && fields.includes('quantity') && choices.length >= 2;

  const columns = fields.map((field): ColumnFieldState => {
    const detected = table.mapping[field];
    const derived = field === 'amount' && amountFrom !== undefined;
    const pinned = derived ? undefined : chosen?.[field];
    const autoText =
      detected === undefined ? t('columnAutomaticNone') : t('columnAutomatic', { header: detected });
    const required = isRequiredField(table.kind, field);
    return {
      field,
      label: fieldLabel(table.kind, field, locale),
      required,
      selected: derived ? DERIVED_AMOUNT : (pinned ?? AUTO_COLUMN),
      selectedText: derived ? t('amountDerived') : (pinned ?? autoText),
      autoText,
      headers: choices,
      extraOptions:
        field === 'amount' && derivable ? [{ value: DERIVED_AMOUNT, text: t('amountDerived') }] : [],
      warning: required && detected === undefined ? t('columnRequiredMissing') : undefined,
    };
  });

  const subtitleParts = [
    rows(table.rowsRead),
    labelValue ? t('labelValuePairs') : t('mappedColumns', { mapped: mappedCount, total: fields.length }),
  ];
  if (excelTable !== undefined) subtitleParts.unshift(t('excelTable', { table: excelTable }));
  else if (block !== undefined) subtitleParts.unshift(t('blockAt', { block }));

  const derivedColumn = (
    from: DerivedAmount,
    part: keyof DerivedAmount,
    label: string,
  ): DerivedAmountColumn => ({
    part,
    label,
    selected: from[part],
    headers: choices,
    onSelect: (header) => {
      if (header !== undefined && header !== from[part]) onDerivedAmountChange({ ...from, [part]: header });
    },
  });

  return {
    value: sourceKey(table.source),
    headerId,
    title: t('tableTitle', { kind: kindName, sheet }),
    subtitle: subtitleParts.join(' · '),
    rowsLine: t('rowsUsedRejected', { used: table.rowsUsed, rejected: table.rowsRejected }),
    kindChoice: kindChoiceOf(override),
    kindAutoLabel: override === undefined ? t('kindDetected', { kind: kindName }) : t('kindAutomatic'),
    columnsHeading: t('columnsHeading'),
    columns,
    unused:
      table.unmappedHeaders.length > 0
        ? t('unusedColumns', { list: table.unmappedHeaders.join(t('listSeparator')) })
        : null,
    labelValueNote: labelValue ? t('labelValueNote') : null,
    derivedAmount:
      amountFrom === undefined
        ? null
        : [
            derivedColumn(amountFrom, 'quantity', t('amountQuantityColumn')),
            derivedColumn(amountFrom, 'unitPrice', t('amountUnitPriceColumn')),
          ],
    onKindChange,
    onColumnSelect: (field, value) => {
      if (value === undefined) return;
      const current =
        field === 'amount' && amountFrom !== undefined ? DERIVED_AMOUNT : (chosen?.[field] ?? AUTO_COLUMN);
      if (value === current) return;
      if (value === DERIVED_AMOUNT) {
        const guess = guessDerivedAmount(choices, table.mapping);
        if (guess !== null) onDerivedAmountChange(guess);
        return;
      }
      onColumnChange(field, value === AUTO_COLUMN ? null : value);
    },
  };
}
