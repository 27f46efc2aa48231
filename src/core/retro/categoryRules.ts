/**
 * When a category's return rate counts as high: at least 1.5 × the campaign's overall return rate and at
 * least 5 percentage points above it (both, so that a low overall rate does not flag noise). One rule for
 * the diagnostics sheet's highlight and the retro's shortfall sentence.
 */
export function highReturnThreshold(overallRate: number | null): number | null {
  if (overallRate === null || !Number.isFinite(overallRate)) return null;
  return Math.max(1.5 * overallRate, overallRate + 0.05);
}
