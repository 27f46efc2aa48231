import type { CampaignAnalysis } from '../analyze';
import type { RetroFact } from './fact';
import { analysisFacts } from './analysisFacts';
import { kpiFacts } from './kpiFacts';
import { nextPlanFacts } from './nextPlanFacts';
import { targetProposalFor } from '../nextPlan/targetInputs';

/** Every data-backed statement of the retrospective, section by section. */
export function retroFacts(analysis: CampaignAnalysis): RetroFact[] {
  const { report, data, verdict } = analysis;
  return [
    ...kpiFacts({ report, campaign: data.campaign, verdict }),
    ...analysisFacts(analysis),
    ...nextPlanFacts(targetProposalFor(analysis)),
  ];
}
