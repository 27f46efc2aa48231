import type { Locale } from '../core/locale';
import { KPI_DEFINITIONS } from '../core/metrics/kpis';
import type { KpiId } from '../core/metrics/kpiIds';
import { OVERVIEW_LABELS } from '../core/plan/labels';
import { formatValue } from '../core/retro/formatValue';
import { VERDICT_LABELS } from '../core/retro/verdict';
import { cliMessages as msg } from './messages';
import type { MeasureResult } from '../core/analyze';

const HEADLINE: readonly KpiId[] = [
  'gmv',
  'paid_sales',
  'net_sales',
  'orders',
  'buyers',
  'uv',
  'cvr',
  'spend',
  'roas',
  'roi',
];

/**
 * The few lines `retro` and `kpis` print on stdout: verdict, headline KPIs (— for one that cannot be
 * computed), rejected rows. `written`: whether a workbook was written (retro), which the lines point to.
 */
export function summaryLines(result: MeasureResult, locale: Locale, written: boolean): string[] {
  const rejected = result.ingest.rejected.length;
  const lines: string[] = [];
  if (result.analysis) {
    const { report, verdict } = result.analysis;
    // A campaign without orders: say so first, with what orders would unlock.
    const absent = result.ingest.warnings.find((w) => w.code === 'orders_absent');
    if (absent) lines.push(absent.text[locale]);
    lines.push(`${OVERVIEW_LABELS.verdict[locale]}: ${VERDICT_LABELS[verdict][locale]}`);
    for (const id of HEADLINE) {
      const value = report.total.kpis[id];
      const def = KPI_DEFINITIONS[id];
      lines.push(
        `  ${def.name[locale]}: ${value.value === null ? '—' : formatValue(value.value, def.format.kind, locale)}`,
      );
    }
  } else {
    lines.push((written ? msg.noOrdersWritten : msg.noOrders)[locale]);
    for (const w of result.ingest.warnings) lines.push(`  ${w.text[locale]}`);
  }
  lines.push(msg.rejectedRows(rejected, written)[locale]);
  return lines;
}
