import { isBudgetBound } from '../../../core/nextPlan/budgetBounds';

/** '30' or '30%' or '12.5' (percent) → 0.3 / 0.125; null unless a number of percent from 0 to 100. */
export function parseBoundPercent(text: string): number | null {
  const cleaned = text.replace(/[%％\s]/g, '');
  if (!/^(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  const share = Number(cleaned) / 100;
  return isBudgetBound(share) ? share : null;
}

/** 0.3 → '30' (percent, at most two decimals, no trailing zeros). */
export function boundPercentText(bound: number): string {
  return String(Math.round(bound * 10_000) / 100);
}
