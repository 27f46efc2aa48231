import type { CampaignAnalysis } from '../analyze';
import type { BudgetBounds } from './budgetBounds';
import { budgetPlanFor } from './budgetInputs';
import type { BudgetPlan } from './budgetMoves';
import { stockPlanFor, type StockPlanInputs } from './stockInputs';
import { targetProposalFor } from './targetInputs';
import type { TargetProposal } from './targets';

/** What the user says about the next campaign's plan. */
export interface NextPlanOptions {
  readonly budgetBounds?: BudgetBounds;
}

/** The next campaign's plan: targets, budget moves, and stock and pacing for the base scenario. */
export interface NextPlan {
  readonly proposal: TargetProposal | null;
  readonly budget: BudgetPlan | null;
  readonly stock: StockPlanInputs | null;
}

/** Plans the next campaign from this one's analysis (what the plan sheet writes; what the bench times). */
export function nextPlanFor(analysis: CampaignAnalysis, options: NextPlanOptions = {}): NextPlan {
  const proposal = targetProposalFor(analysis);
  const baseSales = proposal?.scenarios.find((s) => s.scenario === 'base')?.total.sales;
  return {
    proposal,
    budget: budgetPlanFor(analysis.data, {}, options.budgetBounds),
    stock: baseSales === undefined ? null : stockPlanFor(analysis, baseSales),
  };
}
