import type { Locale } from '../../locale';
import { KPI_DEFINITIONS } from '../../metrics/kpis';
import { KPI_IDS } from '../../metrics/kpiIds';
import { MEASURE_IDS, MEASURE_NAMES, type MeasureId } from '../../metrics/measures';
import type { KpiReport, TargetThresholds } from '../../metrics/report';
import type { CampaignInfo } from '../../model/campaign';
import { dayToExcelSerial, rangeLength, type DayRange } from '../../model/day';
import { VERDICT_LABELS, type Verdict } from '../../retro/verdict';
import { cellAddress } from '../a1';
import { textUnits } from '../wrappedHeight';
import { kpiCell, kpiNumberFormat, measureNumberFormat } from '../kpiCells';
import { OVERVIEW_LABELS as T } from '../labels';
import { numberFormats } from '../numberFormats';
import { SheetBuilder } from '../sheetBuilder';
import { sheetName, sheetTitle } from '../sheetNames';
import { COLORS, STYLES } from '../theme';
import type { PlanCell, SheetPlan } from '../types';
import type { Anchors } from './anchors';

export interface OverviewInput {
  readonly report: KpiReport;
  readonly campaign: CampaignInfo;
  readonly verdict: Verdict;
  readonly thresholds: TargetThresholds;
}

const VERDICT_STYLE = {
  success: STYLES.good,
  basic_success: STYLES.warn,
  challenged: STYLES.bad,
  not_assessed: STYLES.muted,
} as const;

/**
 * Overview: the verdict, the campaign calendar, the goal table (attainment and status as formulas over
 * target and actual, with an icon set) and the headline KPIs vs baseline, whose ratios are formulas over the
 * aggregates listed under them.
 */
export function planOverviewSheet(
  input: OverviewInput,
  locale: Locale,
): { sheet: SheetPlan; anchors: Anchors } {
  const { report, campaign, verdict, thresholds } = input;
  const fmt = numberFormats(locale);
  const t = (key: keyof typeof T) => T[key][locale];
  const sheet = new SheetBuilder('overview', sheetName('overview', locale), COLORS.brand);
  const anchors: Record<string, string> = {};

  sheet.title(
    campaign.name ? `${sheetTitle('overview', locale)} · ${campaign.name}` : sheetTitle('overview', locale),
  );
  const verdictRow = sheet.put([[t('verdict'), VERDICT_LABELS[verdict][locale]]]).row;
  sheet.format(cellAddress(verdictRow, 0), undefined, STYLES.label);
  sheet.format(cellAddress(verdictRow, 1), undefined, VERDICT_STYLE[verdict]);
  anchors['verdict'] = cellAddress(verdictRow, 1);
  sheet.skip();

  // Calendar: dates as Excel dates, days as a formula over them.
  sheet.section(t('calendar'));
  const periods: [keyof typeof T, DayRange | null][] = [
    // An undated campaign (no table has dates) has no period to show.
    ['campaign', campaign.periodSource === 'undated' ? null : campaign.period],
    ...campaign.phases.map((p): [keyof typeof T, DayRange] => [p.kind, p]),
    ['baseline', campaign.baseline],
  ];
  const calendarRows = periods.filter((p): p is [keyof typeof T, DayRange] => p[1] !== null);
  const calendarFirst = sheet.nextRow + 1;
  const calendar = sheet.table({
    name: 'Fupan_Overview_Calendar',
    header: [t('period'), t('start'), t('end'), t('days')],
    rows: calendarRows.map(([key, range], i) => [
      t(key),
      dayToExcelSerial(range.start),
      dayToExcelSerial(range.end),
      {
        kind: 'formula',
        formula: `=${cellAddress(calendarFirst + i, 2)}-${cellAddress(calendarFirst + i, 1)}+1`,
        value: rangeLength(range),
      },
    ]),
    formats: [undefined, fmt.date, fmt.date, fmt.count],
  });
  anchors['calendar'] = calendar.cell(0, 0);
  const campaignDaysCell = calendar.cell(0, 3);
  const baselineIndex = calendarRows.findIndex(([key]) => key === 'baseline');
  const baselineDaysCell = baselineIndex >= 0 ? calendar.cell(baselineIndex, 3) : null;

  // Goals. The headline table's position is fixed by the goal table's size, so actuals can be formulas
  // that read the headline KPI cells below.
  sheet.section(t('goals'));
  const goalsHeader = sheet.nextRow;
  const goalsRows = Math.max(1, report.targets.length);
  const headlineHeader = goalsHeader + goalsRows + 2 + 1 + (report.targets.length === 0 ? 1 : 0);
  const kpiRow = new Map(KPI_IDS.map((id, i) => [id, headlineHeader + 1 + i]));
  const measuresHeader = headlineHeader + Math.max(1, KPI_IDS.length) + 2 + 1;
  const measureRow = new Map(MEASURE_IDS.map((id, i) => [id, measuresHeader + 1 + i]));

  if (report.targets.length === 0) sheet.put([[t('noGoals')]], 0, STYLES.muted);
  const statusWords = [t('exceeded'), t('nearlyMet'), t('missed')].map((w) => `"${w}"`);
  const goals = sheet.table({
    name: 'Fupan_Overview_Goals',
    header: [t('metric'), t('kpi'), t('channel'), t('target'), t('actual'), t('attainment'), t('status')],
    rows: report.targets.map((target, i): PlanCell[] => {
      const row = sheet.nextRow + 1 + i;
      const targetCell = cellAddress(row, 3);
      const actualCell = cellAddress(row, 4);
      const attainmentCell = cellAddress(row, 5);
      const kpiName = target.kpi ? KPI_DEFINITIONS[target.kpi].name[locale] : null;
      const headline = target.kpi && target.channel === null ? kpiRow.get(target.kpi) : undefined;
      const actual: PlanCell =
        target.actual.value === null
          ? target.actual.reason[locale]
          : headline !== undefined
            ? { kind: 'formula', formula: `=${cellAddress(headline, 1)}`, value: target.actual.value }
            : target.actual.value;
      const lower = target.direction === 'lower';
      const attainment: PlanCell =
        target.attainment.value === null
          ? target.attainment.reason[locale]
          : {
              kind: 'formula',
              formula: lower ? `=${targetCell}/${actualCell}` : `=${actualCell}/${targetCell}`,
              value: target.attainment.value,
            };
      const statusWord = {
        exceeded: t('exceeded'),
        nearly_met: t('nearlyMet'),
        missed: t('missed'),
        not_computed: t('notComputed'),
      }[target.status];
      const status: PlanCell =
        target.attainment.value === null
          ? statusWord
          : {
              kind: 'formula',
              formula: `=IF(${attainmentCell}>=${thresholds.exceeded},${statusWords[0]},IF(${attainmentCell}>=${thresholds.nearlyMet},${statusWords[1]},${statusWords[2]}))`,
              value: statusWord,
            };
      return [
        target.metric,
        kpiName,
        target.channel ?? t('allChannels'),
        target.target,
        actual,
        attainment,
        status,
      ];
    }),
  });
  report.targets.forEach((target, i) => {
    if (target.kpi) {
      const format = kpiNumberFormat(target.kpi, locale);
      sheet.format(goals.cell(i, 3), format).format(goals.cell(i, 4), format);
    }
    anchors[`target.${i}`] = goals.cell(i, 5);
  });
  if (report.targets.length > 0) {
    sheet.format(goals.columnRange(5), fmt.percent);
    sheet.conditional({
      kind: 'iconSet',
      range: goals.columnRange(5),
      icons: 'threeSymbols',
      thresholds: [thresholds.nearlyMet, thresholds.exceeded],
    });
  }

  // Headline KPIs: formulas over the aggregates table below.
  sheet.section(t('headline'));
  if (sheet.nextRow !== headlineHeader) throw new Error('Broken contract: overview layout drifted.');
  const base = report.baseline;
  const measureRef = (column: number) => (m: MeasureId) => cellAddress(measureRow.get(m) as number, column);
  const headline = sheet.table({
    name: 'Fupan_Overview_KPIs',
    header: [t('kpi'), t('campaign'), t('baseline'), t('change'), t('changePerDay'), t('formula')],
    rows: KPI_IDS.map((id): PlanCell[] => {
      const row = kpiRow.get(id) as number;
      const def = KPI_DEFINITIONS[id];
      const now = report.total.kpis[id];
      const before = base?.kpis[id] ?? null;
      const both = now.value !== null && before !== null && before.value !== null && before.value !== 0;
      const b = cellAddress(row, 1);
      const c = cellAddress(row, 2);
      const change: PlanCell = both
        ? {
            kind: 'formula',
            formula: `=${b}/${c}-1`,
            value: (now.value as number) / (before.value as number) - 1,
          }
        : null;
      const perDay: PlanCell =
        both && def.additive && baselineDaysCell
          ? {
              kind: 'formula',
              formula: `=(${b}/${campaignDaysCell})/(${c}/${baselineDaysCell})-1`,
              value: perDayChange(report, id),
            }
          : null;
      return [
        def.name[locale],
        kpiCell(id, now, report.total.measures, measureRef(1), locale),
        base && before ? kpiCell(id, before, base.measures, measureRef(2), locale) : null,
        change,
        perDay,
        def.formula[locale],
      ];
    }),
  });
  KPI_IDS.forEach((id, i) => {
    const format = kpiNumberFormat(id, locale);
    sheet.format(headline.cell(i, 1), format).format(headline.cell(i, 2), format);
    anchors[`kpi.${id}`] = headline.cell(i, 1);
    anchors[`kpi.${id}.baseline`] = headline.cell(i, 2);
  });
  sheet.format(headline.columnRange(3), fmt.percentDelta).format(headline.columnRange(4), fmt.percentDelta);

  sheet.section(t('measures'));
  if (sheet.nextRow !== measuresHeader) throw new Error('Broken contract: overview layout drifted.');
  const measureCell = (value: { value: number | null }) => value.value;
  const measures = sheet.table({
    name: 'Fupan_Overview_Aggregates',
    header: [t('measure'), t('campaign'), t('baseline')],
    rows: MEASURE_IDS.map((m) => [
      MEASURE_NAMES[m][locale],
      measureCell(report.total.measures[m]),
      base ? measureCell(base.measures[m]) : null,
    ]),
  });
  MEASURE_IDS.forEach((m, i) => {
    const format = measureNumberFormat(m, locale);
    sheet.format(measures.cell(i, 1), format).format(measures.cell(i, 2), format);
    anchors[`measure.${m}`] = measures.cell(i, 1);
  });

  [30, 16, 16, 14, 14, 14, 14].forEach((w, i) => sheet.width(i, w));
  // The goals' KPI and channel names are text beside numbers: a narrow column cuts them off at the next cell.
  for (const col of [1, 2]) {
    const texts = goalRowsText(report, locale, t('allChannels')).map((row) => row[col - 1] ?? '');
    sheet.width(col, Math.min(MAX_NAME_WIDTH, Math.max(16, ...texts.map((x) => textUnits(x) + 2))));
  }
  sheet.width(5, 40);
  return { sheet: sheet.build(), anchors };
}

/** The widest a name column grows to fit its names; longer ones wrap. */
const MAX_NAME_WIDTH = 34;

/** Each goal's KPI name and channel, as the goals table shows them. */
function goalRowsText(report: KpiReport, locale: Locale, allChannels: string): (readonly [string, string])[] {
  return report.targets.map(
    (target) =>
      [target.kpi ? KPI_DEFINITIONS[target.kpi].name[locale] : '', target.channel ?? allChannels] as const,
  );
}

/** Change of the per-day average vs the baseline's, as the per-day formula computes it. */
function perDayChange(report: KpiReport, id: (typeof KPI_IDS)[number]): number | null {
  const ratio = report.vsBaseline?.kpis[id].perDay?.ratio.value;
  return ratio === undefined || ratio === null ? null : ratio - 1;
}
