import type { AnalysisResults } from '../../../analysis';
import type { PhaseFindings } from '../../../analysis/phases';
import type { PhaseKind } from '../../../model/campaign';
import { dayToExcelSerial, type Day } from '../../../model/day';
import { ANALYSIS_ANCHORS as A } from '../../../retro/analysisAnchors';
import { cellAddress } from '../../a1';
import { PHASE_LABELS } from '../../analysisLabels';
import type { PlanCell } from '../../types';
import { formula } from './cells';
import { SECTION_SPAN, subheading, unavailableLine, type SectionContext } from './context';

/** Top days of the campaign by GMV listed under the phases. */
const PEAK_DAYS_LISTED = 3;

interface PeriodRow {
  readonly label: string;
  readonly start: Day;
  readonly end: Day;
  readonly days: number;
  readonly gmv: number;
  readonly kind: 'campaign' | 'phase' | 'baseline';
  readonly phase?: PhaseFindings['phases'][number]['kind'];
}

/**
 * Phases and daily peaks: the campaign, each phase and the baseline with days (a formula over the dates),
 * GMV, share of the campaign's GMV, GMV per day and its multiple of the baseline's daily GMV (formulas);
 * then the top days by GMV with their multiple of the baseline's daily GMV.
 */
export function phasesSection(ctx: SectionContext, result: AnalysisResults['phases']): void {
  const { sheet, t, fmt, locale, anchors } = ctx;
  sheet.section(t('phases'), SECTION_SPAN);
  if (result.kind === 'unavailable') return unavailableLine(ctx, 'phases', result.reason);

  const rows: PeriodRow[] = [
    {
      label: t('campaign'),
      ...result.period,
      days: result.period.end - result.period.start + 1,
      gmv: result.periodGmv,
      kind: 'campaign',
    },
    ...result.phases.map((p): PeriodRow => ({
      label: PHASE_LABELS[p.kind][locale],
      start: p.start,
      end: p.end,
      days: p.days,
      gmv: p.gmv,
      kind: 'phase',
      phase: p.kind,
    })),
  ];
  const base = result.baseline;
  if (base) {
    rows.push({
      label: t('baseline'),
      ...base.range,
      days: base.range.end - base.range.start + 1,
      gmv: base.gmv,
      kind: 'baseline',
    });
  }
  const first = sheet.nextRow + 1;
  const at = (i: number, col: number) => cellAddress(first + i, col);
  const baseIndex = rows.findIndex((r) => r.kind === 'baseline');
  const baseDaily = base ? base.gmv / (base.range.end - base.range.start + 1) : null;
  const placed = sheet.table({
    name: 'Fupan_Diag_Phases',
    header: [
      t('period'),
      t('start'),
      t('end'),
      t('days'),
      t('gmv'),
      t('shareOfGmv'),
      t('dailyGmv'),
      t('vsBaselineDaily'),
    ],
    rows: rows.map((r, i): PlanCell[] => {
      const daily = r.gmv / r.days;
      return [
        r.label,
        dayToExcelSerial(r.start),
        dayToExcelSerial(r.end),
        formula(`${at(i, 2)}-${at(i, 1)}+1`, r.days),
        r.gmv,
        r.kind === 'phase' && result.periodGmv > 0
          ? formula(`${at(i, 4)}/${at(0, 4)}`, r.gmv / result.periodGmv)
          : null,
        formula(`${at(i, 4)}/${at(i, 3)}`, daily),
        r.kind !== 'baseline' && baseDaily !== null && baseDaily > 0
          ? formula(`${at(i, 6)}/${at(baseIndex, 6)}`, daily / baseDaily)
          : null,
      ];
    }),
    formats: [undefined, fmt.date, fmt.date, fmt.count, fmt.money, fmt.percent, fmt.money, fmt.ratio],
  });
  rows.forEach((r, i) => {
    if (!r.phase) return;
    anchors[A.phaseShare(r.phase)] = placed.cell(i, 5);
    if (baseDaily !== null && baseDaily > 0) anchors[A.phaseVsBaseline(r.phase)] = placed.cell(i, 7);
  });

  // Top days of the campaign by GMV.
  const top = result.days
    .filter(
      (d): d is typeof d & { label: PhaseKind | 'campaign' } =>
        d.label !== 'baseline' && d.label !== 'outside' && d.gmv > 0,
    )
    .sort((a, b) => b.gmv - a.gmv || a.day - b.day)
    .slice(0, PEAK_DAYS_LISTED);
  if (top.length === 0) return;
  subheading(ctx, t('peakDays'));
  const dayFirst = sheet.nextRow + 1;
  const days = sheet.table({
    name: 'Fupan_Diag_PeakDays',
    header: [t('date'), t('phase'), t('gmv'), t('orders'), t('vsBaselineDaily')],
    rows: top.map((d, i): PlanCell[] => [
      dayToExcelSerial(d.day),
      d.label === 'campaign' ? t('campaign') : PHASE_LABELS[d.label][locale],
      d.gmv,
      d.orders,
      baseDaily !== null && baseDaily > 0
        ? formula(`${cellAddress(dayFirst + i, 2)}/${at(baseIndex, 6)}`, d.gmv / baseDaily)
        : null,
    ]),
    formats: [fmt.date, undefined, fmt.money, fmt.count, fmt.ratio],
  });
  top.forEach((_, i) => (anchors[A.peakDay(i)] = days.cell(i, 2)));
}
