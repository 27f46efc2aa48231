import type { CampaignAnalysis } from '../analyze';
import { dataFacts } from './dataFacts';
import { executionFacts } from './executionFacts';
import type { RetroFact } from './fact';
import type { RankedFact } from './factText';
import { highlightFacts } from './highlightFacts';
import { RETRO_SECTIONS } from './sections';
import { shortfallFacts } from './shortfallFacts';

/**
 * The retrospective's statements that come from the diagnostic analyses, for sections 3 (execution),
 * 4 (data review), 5 (highlights) and 6 (shortfalls). Each states its numbers in both languages, carries a
 * tone, and links to the cell of the funnel, customers or diagnostics sheet its number is on
 * (retro/analysisAnchors.ts). An analysis that could not run states nothing here: its sheet says why.
 *
 * Ranking within a section, most important first:
 *   3 execution, 6 shortfalls — by the sales at stake, in yuan (each fact's weight is defined in
 *     executionFacts.ts and shortfallFacts.ts: lost sales, discount at risk, a factor's negative effect …);
 *   4 data review — by how much of the result a finding explains: the gap to target, the gap to the
 *     baseline, the mix, the funnel, the customers, attribution, the A/B test, the risk (dataFacts.ts);
 *   5 highlights — by the sales gained (highlightFacts.ts).
 * Ties keep the order in which the facts were built.
 */
export function analysisFacts(analysis: CampaignAnalysis): RetroFact[] {
  const ranked: RankedFact[] = [
    ...executionFacts(analysis),
    ...dataFacts(analysis),
    ...highlightFacts(analysis),
    ...shortfallFacts(analysis),
  ];
  return RETRO_SECTIONS.flatMap((section) =>
    ranked
      .map((r, order) => ({ ...r, order }))
      .filter((r) => r.fact.section === section)
      .sort((a, b) => b.weight - a.weight || a.order - b.order)
      .map((r) => r.fact),
  );
}
