import type { CampaignAnalysis } from '../../analyze';
import { FUNNEL_STEPS, type Funnel, type FunnelStepId } from '../../analysis/funnel';
import type { Locale } from '../../locale';
import { ANALYSIS_ANCHORS as A } from '../../retro/analysisAnchors';
import { cellAddress, rangeAddress } from '../a1';
import { FUNNEL_LABELS as T, STEP_LABELS } from '../analysisLabels';
import { numberFormats } from '../numberFormats';
import { SheetBuilder } from '../sheetBuilder';
import { sheetName, sheetTitle } from '../sheetNames';
import { COLORS, STYLES } from '../theme';
import type { PlanCell, SheetPlan } from '../types';
import type { Anchors } from './anchors';
import { absolute, clearBelow, formula, noteLines, reasonLine } from './diagnostics/cells';

const CHART_ROWS = 16;
const CHART_COL = 9;

/**
 * Funnel: the step table (count; rate from the previous step and from the first, drop-off and drop-off
 * rate as formulas over the counts), the biggest drop-off highlighted, a bar chart of the counts in funnel
 * order top to bottom, and the funnel per channel. Without a funnel, the reason (which data would unlock
 * it) is the sheet's only line.
 */
export function planFunnelSheet(
  analysis: CampaignAnalysis,
  locale: Locale,
): { sheet: SheetPlan; anchors: Anchors } {
  const fmt = numberFormats(locale);
  const t = (key: keyof typeof T) => T[key][locale];
  const sheet = new SheetBuilder('funnel', sheetName('funnel', locale), COLORS.series[3]);
  const anchors: Record<string, string> = { [A.top]: 'A1' };
  sheet.title(sheetTitle('funnel', locale), t('subtitle'));

  const result = analysis.analyses.funnel;
  if (result.kind === 'unavailable') {
    anchors[A.funnelUnavailable] = reasonLine(sheet, t('unavailable'), result.reason, locale);
    sheet.width(0, 120);
    return { sheet: sheet.build(), anchors };
  }
  const { overall, byChannel, notes } = result;

  sheet.section(t('steps'), 8);
  const chartTop = sheet.nextRow;
  const first = sheet.nextRow + 1;
  const countAt = (i: number) => cellAddress(first + i, 1);
  const biggest = overall.biggestDropOff;
  const rows = overall.steps.map((s, i): PlanCell[] => {
    const previous = i > 0 ? overall.steps[i - 1] : undefined;
    const firstCount = overall.steps[0]?.count ?? 0;
    return [
      STEP_LABELS[s.step][locale],
      s.count,
      previous && previous.count > 0 ? formula(`${countAt(i)}/${countAt(i - 1)}`, s.rateFromPrevious) : null,
      i > 0 && firstCount > 0 ? formula(`${countAt(i)}/${absolute(countAt(0))}`, s.rateFromFirst) : null,
      previous ? formula(`${countAt(i - 1)}-${countAt(i)}`, previous.count - s.count) : null,
      previous && previous.count > 0 && s.rateFromPrevious !== null
        ? formula(`1-${cellAddress(first + i, 2)}`, 1 - s.rateFromPrevious)
        : null,
      s.source === 'traffic' ? t('fromTraffic') : t('fromOrders'),
      biggest && biggest.to === s.step ? t('biggest') : null,
    ];
  });
  const steps = sheet.table({
    name: 'Fupan_Funnel_Steps',
    header: [
      t('step'),
      t('count'),
      t('fromPrevious'),
      t('fromFirst'),
      t('lost'),
      t('lostRate'),
      t('source'),
      t('biggestDrop'),
    ],
    rows,
    formats: [undefined, fmt.count, fmt.percent, fmt.percent, fmt.count, fmt.percent],
  });
  overall.steps.forEach((s, i) => {
    anchors[A.funnelCount(s.step)] = steps.cell(i, 1);
    if (i > 0) {
      anchors[A.funnelFromPrevious(s.step)] = steps.cell(i, 2);
      anchors[A.funnelFromFirst(s.step)] = steps.cell(i, 3);
      anchors[A.funnelLost(s.step)] = steps.cell(i, 4);
    }
    if (biggest && biggest.to === s.step) {
      sheet.format(rangeAddress(steps.firstDataRow + i, 0, 1, steps.columns.length), undefined, STYLES.bad);
    }
  });

  // The chart's data: a bar chart draws its first category at the bottom, so the steps are listed in
  // reverse; the counts are formulas over the step table.
  sheet.put([[t('chartData')]], 0, STYLES.muted);
  const reversed = overall.steps.map((s, i) => ({ s, i })).reverse();
  const { row: dataRow } = sheet.put(
    reversed.map(({ s, i }) => [STEP_LABELS[s.step][locale], formula(countAt(i), s.count)]),
    0,
    STYLES.muted,
  );
  sheet.format(rangeAddress(dataRow, 1, reversed.length, 1), fmt.count);
  sheet.skip();
  if (reversed.length > 0) {
    sheet.chart({
      name: 'Fupan_Funnel_Chart',
      type: 'barClustered',
      title: t('chart'),
      series: [
        {
          name: t('count'),
          categories: rangeAddress(dataRow, 0, reversed.length, 1),
          values: rangeAddress(dataRow, 1, reversed.length, 1),
          axis: 'primary',
          color: COLORS.series[0],
          dataLabels: true,
        },
      ],
      anchor: {
        from: { row: chartTop, col: CHART_COL },
        to: { row: chartTop + CHART_ROWS - 1, col: CHART_COL + 6 },
      },
      legend: 'none',
      yAxis: { numberFormat: fmt.count },
      gapWidth: 30,
    });
  }
  clearBelow(sheet, chartTop + CHART_ROWS - 1);

  sheet.section(t('byChannel'), 8);
  if (byChannel.length > 0) channelTable(sheet, byChannel, locale, anchors);
  else if (!analysis.data.traffic?.channel) sheet.put([[t('noByChannel')]], 0, STYLES.muted);

  if (notes.length > 0) {
    sheet.skip();
    sheet.section(t('notes'), 8);
    noteLines(sheet, notes, locale);
  }
  [18, 12, 18, 16, 12, 14, 28, 18].forEach((w, i) => sheet.width(i, w));
  return { sheet: sheet.build(), anchors };
}

/** One row per channel: the count of each step, the end-to-end rate (a formula) and the biggest drop-off. */
function channelTable(
  sheet: SheetBuilder,
  byChannel: readonly { readonly channel: string; readonly funnel: Funnel }[],
  locale: Locale,
  anchors: Record<string, string>,
): void {
  const fmt = numberFormats(locale);
  const t = (key: keyof typeof T) => T[key][locale];
  const present = FUNNEL_STEPS.filter((step) =>
    byChannel.some((c) => c.funnel.steps.some((s) => s.step === step)),
  );
  const first = sheet.nextRow + 1;
  const rateCol = 1 + present.length;
  const stepName = (step: FunnelStepId) => STEP_LABELS[step][locale];
  const rows = byChannel.map(({ funnel }, i): PlanCell[] => {
    const counts = present.map((step) => funnel.steps.find((s) => s.step === step)?.count ?? null);
    const head = funnel.steps[0];
    const tail = funnel.steps[funnel.steps.length - 1];
    const headCol = 1 + present.indexOf(head?.step ?? 'visit');
    const tailCol = 1 + present.indexOf(tail?.step ?? 'visit');
    const endToEnd: PlanCell =
      head && tail && head !== tail && head.count > 0
        ? formula(
            `${cellAddress(first + i, tailCol)}/${cellAddress(first + i, headCol)}`,
            tail.count / head.count,
          )
        : null;
    const drop = funnel.biggestDropOff;
    return [
      byChannel[i]?.channel ?? '',
      ...counts,
      endToEnd,
      drop ? `${stepName(drop.from)} → ${stepName(drop.to)}` : null,
    ];
  });
  const placed = sheet.table({
    name: 'Fupan_Funnel_Channels',
    header: [t('channel'), ...present.map(stepName), t('endToEnd'), t('biggestDrop')],
    rows,
    formats: [undefined, ...present.map(() => fmt.count), fmt.percent],
  });
  byChannel.forEach((c, i) => (anchors[A.funnelChannelEndToEnd(c.channel)] = placed.cell(i, rateCol)));
  sheet.conditional({
    kind: 'colorScale',
    range: placed.columnRange(rateCol),
    minColor: '#F8696B',
    midColor: '#FFEB84',
    maxColor: '#63BE7B',
  });
}
