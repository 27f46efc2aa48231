import type { AnalysisResults } from '../../../analysis';
import { ANALYSIS_ANCHORS as A } from '../../../retro/analysisAnchors';
import { rangeAddress } from '../../a1';
import { fill, MODEL_LABELS } from '../../analysisLabels';
import { COLORS } from '../../theme';
import type { PlanCell } from '../../types';
import { clearBelow, columnSpan, formula, noteLines } from './cells';
import { mutedLine, SECTION_SPAN, unavailableLine, type SectionContext } from './context';

const CHART_COL = 9;
const CREDIT_FORMAT = '#,##0.0';

/**
 * Attribution: conversions credited to each channel by each of the six models (a table with a total row of
 * sums, each equal to the conversions) and a clustered bar chart of the credits, one series per model.
 */
export function attributionSection(ctx: SectionContext, result: AnalysisResults['attribution']): void {
  const { sheet, t, fmt, locale, anchors } = ctx;
  sheet.section(t('attribution'), SECTION_SPAN);
  if (result.kind === 'unavailable') return unavailableLine(ctx, 'attribution', result.reason);
  const chartTop = sheet.nextRow;
  mutedLine(
    ctx,
    fill(t('attributionSummary'), {
      journeys: result.journeys.toLocaleString('en-US'),
      conversions: result.conversions.toLocaleString('en-US'),
    }),
  );
  const { channels, models } = result;
  const first = sheet.nextRow + 1;
  const n = channels.length;
  const creditOf = (m: number, c: number) => models[m]?.credits[c]?.conversions ?? 0;
  const placed = sheet.table({
    name: 'Fupan_Diag_Attribution',
    header: [t('channel'), ...models.map((m) => MODEL_LABELS[m.model][locale])],
    rows: [
      ...channels.map((channel, c): PlanCell[] => [channel, ...models.map((_, m) => creditOf(m, c))]),
      [
        t('total'),
        ...models.map((_, m) =>
          n > 0
            ? formula(
                `SUM(${columnSpan(first, 1 + m, n)})`,
                channels.reduce((s, _c, c) => s + creditOf(m, c), 0),
              )
            : 0,
        ),
      ],
    ],
    formats: [undefined, ...models.map(() => CREDIT_FORMAT)],
  });
  sheet.format(rangeAddress(first + n, 0, 1, 1 + models.length), undefined, { bold: true });
  models.forEach((m, mi) =>
    channels.forEach((channel, c) => (anchors[A.attribution(m.model, channel)] = placed.cell(c, 1 + mi))),
  );
  noteLines(sheet, result.notes, locale);
  if (n > 0) {
    const rows = Math.max(16, n * 2 + 6);
    sheet.chart({
      name: 'Fupan_Diag_Attribution',
      type: 'barClustered',
      title: t('attributionChart'),
      series: models.map((m, mi) => ({
        name: MODEL_LABELS[m.model][locale],
        categories: rangeAddress(first, 0, n, 1),
        values: rangeAddress(first, 1 + mi, n, 1),
        axis: 'primary' as const,
        color: COLORS.series[mi % COLORS.series.length],
      })),
      anchor: {
        from: { row: chartTop, col: CHART_COL },
        to: { row: chartTop + rows - 1, col: CHART_COL + 7 },
      },
      legend: 'bottom',
      yAxis: { numberFormat: fmt.count },
    });
    clearBelow(sheet, chartTop + rows - 1);
  } else {
    sheet.skip();
  }
}
