import type { CampaignAnalysis } from '../analyze';
import type { GapComparison } from '../analysis/decomposition';
import type { AnalysisResult } from '../analysis/result';
import type { KpiGroup } from '../metrics/report';
import type { MeasureId } from '../metrics/measures';
import {
  factorBasis,
  phaseSpread,
  proposeTargets,
  withinPhaseSpread,
  type ChannelLevels,
  type FactorBasis,
  type PhaseDays,
  type PlanFactor,
  type TargetProposal,
} from './targets';

const measure = (g: KpiGroup, id: MeasureId): number | null => g.measures[id].value;

/**
 * A group's levels, or null when its sales cannot be written as UV × CVR × value (sales without UV or
 * buyer-days). A group with neither sales nor UV plans zero sales (its spend still counts).
 */
export function levelsOf(channel: string | null, g: KpiGroup): ChannelLevels | null {
  const sales = measure(g, 'paid_sales') ?? 0;
  const uv = measure(g, 'visitor_days');
  const buyerDays = measure(g, 'buyer_days');
  const spend = measure(g, 'spend') ?? 0;
  if (uv === null || uv <= 0 || buyerDays === null || (buyerDays <= 0 && sales > 0)) {
    if (sales !== 0) return null;
    return {
      channel,
      uv: 0,
      cvr: 0,
      value: 0,
      ordersPerBuyerDay: 0,
      buyersPerBuyerDay: 0,
      newPerBuyerDay: 0,
      spend,
    };
  }
  const per = (x: number | null): number => (buyerDays > 0 && x !== null ? x / buyerDays : 0);
  const newBuyers = measure(g, 'new_buyers');
  return {
    channel,
    uv,
    cvr: buyerDays / uv,
    value: buyerDays > 0 ? sales / buyerDays : 0,
    ordersPerBuyerDay: per(measure(g, 'paid_orders')),
    buyersPerBuyerDay: per(measure(g, 'buyers')),
    newPerBuyerDay: newBuyers === null ? null : per(newBuyers),
    spend,
  };
}

/** The daily values of each factor within each phase, each phase weighted by its paid sales. */
function phaseDays(analysis: CampaignAnalysis): Record<PlanFactor, PhaseDays[]> {
  const out: Record<PlanFactor, PhaseDays[]> = { uv: [], cvr: [], value: [] };
  for (const phase of analysis.report.byPhase) {
    const days = analysis.report.byDay.filter((d) => d.part !== 'baseline' && d.phase === phase.kind);
    const weight = measure(phase, 'paid_sales') ?? 0;
    const uv: number[] = [];
    const cvr: number[] = [];
    const value: number[] = [];
    for (const d of days) {
      const u = measure(d, 'visitor_days');
      const b = measure(d, 'buyer_days');
      const s = measure(d, 'paid_sales');
      if (u !== null && u > 0) uv.push(u);
      if (u !== null && u > 0 && b !== null) cvr.push(b / u);
      if (b !== null && b > 0 && s !== null) value.push(s / b);
    }
    out.uv.push({ weight, values: uv });
    out.cvr.push({ weight, values: cvr });
    out.value.push({ weight, values: value });
  }
  return out;
}

/** The traffic-model factor levels of a comparison's reference side (baseline or target). */
function referenceLevels(c: AnalysisResult<GapComparison>): Record<PlanFactor, number | null> {
  const none = { uv: null, cvr: null, value: null };
  if (c.kind !== 'ok' || c.model !== 'traffic') return none;
  const pick = (id: string): number | null => c.effects.find((e) => e.factor === id)?.before ?? null;
  return { uv: pick('uv'), cvr: pick('cvr'), value: pick('sales_per_buyer') };
}

/**
 * This campaign's targets proposal: per channel when every channel with sales has UV and buyers, else one
 * row for the whole campaign (channel ''); null when not even the campaign's sales split into UV × CVR × value.
 */
export function targetProposalFor(analysis: CampaignAnalysis): TargetProposal | null {
  const { report, analyses } = analysis;
  const total = levelsOf('', report.total);
  if (!total || total.uv <= 0) return null;
  const perChannel = report.byChannel.map((c) => levelsOf(c.channel, c));
  const levels =
    perChannel.length > 0 && perChannel.every((l) => l !== null) ? (perChannel as ChannelLevels[]) : [total];
  const days = phaseDays(analysis);
  const decomposition = analyses.decomposition;
  const target = decomposition.kind === 'ok' ? referenceLevels(decomposition.vsTarget) : null;
  const baseline = decomposition.kind === 'ok' ? referenceLevels(decomposition.vsBaseline) : null;
  const actual: Record<PlanFactor, number> = { uv: total.uv, cvr: total.cvr, value: total.value };
  const basis = (f: PlanFactor): FactorBasis =>
    factorBasis(f, actual[f], withinPhaseSpread(days[f]), target?.[f] ?? null, baseline?.[f] ?? null);
  const phases = analysis.report.byPhase.map((p, i) => ({
    phase: p.kind,
    weight: days.uv[i]!.weight,
    spread: {
      uv: phaseSpread(days.uv[i]!),
      cvr: phaseSpread(days.cvr[i]!),
      value: phaseSpread(days.value[i]!),
    },
  }));
  return proposeTargets(levels, { uv: basis('uv'), cvr: basis('cvr'), value: basis('value') }, phases);
}
