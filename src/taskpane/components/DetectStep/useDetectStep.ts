import { useId } from 'react';
import { TABLE_KIND_SHORT_NAMES } from '../../../core/messages/names';
import {
  ignoredTables,
  kindChoiceOf,
  overrideFor,
  withColumn,
  withDerivedAmount,
  withTableKind,
  type SourceRef,
} from '../../choices/tableOverrides';
import { namedDerivedAmount } from '../../choices/guessDerivedAmount';
import { sourceKey } from '../../../port/hostPort';
import { useLocale } from '../../locale/useLocale';
import type { DetectStepProps, DetectStepState } from './DetectStep.types';

/** Headers of a recognised table when the scan did not list them: mapped ones, then unused ones. */
function fallbackHeaders(mapping: Readonly<Record<string, string>>, unmapped: readonly string[]) {
  return [...Object.values(mapping), ...unmapped];
}

export function useDetectStep({ scan, choices, busy, onChoicesChange }: DetectStepProps): DetectStepState {
  const { t, pick } = useLocale();
  const headingId = useId();
  const setKind = (source: SourceRef) => (kind: Parameters<typeof withTableKind>[2]) =>
    onChoicesChange(withTableKind(choices, source, kind));

  const tables = scan.tables.map((table) => {
    const key = sourceKey(table.source);
    return {
      key,
      table,
      headers: scan.headers[key] ?? fallbackHeaders(table.mapping, table.unmappedHeaders),
      override: overrideFor(choices, table.source),
      onKindChange: setKind(table.source),
      onColumnChange: (field: string, header: string | null) =>
        onChoicesChange(withColumn(choices, table.source, table.kind, field, header)),
      onDerivedAmountChange: (from: Parameters<typeof withDerivedAmount>[2]) =>
        onChoicesChange(withDerivedAmount(choices, table.source, from)),
    };
  });

  const ignored = ignoredTables(choices);
  const isIgnored = (source: SourceRef) =>
    ignored.some((o) => o.sheet === source.sheet && o.table === source.table && o.block === source.block);
  const unrecognisedByKey = new Map(scan.unrecognised.map((u) => [sourceKey(u), u]));

  return {
    headingId,
    heading: t('detectHeading'),
    intro: t('detectIntro'),
    busyLabel: busy ? t('updating') : null,
    emptyText: t('noRecognisedTables'),
    tables,
    unrecognisedHeading: t('unrecognisedHeading'),
    unrecognisedIntro: t('unrecognisedIntro'),
    unrecognised: scan.unrecognised
      .filter((u) => !isIgnored(u))
      .map((u) => ({
        key: sourceKey(u),
        variant: 'unrecognised' as const,
        sheet: u.sheet,
        table: u.table,
        block: u.block,
        rows: u.rows,
        headers: u.headers,
        choice: kindChoiceOf(overrideFor(choices, u)),
        onKindChange: (kind: Parameters<typeof withTableKind>[2]) => {
          // An orders table left unread for want of an amount, such as invoice lines, gets one computed
          // from its quantity and unit price; the analyst sees it and can change it once the table is read.
          const derived = kind === 'orders' ? namedDerivedAmount(u.headers) : null;
          onChoicesChange(
            derived === null
              ? withTableKind(choices, u, kind)
              : withDerivedAmount(withTableKind(choices, u, kind), u, derived),
          );
        },
      })),
    ignoredHeading: t('ignoredHeading'),
    ignored: ignored.map((o) => {
      const seen = unrecognisedByKey.get(sourceKey(o));
      return {
        key: sourceKey(o),
        variant: 'ignored' as const,
        sheet: o.sheet,
        table: o.table,
        block: o.block,
        rows: seen?.rows,
        headers: seen?.headers,
        choice: 'ignore' as const,
        onKindChange: setKind(o),
      };
    }),
    missingHeading: t('missingHeading'),
    missing: scan.missing.map((m) => ({
      kind: m.kind,
      label: pick(TABLE_KIND_SHORT_NAMES[m.kind]),
      text: pick(m.unlocks),
    })),
    warningsTitle: t('warningsTitle'),
    warnings: scan.warnings.map((w, i) => ({ key: `${w.code}-${i}`, text: pick(w.text) })),
  };
}
