import type { Locale } from '../../locale';
import type { KpiFormatKind } from '../../metrics/kpiDefinition';
import {
  PLAN_FACTORS,
  SCENARIOS,
  type FactorBasis,
  type PlanFactor,
  type PlannedFigures,
  type TargetProposal,
} from '../../nextPlan/targets';
import { formatValue } from '../../retro/formatValue';
import { cellAddress, columnLetters } from '../a1';
import { BUDGET_LABELS as B, NEXT_PLAN_LABELS as T, STOCK_LABELS as K } from '../nextPlanLabels';
import type { BudgetPlan } from '../../nextPlan/budgetMoves';
import type { StockPlanInputs } from '../../nextPlan/stockInputs';
import { PHASE_LABELS } from '../analysisLabels';
import { numberFormats } from '../numberFormats';
import { SheetBuilder } from '../sheetBuilder';
import { sheetName, sheetTitle } from '../sheetNames';
import { COLORS, STYLES } from '../theme';
import type { FormulaCell, PlanCell, SheetPlan } from '../types';
import type { Anchors } from './anchors';
import { BasisLinks, type ResolveAnchor } from './nextPlanBasis';
import { KeyIndex } from '../../analysis/aggregate/keyIndex';
import type { SalesFactorId } from '../../analysis/decomposition';
import { ANALYSIS_ANCHORS as A, type GapReference } from '../../retro/analysisAnchors';

const FACTOR_LABEL = { uv: 'uvGrowth', cvr: 'cvrLift', value: 'valueChange' } as const;
/** The decomposition's factor each plan factor's headroom comes from. */
const FACTOR_EFFECT: Readonly<Record<PlanFactor, SalesFactorId>> = {
  uv: 'uv',
  cvr: 'cvr',
  value: 'sales_per_buyer',
};
const FACTOR_KIND: Readonly<Record<PlanFactor, KpiFormatKind>> = {
  uv: 'integer',
  cvr: 'percent',
  value: 'money',
};

const HEADER = { bold: true, fill: COLORS.header, fontColor: COLORS.headerText } as const;
/** Input cells look like the retro's note cells: yellow, outlined. */
const INPUT = { fill: COLORS.noteFill, border: 'outline', borderColor: COLORS.border } as const;

/** The columns F–K the assumption rows' basis sentence spans (merged), before the basis cell in L. */
const GAP: readonly null[] = [null, null, null, null, null, null];

const abs = (address: string): string => address.replace(/([A-Z]+)(\d+)/, '$$$1$$$2');
const formula = (f: string, value: number | string | null): FormulaCell => ({
  kind: 'formula',
  formula: f,
  value,
});

/**
 * The next campaign's plan (复盘-下次计划), live: the scenario assumptions sit in input cells, every target
 * is an Excel formula over them and this campaign's per-channel levels, so that a user changes an
 * assumption or a budget in Excel and the plan recomputes with no add-in. The cached values are the
 * engine's (nextPlan/targets.ts), which the formulas reproduce.
 */
export function planNextPlanSheet(
  proposal: TargetProposal | null,
  locale: Locale,
  budget: BudgetPlan | null = null,
  stock: StockPlanInputs | null = null,
  /** Where the other sheets' anchors landed: each proposed number links to its basis there. */
  resolve: ResolveAnchor = () => null,
): { sheet: SheetPlan; anchors: Anchors } {
  const fmt = numberFormats(locale);
  const t = (key: keyof typeof T) => T[key][locale];
  const sheet = new SheetBuilder('nextPlan', sheetName('nextPlan', locale), COLORS.series[4]);
  const links = new BasisLinks(resolve, sheet.name);
  const anchors: Record<string, string> = { top: 'A1' };
  sheet.title(sheetTitle('nextPlan', locale), t('subtitle'));
  [30, 14, 14, 14, 16, 16, 16, 16, 18, 18, 18, 26, 26].forEach((w, i) => sheet.width(i, w));
  if (!proposal) {
    sheet.put([[t('noPlan')]], 0, STYLES.sentence);
    sheet.skip();
    // Budget moves need only spend and sales by day: they do not wait for a traffic table.
    budgetSection(sheet, budget, locale, anchors, links);
    return { sheet: sheet.build(), anchors };
  }

  // Assumptions: one row per factor, one input column per scenario (B, C, D), then the basis.
  sheet.section(t('assumptions'), 12);
  const head = sheet.put([
    [
      t('assumption'),
      t('conservative'),
      t('base'),
      t('stretch'),
      t('basis'),
      ...GAP,
      t('source'),
      t('gapSource'),
    ],
  ]).row;
  sheet.format(`${cellAddress(head, 0)}:${cellAddress(head, 12)}`, undefined, HEADER);
  // The spreads' table follows the three assumption rows (and a blank row, its section, its header).
  const phases = proposal.phases;
  const spreadRow = phases.length > 0 ? head + 7 + phases.length : null;
  const input: Record<PlanFactor, Record<(typeof SCENARIOS)[number], string>> = {} as never;
  for (const f of PLAN_FACTORS) {
    const b = proposal.bases[f];
    const { row } = sheet.put([
      [
        t(FACTOR_LABEL[f]),
        ...SCENARIOS.map((s) => b.change[s]),
        basisText(b, locale),
        ...GAP,
        // The spread the scenarios are built from, then the gap that gives the headroom.
        b.spread !== null && spreadRow !== null
          ? links.here(cellAddress(spreadRow, 2 + PLAN_FACTORS.indexOf(f)))
          : links.to('trend', 'daily.top'),
        headroomLink(b, links),
      ],
    ]);
    input[f] = { conservative: cellAddress(row, 1), base: cellAddress(row, 2), stretch: cellAddress(row, 3) };
    sheet.format(`${cellAddress(row, 1)}:${cellAddress(row, 3)}`, fmt.percentDelta, INPUT);
    // The basis is a sentence: it spans the columns the channel table below uses for numbers.
    sheet.format(cellAddress(row, 4), undefined, STYLES.sentence);
    sheet.merge(`E${row + 1}:K${row + 1}`);
    sheet.height(row, 30);
    anchors[`assumption.${f}`] = cellAddress(row, 2);
  }
  sheet.skip();
  if (spreadRow !== null) spreadTable(sheet, proposal, spreadRow, locale, links);

  // Channels: this campaign's levels (values), the budget (input), each scenario's sales (formulas).
  sheet.section(t('channels'), 12);
  const header = [
    t('channel'),
    t('uv'),
    t('cvr'),
    t('value'),
    t('ordersPerBuyerDay'),
    t('buyersPerBuyerDay'),
    t('newPerBuyerDay'),
    t('budget'),
    ...SCENARIOS.map((s) => t('salesOf') + t(s)),
    t('source'),
  ];
  const top = sheet.put([header]).row;
  sheet.format(`${cellAddress(top, 0)}:${cellAddress(top, header.length - 1)}`, undefined, {
    ...HEADER,
    wrap: true,
  });
  sheet.height(top, 30);
  const first = top + 1;
  const n = proposal.levels.length;
  const last = first + n - 1;
  const col = (c: number): string => `$${columnLetters(c)}$${first + 1}:$${columnLetters(c)}$${last + 1}`;
  const scenarioOf = (s: (typeof SCENARIOS)[number]) => proposal.scenarios.find((x) => x.scenario === s)!;
  proposal.levels.forEach((l, i) => {
    const r = first + i + 1; // 1-based row in formulas
    const name = l.channel === '' ? t('allChannels') : (l.channel ?? t('empty'));
    sheet.put([
      [
        name,
        l.uv,
        l.cvr,
        l.value,
        l.ordersPerBuyerDay,
        l.buyersPerBuyerDay,
        l.newPerBuyerDay ?? t('unknown'),
        l.spend,
        ...SCENARIOS.map((s) =>
          formula(
            `=B${r}*(1+${abs(input.uv[s])})*C${r}*(1+${abs(input.cvr[s])})*D${r}*(1+${abs(input.value[s])})`,
            scenarioOf(s).channels[i]!.sales,
          ),
        ),
        // This campaign's paid sales of the channel (= UV × CVR × value), on the channels sheet.
        l.channel === ''
          ? links.to('overview', 'measure.paid_sales')
          : links.to('channels', `channel.${l.channel === null ? '' : KeyIndex.keyOf(l.channel)}.paid_sales`),
      ],
    ]);
  });
  sheet.format(`B${first + 1}:B${last + 1}`, fmt.count);
  sheet.format(`C${first + 1}:C${last + 1}`, '0.00%');
  sheet.format(`D${first + 1}:D${last + 1}`, fmt.money);
  sheet.format(`E${first + 1}:G${last + 1}`, '0.000');
  sheet.format(`H${first + 1}:H${last + 1}`, fmt.moneyWhole, INPUT);
  sheet.format(`I${first + 1}:K${last + 1}`, fmt.moneyWhole);
  sheet.skip();

  // Campaign targets: KPI × scenario, formulas over the channel table and the assumptions.
  sheet.section(t('targets'), 6);
  const kpiHead = sheet.put([
    [t('kpi'), t('conservative'), t('base'), t('stretch'), t('thisCampaign'), t('source')],
  ]).row;
  sheet.format(`${cellAddress(kpiHead, 0)}:${cellAddress(kpiHead, 5)}`, undefined, HEADER);
  // This campaign's figures, from the same levels the targets grow: Σ over channels.
  const levels = proposal.levels;
  const over = (pick: (l: (typeof levels)[number]) => number) => levels.reduce((s, l) => s + pick(l), 0);
  const buyerDays = (l: (typeof levels)[number]) => l.uv * l.cvr;
  const actualSales = over((l) => buyerDays(l) * l.value);
  const actualSpend = over((l) => l.spend);
  const growth = (s: (typeof SCENARIOS)[number]) => `(1+${abs(input.uv[s])})*(1+${abs(input.cvr[s])})`;
  const salesCol = (k: number) => col(8 + k);
  const rows: {
    key: string;
    label: string;
    format: string;
    cells: PlanCell[];
    actual: PlanCell;
    basis: PlanCell;
  }[] = [
    {
      key: 'sales',
      label: t('paidSales'),
      format: fmt.moneyWhole,
      cells: SCENARIOS.map((s, k) => formula(`=SUM(${salesCol(k)})`, scenarioOf(s).total.sales)),
      actual: actualSales,
      basis: links.to('overview', 'measure.paid_sales'),
    },
    {
      key: 'uv',
      label: t('visitors'),
      format: fmt.count,
      cells: SCENARIOS.map((s) => formula(`=SUM(${col(1)})*(1+${abs(input.uv[s])})`, scenarioOf(s).total.uv)),
      actual: over((l) => l.uv),
      basis: links.to('overview', 'measure.visitor_days'),
    },
    ...(
      [
        ['orders', t('paidOrders'), 4, (p: PlannedFigures) => p.orders, 'paid_orders'],
        ['buyers', t('buyers'), 5, (p: PlannedFigures) => p.buyers, 'buyers'],
      ] as const
    ).map(([key, label, c, pick, measure]) => ({
      key,
      label,
      format: fmt.count,
      cells: SCENARIOS.map((s) =>
        formula(`=SUMPRODUCT(${col(1)},${col(2)},${col(c)})*${growth(s)}`, pick(scenarioOf(s).total)),
      ),
      actual: over((l) => buyerDays(l) * (key === 'orders' ? l.ordersPerBuyerDay : l.buyersPerBuyerDay)),
      basis: links.to('overview', `measure.${measure}`),
    })),
    {
      key: 'new',
      label: t('newCustomers'),
      format: fmt.count,
      cells: SCENARIOS.map((s) => {
        const v = scenarioOf(s).total.newCustomers;
        return v === null
          ? t('unknown')
          : formula(`=SUMPRODUCT(${col(1)},${col(2)},${col(6)})*${growth(s)}`, v);
      }),
      actual: levels.some((l) => l.newPerBuyerDay === null)
        ? t('unknown')
        : over((l) => buyerDays(l) * (l.newPerBuyerDay ?? 0)),
      basis: links.to('overview', 'measure.new_buyers'),
    },
  ];
  const salesRow = sheet.nextRow + 1; // 1-based row of the paid-sales targets
  for (const r of rows) {
    const { row } = sheet.put([[r.label, ...r.cells, r.actual, r.basis]]);
    sheet.format(`B${row + 1}:E${row + 1}`, r.format, STYLES.label);
    SCENARIOS.forEach((s, k) => (anchors[`${r.key}.${s}`] = cellAddress(row, 1 + k)));
  }
  const { row: roasRow } = sheet.put([
    [
      t('roas'),
      ...SCENARIOS.map((s, k) => {
        const target = `${columnLetters(1 + k)}${salesRow}`;
        const roas = scenarioOf(s).total.roas;
        return formula(`=IF(SUM(${col(7)})>0,${target}/SUM(${col(7)}),"")`, roas ?? '');
      }),
      actualSpend > 0 ? actualSales / actualSpend : '',
      links.to('overview', 'kpi.roas'),
    ],
  ]);
  sheet.format(`B${roasRow + 1}:E${roasRow + 1}`, fmt.ratio, STYLES.label);
  SCENARIOS.forEach((s, k) => (anchors[`roas.${s}`] = cellAddress(roasRow, 1 + k)));
  sheet.skip();

  budgetSection(sheet, budget, locale, anchors, links);
  if (stock) {
    const actual = proposal.levels.reduce((sum, l) => sum + l.uv * l.cvr * l.value, 0);
    stockSection(
      sheet,
      stock,
      { address: anchors['sales.base'] ?? 'C1', actual },
      scenarioOf('base').total.sales,
      locale,
      links,
    );
  }

  sheet.section(t('method'), 5);
  const { row: methodRow } = sheet.put([[t('methodText')]], 0, STYLES.sentence);
  sheet.merge(`A${methodRow + 1}:K${methodRow + 1}`);
  sheet.height(methodRow, 75);
  sheet.skip();
  // The analyst's own plan notes survive a re-run, like the retro's; the assumption cells are recomputed.
  const placeholder = t('notesHint');
  const { row: noteRow } = sheet.put([[t('notes'), placeholder]]);
  sheet.format(cellAddress(noteRow, 0), undefined, STYLES.label);
  sheet.format(`B${noteRow + 1}:H${noteRow + 1}`, undefined, STYLES.note);
  sheet.merge(`B${noteRow + 1}:H${noteRow + 1}`);
  sheet.note({ id: 'next_plan_notes', address: cellAddress(noteRow, 1), placeholder });
  sheet.height(noteRow, 60);
  return { sheet: sheet.build(), anchors };
}

/**
 * Where an assumption's headroom comes from: the decomposition's effect of the factor against the reference
 * that gives it (the target's or the baseline's level); null without headroom.
 */
function headroomLink(b: FactorBasis, links: BasisLinks): PlanCell {
  if (b.headroom === null) return null;
  const reference: GapReference =
    (b.target ?? -Infinity) >= (b.baseline ?? -Infinity) ? 'target' : 'baseline';
  return links.to('diagnostics', A.gapEffect(reference, FACTOR_EFFECT[b.factor]));
}

/**
 * The daily spread of each factor within each phase (robust σ ÷ median of the daily values), each phase
 * weighted by its paid sales, and their weighted mean: the `s` of the scenarios. Each phase links to its paid
 * sales on the trend sheet, the mean to the daily values there.
 */
function spreadTable(
  sheet: SheetBuilder,
  proposal: TargetProposal,
  meanRow: number,
  locale: Locale,
  links: BasisLinks,
): void {
  const fmt = numberFormats(locale);
  const t = (key: keyof typeof T) => T[key][locale];
  sheet.section(t('spreads'), 6);
  const header = [t('phase'), t('phaseWeight'), t('uvSpread'), t('cvrSpread'), t('valueSpread'), t('source')];
  const top = sheet.put([header]).row;
  sheet.format(`${cellAddress(top, 0)}:${cellAddress(top, 5)}`, undefined, { ...HEADER, wrap: true });
  sheet.height(top, 30);
  for (const p of proposal.phases)
    sheet.put([
      [
        PHASE_LABELS[p.phase][locale],
        p.weight,
        ...PLAN_FACTORS.map((f) => p.spread[f] ?? t('noSpread')),
        links.to('trend', `phase.${p.phase}.paid_sales`),
      ],
    ]);
  if (sheet.nextRow !== meanRow) throw new Error('Broken contract: the spreads table moved.');
  sheet.put([
    [
      t('spreadMean'),
      null,
      ...PLAN_FACTORS.map((f) => proposal.bases[f].spread ?? t('noSpread')),
      links.to('trend', 'daily.top'),
    ],
  ]);
  sheet.format(`B${top + 2}:B${meanRow}`, fmt.moneyWhole);
  sheet.format(`C${top + 2}:E${meanRow + 1}`, fmt.percent);
  sheet.format(`A${meanRow + 1}:E${meanRow + 1}`, undefined, STYLES.label);
  sheet.skip();
}

function basisText(b: FactorBasis, locale: Locale): string {
  const kind = FACTOR_KIND[b.factor];
  const t = (key: keyof typeof T) => T[key][locale];
  const parts = [
    `${t('basisActual')} ${formatValue(b.actual, kind, locale)}`,
    b.spread === null
      ? t('basisNoSpread')
      : `${t('basisSpread')} ${formatValue(b.spread, 'percent', locale)}`,
    ...(b.target !== null ? [`${t('basisTarget')} ${formatValue(b.target, kind, locale)}`] : []),
    ...(b.baseline !== null ? [`${t('basisBaseline')} ${formatValue(b.baseline, kind, locale)}`] : []),
    `${t('basisGap')} ${b.headroom === null ? '—' : formatValue(b.headroom, 'percent', locale)}`,
  ];
  return parts.join(t('basisSeparator'));
}

/**
 * Budget moves: per spend channel, the current and proposed budget, marginal ROAS before and after, the
 * expected change in paid sales with its interval, and what the curve rests on (or why there is none).
 * Values, not formulas: they come from the fitted curves, which Excel does not have.
 */
function budgetSection(
  sheet: SheetBuilder,
  budget: BudgetPlan | null,
  locale: Locale,
  anchors: Record<string, string>,
  links: BasisLinks,
): void {
  const fmt = numberFormats(locale);
  const b = (key: keyof typeof B) => B[key][locale];
  sheet.section(b('section'), 12);
  if (!budget) {
    sheet.put([[b('noSpend')]], 0, STYLES.sentence);
    sheet.skip();
    return;
  }
  const { row: intro } = sheet.put([[b('intro')]], 0, STYLES.sentence);
  sheet.merge(`A${intro + 1}:K${intro + 1}`);
  sheet.height(intro, 45);
  const header = [
    b('channel'),
    b('current'),
    b('proposed'),
    b('change'),
    b('marginalNow'),
    b('marginalAfter'),
    b('salesChange'),
    b('low'),
    b('high'),
    b('bound'),
    b('basis'),
    b('source'),
  ];
  const top = sheet.put([header]).row;
  sheet.format(`${cellAddress(top, 0)}:${cellAddress(top, header.length - 1)}`, undefined, {
    ...HEADER,
    wrap: true,
  });
  sheet.height(top, 30);
  const two = (v: number) => v.toFixed(2);
  // Each move links to its channel's row of the response curves below (rows fixed by this layout).
  const n = budget.moves.length;
  const fitFirst = top + n + 6;
  budget.moves.forEach((m, i) => {
    const basis =
      m.fit.kind === 'fit'
        ? b('fitBasis')
            .replace('{beta}', two(m.fit.beta))
            .replace('{low}', two(m.fit.betaLow))
            .replace('{high}', two(m.fit.betaHigh))
            .replace('{r2}', two(m.fit.r2))
            .replace('{days}', String(m.fit.days))
        : b(m.fit.reason);
    sheet.put([
      [
        m.channel ?? '',
        m.current,
        m.proposed,
        m.proposed - m.current,
        m.marginalNow,
        m.marginalAfter,
        m.salesChange,
        m.salesChangeLow,
        m.salesChangeHigh,
        m.maxChange,
        basis,
        links.here(`A${fitFirst + i + 1}`),
      ],
    ]);
  });
  const first = top + 2;
  const last = top + 1 + budget.moves.length;
  const { row: totalRow } = sheet.put([
    [
      b('total'),
      formula(`=SUM(B${first}:B${last})`, sum(budget.moves.map((m) => m.current))),
      formula(`=SUM(C${first}:C${last})`, sum(budget.moves.map((m) => m.proposed))),
      null,
      null,
      null,
      formula(`=SUM(G${first}:G${last})`, budget.salesChange),
      formula(`=SUM(H${first}:H${last})`, budget.salesChangeLow),
      formula(`=SUM(I${first}:I${last})`, budget.salesChangeHigh),
      null,
      null,
      // The budget this campaign: the total spend on the overview.
      links.to('overview', 'measure.spend'),
    ],
  ]);
  sheet.format(`A${totalRow + 1}:K${totalRow + 1}`, undefined, STYLES.label);
  sheet.format(`B${first}:D${totalRow + 1}`, fmt.moneyWhole);
  sheet.format(`E${first}:F${last}`, fmt.ratio);
  sheet.format(`G${first}:I${totalRow + 1}`, fmt.moneyWhole);
  sheet.format(`J${first}:J${last}`, '"±"0%');
  anchors['budget.change'] = `G${totalRow + 1}`;
  sheet.skip();
  fitTable(sheet, budget, fitFirst, locale, links);
}

/**
 * The response curves the budget moves rest on, one row per channel: the days fitted, the mean daily spend
 * and sales the curve is anchored at, the observed range of daily spend, β with its interval and R², and the
 * marginal ROAS as a formula over them. Each row links to the channel's spend on the channels sheet.
 */
function fitTable(
  sheet: SheetBuilder,
  budget: BudgetPlan,
  fitFirst: number,
  locale: Locale,
  links: BasisLinks,
): void {
  const fmt = numberFormats(locale);
  const b = (key: keyof typeof B) => B[key][locale];
  sheet.section(b('fitSection'), 12);
  const { row: intro } = sheet.put([[b('fitIntro')]], 0, STYLES.sentence);
  sheet.merge(`A${intro + 1}:L${intro + 1}`);
  sheet.height(intro, 45);
  const header = [
    b('channel'),
    b('days'),
    b('meanSpend'),
    b('meanSales'),
    b('minSpend'),
    b('maxSpend'),
    b('beta'),
    b('betaLow'),
    b('betaHigh'),
    b('r2'),
    b('marginalNow'),
    b('source'),
  ];
  const top = sheet.put([header]).row;
  sheet.format(`${cellAddress(top, 0)}:${cellAddress(top, 11)}`, undefined, { ...HEADER, wrap: true });
  sheet.height(top, 30);
  if (sheet.nextRow !== fitFirst) throw new Error('Broken contract: the response curves moved.');
  for (const m of budget.moves) {
    const r = sheet.nextRow + 1;
    const f = m.fit;
    const spend = links.to(
      'channels',
      `channel.${m.channel === null ? '' : KeyIndex.keyOf(m.channel)}.spend`,
    );
    sheet.put([
      f.kind === 'fit'
        ? [
            m.channel ?? '',
            f.days,
            f.meanSpend,
            f.meanSales,
            f.minSpend,
            f.maxSpend,
            f.beta,
            f.betaLow,
            f.betaHigh,
            f.r2,
            formula(`=G${r}*D${r}/C${r}`, (f.beta * f.meanSales) / f.meanSpend),
            spend,
          ]
        : [
            m.channel ?? '',
            f.days,
            f.meanSpend,
            null,
            null,
            null,
            b(f.reason),
            null,
            null,
            null,
            null,
            spend,
          ],
    ]);
  }
  const last = sheet.nextRow;
  sheet.format(`C${fitFirst + 1}:F${last}`, fmt.moneyWhole);
  sheet.format(`G${fitFirst + 1}:J${last}`, '0.00');
  sheet.format(`K${fitFirst + 1}:K${last}`, fmt.ratio);
  sheet.skip();
}

function sum(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

/** How many SKUs the stock list shows: the ones that lost the most. */
const STOCK_ROWS = 20;

/**
 * Stock-ups and pacing, live over the base scenario's paid-sales target: the growth cell is that target ÷
 * this campaign's sales, the extra units and the planned phase sales are formulas over it.
 */
function stockSection(
  sheet: SheetBuilder,
  stock: StockPlanInputs,
  baseSales: { address: string; actual: number },
  planned: number,
  locale: Locale,
  links: BasisLinks,
): void {
  // The pacing formulas read this campaign's sales from its own cell.
  const fmt = numberFormats(locale);
  const k = (key: keyof typeof K) => K[key][locale];
  sheet.section(k('section'), 7);
  const growth = baseSales.actual > 0 ? planned / baseSales.actual : 1;
  const { row: actualRow } = sheet.put([
    [k('actualSales'), baseSales.actual, null, null, null, null, links.to('overview', 'measure.paid_sales')],
  ]);
  const actualCell = abs(cellAddress(actualRow, 1));
  sheet.format(cellAddress(actualRow, 1), fmt.moneyWhole);
  const { row: growthRow } = sheet.put([
    [
      k('growth'),
      formula(`=IF(${actualCell}>0,${abs(baseSales.address)}/${actualCell},1)`, growth),
      null,
      null,
      null,
      null,
      links.here(baseSales.address),
    ],
  ]);
  const growthCell = abs(cellAddress(growthRow, 1));
  sheet.format(cellAddress(growthRow, 1), '0.000', STYLES.label);
  sheet.skip();
  if (!stock.stockUps) sheet.put([[k('noStockData')]], 0, STYLES.sentence);
  else if (stock.stockUps.length === 0) sheet.put([[k('noStockouts')]], 0, STYLES.sentence);
  else {
    const header = [
      k('sku'),
      k('stockouts'),
      k('daysOut'),
      k('lostUnits'),
      k('extraUnits'),
      k('lostSales'),
      k('source'),
    ];
    const top = sheet.put([header]).row;
    sheet.format(`${cellAddress(top, 0)}:${cellAddress(top, 6)}`, undefined, { ...HEADER, wrap: true });
    for (const u of stock.stockUps.slice(0, STOCK_ROWS)) {
      const r = sheet.nextRow + 1;
      sheet.put([
        [
          u.sku,
          u.stockouts,
          u.daysOut,
          u.lostUnits ?? k('unknown'),
          u.extraUnits === null ? k('unknown') : formula(`=ROUNDUP(D${r}*${growthCell},0)`, u.extraUnits),
          u.lostSales,
          // The SKU's (first) stock-out on the diagnostics sheet: its days out, units before and lost sales.
          links.to('diagnostics', A.stockoutLost(u.firstStockout)),
        ],
      ]);
    }
    const last = sheet.nextRow;
    sheet.format(`B${top + 2}:E${last}`, fmt.count);
    sheet.format(`F${top + 2}:F${last}`, fmt.moneyWhole);
  }
  sheet.skip();
  if (stock.pacing.length === 0) return;
  const header = [
    k('phase'),
    k('days'),
    k('share'),
    k('peakShare'),
    k('plannedSales'),
    k('plannedPeak'),
    k('source'),
  ];
  const top = sheet.put([header]).row;
  sheet.format(`${cellAddress(top, 0)}:${cellAddress(top, 6)}`, undefined, { ...HEADER, wrap: true });
  for (const p of stock.pacing) {
    const r = sheet.nextRow + 1;
    sheet.put([
      [
        PHASE_LABELS[p.phase][locale],
        p.days,
        p.share,
        p.peakShare,
        formula(`=${growthCell}*${actualCell}*C${r}`, p.plannedSales),
        formula(`=E${r}*D${r}`, p.plannedPeakDay),
        // The phase's paid sales this campaign, on the trend sheet (its share is of their sum).
        links.to('trend', `phase.${p.phase}.paid_sales`),
      ],
    ]);
  }
  const last = sheet.nextRow;
  sheet.format(`C${top + 2}:D${last}`, fmt.percent);
  sheet.format(`E${top + 2}:F${last}`, fmt.moneyWhole);
  sheet.skip();
}
