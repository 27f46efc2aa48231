import type { AttributionModel } from '../analysis/attribution';
import type { SalesFactorId } from '../analysis/decomposition';
import type { FunnelStepId } from '../analysis/funnel';
import type { PhaseKind } from '../model/campaign';

/**
 * The names of the anchors (named cells) of the funnel, customers and diagnostics sheets, in one place:
 * the planners set them, the retro sentences about the analyses link to them. Names are the same in both
 * languages; group names (channels, categories, SKUs) are the data's own, as written.
 */
export type GapReference = 'baseline' | 'target';
export type MixDimension = 'channel' | 'category';
export type CustomerGroupKey = 'new' | 'returning' | 'total';

export const ANALYSIS_ANCHORS = {
  top: 'top',
  // funnel sheet
  funnelUnavailable: 'funnel.unavailable',
  funnelCount: (step: FunnelStepId) => `funnel.${step}.count`,
  funnelFromPrevious: (step: FunnelStepId) => `funnel.${step}.fromPrevious`,
  funnelFromFirst: (step: FunnelStepId) => `funnel.${step}.fromFirst`,
  funnelLost: (step: FunnelStepId) => `funnel.${step}.lost`,
  funnelChannelEndToEnd: (channel: string) => `funnel.channel.${channel}.endToEnd`,
  // customers sheet
  customersUnavailable: 'customers.unavailable',
  customerBuyers: (group: CustomerGroupKey) => `customers.${group}.buyers`,
  customerShare: (group: CustomerGroupKey) => `customers.${group}.share`,
  customerAov: (group: CustomerGroupKey) => `customers.${group}.aov`,
  repurchaseRate: 'customers.repurchase.rate',
  retentionRate: 'customers.retention.rate',
  // diagnostics sheet
  phaseShare: (phase: PhaseKind) => `phase.${phase}.share`,
  phaseVsBaseline: (phase: PhaseKind) => `phase.${phase}.vsBaseline`,
  peakDay: (rank: number) => `peakDay.${rank}`,
  gap: (ref: GapReference) => `decomposition.${ref}.gap`,
  gapEffect: (ref: GapReference, factor: SalesFactorId) => `decomposition.${ref}.${factor}.effect`,
  waterfall: (ref: GapReference) => `decomposition.${ref}.waterfall`,
  mixTotal: (dim: MixDimension) => `mix.${dim}.total`,
  mixChange: (dim: MixDimension, key: string) => `mix.${dim}.${key}.change`,
  categorySales: (category: string) => `category.${category}.paid_sales`,
  categoryReturnRate: (category: string) => `category.${category}.return_rate`,
  anomaly: (index: number) => `anomaly.${index}`,
  channelMetric: (channel: string) => `channel.${channel}.metric`,
  channelBudgetUse: (channel: string) => `channel.${channel}.budgetUse`,
  attribution: (model: AttributionModel, channel: string) => `attribution.${model}.${channel}`,
  abRate: (variant: string) => `ab.${variant}.rate`,
  abPValue: (variant: string) => `ab.${variant}.p`,
  abuseDiscount: (index: number) => `abuse.${index}.discount`,
  abuseTotal: 'abuse.total',
  stockoutLost: (index: number) => `stockout.${index}.lost`,
  stockoutsTotal: 'stockouts.total',
  /** The reason line of a diagnostics section that could not run. */
  unavailable: (section: string) => `${section}.unavailable`,
} as const;
