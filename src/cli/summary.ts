import type { AnalyzeResult } from '../core/analyze';
import type { Locale } from '../core/locale';
import { KPI_DEFINITIONS } from '../core/metrics/kpis';
import type { KpiId } from '../core/metrics/kpiIds';
import { formatValue } from '../core/retro/formatValue';
import { VERDICT_LABELS } from '../core/retro/verdict';

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

/** The few lines `retro` prints on stdout: verdict, headline KPIs, rejected rows. */
export function summaryLines(result: AnalyzeResult, locale: Locale): string[] {
  const zh = locale === 'zh-CN';
  const rejected = result.ingest.rejected.length;
  const lines: string[] = [];
  if (result.analysis) {
    const { report, verdict } = result.analysis;
    lines.push(`${zh ? '总体结论' : 'Verdict'}: ${VERDICT_LABELS[verdict][locale]}`);
    for (const id of HEADLINE) {
      const value = report.total.kpis[id];
      const def = KPI_DEFINITIONS[id];
      lines.push(
        `  ${def.name[locale]}: ${value.value === null ? '—' : formatValue(value.value, def.format.kind, locale)}`,
      );
    }
  } else {
    lines.push(
      zh
        ? '未找到可用的订单表，只写出了数据质量表。'
        : 'No usable orders table: only the data-quality sheet was written.',
    );
    for (const w of result.ingest.warnings) lines.push(`  ${w.text[locale]}`);
  }
  lines.push(
    zh
      ? `被拒绝的行：${rejected}（详见数据质量表）`
      : `Rejected rows: ${rejected} (see the data-quality sheet)`,
  );
  return lines;
}
