import { findCutCells } from './cutCells';
import { safeSheet } from './safeCells';
import type { CampaignAnalysis } from '../analyze';
import type { Locale } from '../locale';
import { KPI_IDS } from '../metrics/kpiIds';
import type { IngestResult } from '../model/campaign';
import { shortfallSuggestions } from '../retro/kpiFacts';
import type { RetroFact } from '../retro/fact';
import { missingTableFacts, missingTables } from '../retro/missingTables';
import { retroFacts } from '../retro/retroFacts';
import { SHEET_PREFIX } from './sheetNames';
import type { Anchors } from './sheets/anchors';
import { planChannelsSheet } from './sheets/channelsSheet';
import { planCustomersSheet } from './sheets/customersSheet';
import { planDiagnosticsSheet } from './sheets/diagnosticsSheet';
import { planFunnelSheet } from './sheets/funnelSheet';
import { planNextPlanSheet } from './sheets/nextPlanSheet';
import { nextPlanFor, type NextPlanOptions } from '../nextPlan/nextPlan';
import { planOverviewSheet } from './sheets/overviewSheet';
import { planQualitySheet } from './sheets/qualitySheet';
import { planRetroSheet } from './sheets/retroSheet';
import { planTrendSheet } from './sheets/trendSheet';
import type { NamedRangePlan, SheetKey, SheetPlan, WorkbookPlan } from './types';

/**
 * The data-quality sheet again, with the full text of every cell of `sheets` that Excel's limit cuts (the
 * section goes at its end, so the anchors the retro links to do not move). Unchanged when nothing is cut.
 */
function withCutCells(
  quality: SheetPlan,
  sheets: readonly SheetPlan[],
  ingest: IngestResult,
  locale: Locale,
): SheetPlan {
  const cut = findCutCells(sheets);
  return cut.length === 0 ? quality : planQualitySheet(ingest, locale, {}, cut);
}

/**
 * The workbook plan for one run, in the order the sheets appear:
 *
 *   overview · trend · channels & ROI · funnel · customers · diagnostics · data quality · retro · next plan
 *
 * KPI sheets come first and expose anchors (named cells); the retro sheet is planned last so that every
 * DATA sentence can link to the cell its number comes from. A campaign without orders gets every sheet,
 * each with what its tables support, and the retro opens with what is missing (retro/missingTables.ts).
 * Without any analysis (nothing recognised), only the data-quality sheet is planned: it says what was found
 * and why nothing could be computed.
 */
export function planWorkbook(
  ingest: IngestResult,
  analysis: CampaignAnalysis | null,
  locale: Locale,
  /** The retro's facts, when the caller already has them (e.g. to show findings too); computed otherwise. */
  facts?: readonly RetroFact[],
  /** The user's say over the next campaign's plan (budget bounds). */
  options: { readonly nextPlan?: NextPlanOptions } = {},
): WorkbookPlan {
  const qualityAnchors: Record<string, string> = {};
  const quality = planQualitySheet(ingest, locale, qualityAnchors);
  if (!analysis) {
    const alone = withCutCells(quality, [quality], ingest, locale);
    return {
      version: 1,
      locale,
      sheetPrefix: SHEET_PREFIX[locale],
      sheets: [safeSheet(alone, locale)],
      namedRanges: [],
      activeSheet: alone.name,
    };
  }
  const { report, data, verdict, thresholds } = analysis;
  const planned: { sheet: SheetPlan; anchors: Anchors }[] = [
    planOverviewSheet({ report, campaign: data.campaign, verdict, thresholds }, locale),
    planTrendSheet(report, locale),
    planChannelsSheet(report, locale),
    planFunnelSheet(analysis, locale),
    planCustomersSheet(analysis, locale),
    planDiagnosticsSheet(analysis, locale),
  ];
  const plannedByKey = new Map<SheetKey, { sheet: SheetPlan; anchors: Anchors }>(
    [...planned, { sheet: quality, anchors: qualityAnchors }].map((p) => [p.sheet.key, p]),
  );
  const next = nextPlanFor(analysis, options.nextPlan);
  // Every proposed number of the plan links to its basis on the sheets planned above.
  const nextPlan = planNextPlanSheet(next.proposal, locale, next.budget, next.stock, (sheet, anchor) => {
    const target = plannedByKey.get(sheet);
    const address = target?.anchors[anchor];
    return target && address ? { sheet: target.sheet.name, address } : null;
  });
  const byKey = new Map(plannedByKey).set('nextPlan', nextPlan);
  // A campaign without orders opens its retro with what is missing and what each table would unlock.
  const retroStatements = [...missingTableFacts(missingTables(ingest)), ...(facts ?? retroFacts(analysis))];
  const retro = planRetroSheet(
    {
      campaignName: data.campaign.name,
      facts: retroStatements,
      shortfalls: shortfallSuggestions(retroStatements),
      resolve: ({ sheet, anchor }) => {
        const target = byKey.get(sheet);
        const address = target?.anchors[anchor];
        return target && address ? { sheet: target.sheet.name, address } : null;
      },
    },
    locale,
  );
  const overview = planned[0] as { sheet: SheetPlan; anchors: Anchors };
  const namedRanges: NamedRangePlan[] = KPI_IDS.flatMap((id) => {
    const address = overview.anchors[`kpi.${id}`];
    return address ? [{ name: `Fupan_KPI_${id}`, sheet: overview.sheet.name, range: address }] : [];
  });
  const kpiSheets = planned.map((p) => p.sheet);
  const finalQuality = withCutCells(quality, [...kpiSheets, quality, retro, nextPlan.sheet], ingest, locale);
  // Every cell as Excel accepts it: no Infinity or NaN, no text past 32,767 characters.
  const sheets = [...kpiSheets, finalQuality, retro, nextPlan.sheet].map((s) => safeSheet(s, locale));
  return {
    version: 1,
    locale,
    sheetPrefix: SHEET_PREFIX[locale],
    sheets,
    namedRanges,
    activeSheet: retro.name,
  };
}
