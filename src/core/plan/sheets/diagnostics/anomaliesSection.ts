import type { AnalysisResults } from '../../../analysis';
import type { AnomalyMetric } from '../../../analysis/anomalies';
import { dayToExcelSerial } from '../../../model/day';
import { ANALYSIS_ANCHORS as A } from '../../../retro/analysisAnchors';
import { cellAddress } from '../../a1';
import { ANOMALY_METRIC_LABELS, fill } from '../../analysisLabels';
import type { NumberFormats } from '../../numberFormats';
import { COLORS } from '../../theme';
import type { PlanCell } from '../../types';
import { formula, noteLines } from './cells';
import { mutedLine, SECTION_SPAN, unavailableLine, type SectionContext } from './context';

const RATE_FORMAT = '0.00%';

function metricFormat(metric: AnomalyMetric, fmt: NumberFormats): string {
  return metric === 'gmv' ? fmt.money : metric === 'cvr' ? RATE_FORMAT : fmt.count;
}

/**
 * Days far from expectation: date, metric, value, expected (the baseline median), the deviation (a formula),
 * the robust z and its direction, by |z|. Planned peak days are counted, not listed.
 */
export function anomaliesSection(ctx: SectionContext, result: AnalysisResults['anomalies']): void {
  const { sheet, t, fmt, locale, anchors } = ctx;
  sheet.section(t('anomalies'), SECTION_SPAN);
  if (result.kind === 'unavailable') return unavailableLine(ctx, 'anomalies', result.reason);
  const { anomalies } = result;
  if (anomalies.length === 0) {
    mutedLine(ctx, fill(t('noAnomalies'), { threshold: result.threshold }));
  } else {
    const first = sheet.nextRow + 1;
    const placed = sheet.table({
      name: 'Fupan_Diag_Anomalies',
      header: [t('date'), t('metric'), t('value'), t('expected'), t('deviation'), t('z'), t('direction')],
      rows: anomalies.map((a, i): PlanCell[] => [
        dayToExcelSerial(a.day),
        ANOMALY_METRIC_LABELS[a.metric][locale],
        a.value,
        a.expected,
        formula(`${cellAddress(first + i, 2)}-${cellAddress(first + i, 3)}`, a.value - a.expected),
        a.z,
        a.direction === 'high' ? t('high') : t('low'),
      ]),
      formats: [fmt.date, undefined, undefined, undefined, undefined, fmt.ratio],
    });
    anomalies.forEach((a, i) => {
      sheet.format(`${placed.cell(i, 2)}:${placed.cell(i, 4)}`, metricFormat(a.metric, fmt));
      anchors[A.anomaly(i)] = placed.cell(i, 0);
    });
    sheet.conditional({
      kind: 'cellValue',
      range: placed.columnRange(5),
      operator: 'lessThan',
      formula1: '0',
      fontColor: COLORS.bad,
      fill: COLORS.badFill,
    });
  }
  if (result.expected.length > 0) mutedLine(ctx, fill(t('expectedPeaks'), { count: result.expected.length }));
  noteLines(sheet, result.notes, locale);
  sheet.skip();
}
