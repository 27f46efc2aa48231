import { TABLE_KIND_SHORT_NAMES } from '../../../core/messages/names';
import { OVERVIEW_LABELS } from '../../../core/plan/labels';
import { KPI_DEFINITIONS } from '../../../core/metrics/kpis';
import { formatValue } from '../../../core/retro/formatValue';
import { useId, useRef, useState } from 'react';
import { isKpiId, KPI_IDS } from '../../../core/metrics/kpiIds';
import { formatNumber } from '../../../i18n';
import { useLocale } from '../../locale/useLocale';
import { parseTargetValue } from './targetValue';
import type { TargetsEditorProps, TargetsEditorState, TypedTarget } from './TargetsEditor.types';

interface DraftRow {
  readonly id: number;
  readonly metric: string;
  readonly value: string;
  /** Show the value's error only once the analyst left the field. */
  readonly touched: boolean;
}

function validTargets(rows: readonly DraftRow[]): TypedTarget[] {
  return rows.flatMap((row) => {
    const value = parseTargetValue(row.value);
    return row.metric !== '' && value !== null ? [{ metric: row.metric, value }] : [];
  });
}

export function useTargetsEditor({
  tableTargets,
  tableSheet,
  targets,
  onChange,
}: TargetsEditorProps): TargetsEditorState {
  const { locale, t, pick } = useLocale();
  const headingId = useId();
  const nextId = useRef(targets.length);
  const [rows, setRows] = useState<readonly DraftRow[]>(() =>
    targets.map((target, id) => ({ id, metric: target.metric, value: String(target.value), touched: false })),
  );
  const lastSaved = useRef(JSON.stringify(targets));

  const metricText = (metric: string) => (isKpiId(metric) ? pick(KPI_DEFINITIONS[metric].name) : metric);

  const commit = (next: readonly DraftRow[]) => {
    setRows(next);
    const valid = validTargets(next);
    const serialised = JSON.stringify(valid);
    if (serialised === lastSaved.current) return;
    lastSaved.current = serialised;
    onChange(valid);
  };
  const update = (id: number, change: Partial<DraftRow>) =>
    rows.map((r) => (r.id === id ? { ...r, ...change } : r));

  return {
    headingId,
    heading: pick(TABLE_KIND_SHORT_NAMES.targets),
    mode: tableTargets.length > 0 ? 'table' : 'edit',
    tableNote: t('targetsFromTable', { sheet: tableSheet ?? '' }),
    lines: tableTargets.map((target, i) => {
      const notes: string[] = [];
      if (target.channel !== null) notes.push(t('targetChannel', { channel: target.channel }));
      if (target.kpi === null) notes.push(t('targetNotComputed'));
      return {
        key: `${target.sourceRow}-${i}`,
        metric: target.kpi !== null ? metricText(target.kpi) : target.metric,
        // Shown as the KPI is shown everywhere else: 3.0% for a rate, ¥1,040.0万 for money.
        value: isKpiId(target.kpi)
          ? formatValue(target.value, KPI_DEFINITIONS[target.kpi].format.kind, locale)
          : formatNumber(target.value, locale),
        note: notes.length > 0 ? notes.join(' · ') : null,
      };
    }),
    editNote: t('targetsNone'),
    metricLabel: pick(OVERVIEW_LABELS.metric),
    valueLabel: t('targetValue'),
    chooseMetric: t('chooseMetric'),
    metricOptions: KPI_IDS.map((id) => ({ value: id, text: pick(KPI_DEFINITIONS[id].name) })),
    rows: rows.map((row, index) => ({
      id: row.id,
      groupLabel: t('targetRow', { n: index + 1 }),
      metric: row.metric,
      metricText: row.metric === '' ? '' : metricText(row.metric),
      value: row.value,
      valueError: row.touched && parseTargetValue(row.value) === null ? t('invalidNumber') : undefined,
      removeLabel: t('removeTarget', { n: index + 1 }),
    })),
    addLabel: t('addTarget'),
    onMetricSelect: (id, metric) => {
      if (metric !== undefined) commit(update(id, { metric }));
    },
    onValueChange: (id, value) => setRows(update(id, { value })),
    onValueCommit: (id) => commit(update(id, { touched: true })),
    onRemove: (id) => commit(rows.filter((r) => r.id !== id)),
    onAdd: () => setRows([...rows, { id: nextId.current++, metric: '', value: '', touched: false }]),
  };
}
