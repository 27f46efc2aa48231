import type { CampaignAnalysis } from '../analyze';
import { phasePacing, stockUps, type PhasePace, type StockUp } from './stockPlan';

export interface StockPlanInputs {
  /** null when the stock-outs analysis could not run (no inventory, no SKUs). */
  readonly stockUps: readonly StockUp[] | null;
  readonly pacing: readonly PhasePace[];
}

/** Stock-ups and pacing for a planned total of paid sales (the base scenario's) against this campaign's. */
export function stockPlanFor(analysis: CampaignAnalysis, plannedSales: number): StockPlanInputs {
  const { report, analyses } = analysis;
  const actual = report.total.measures.paid_sales.value ?? 0;
  const growth = actual > 0 ? plannedSales / actual : 1;
  const phases = report.byPhase.map((p) => ({
    phase: p.kind,
    daily: report.byDay
      .filter((d) => d.part !== 'baseline' && d.phase === p.kind)
      .map((d) => d.measures.paid_sales.value ?? 0),
  }));
  const stockouts = analyses.stockouts;
  return {
    stockUps: stockouts.kind === 'ok' ? stockUps(stockouts, growth) : null,
    pacing: phasePacing(phases, plannedSales),
  };
}
