import type { CampaignData } from '../model/campaign';
import type { LocalizedText } from '../model/text';
import * as msg from '../messages/analysis';
import { journeysFrom, type Journey } from './attribution/journeys';
import { markovRemovalEffects } from './attribution/markov';
import { journeysFromPaths } from './attribution/pathJourneys';
import {
  DEFAULT_RULE_OPTIONS,
  RULE_MODELS,
  ruleWeights,
  type RuleModel,
  type RuleOptions,
} from './attribution/ruleWeights';
import type { AnalysisDefinition } from './definition';
import { ok, unavailable, type AnalysisResult } from './result';

/**
 * Multi-touch attribution over the touchpoints table (attribution/journeys.ts) or, without one, the
 * aggregated paths table (attribution/pathJourneys.ts): the five rule models (attribution/ruleWeights.ts)
 * and the Markov-chain removal effect (attribution/markov.ts). Every model's credits sum to the converting
 * journeys' count and to their total value. Paths carry no touch times, so time decay is left out for them.
 */
export const ATTRIBUTION_MODELS = [...RULE_MODELS, 'markov'] as const;
export type AttributionModel = (typeof ATTRIBUTION_MODELS)[number];

export interface ChannelCredit {
  readonly channel: string;
  readonly conversions: number;
  /** null when the touchpoints table has no value column. */
  readonly value: number | null;
}

export interface ModelCredits {
  readonly model: AttributionModel;
  /** Every channel seen in a journey, in the order of `channels`. */
  readonly credits: readonly ChannelCredit[];
}

export interface AttributionFindings {
  /** Which table the journeys came from. */
  readonly source: 'touchpoints' | 'paths';
  /** Journeys (a paths row counts for its conversions plus its non-conversions). */
  readonly journeys: number;
  readonly conversions: number;
  readonly totalValue: number | null;
  /** Channels seen in journeys, by name. */
  readonly channels: readonly string[];
  readonly models: readonly ModelCredits[];
  readonly markov: {
    readonly conversionProbability: number;
    readonly removalEffects: readonly { readonly channel: string; readonly removalEffect: number }[];
  };
  readonly halfLifeDays: number;
  readonly skippedTouches: number;
  readonly notes: readonly LocalizedText[];
}

export type AttributionOptions = RuleOptions;

export function attribute(
  channelNames: readonly string[],
  journeys: readonly Journey[],
  hasValue: boolean,
  options: RuleOptions = DEFAULT_RULE_OPTIONS,
): Omit<AttributionFindings, 'source' | 'skippedTouches' | 'notes'> {
  const k = channelNames.length;
  const seen = new Uint8Array(k);
  for (const j of journeys) for (const c of j.touches) seen[c] = 1;
  const used = [...Array(k).keys()]
    .filter((c) => seen[c])
    .sort((a, b) => (channelNames[a] as string).localeCompare(channelNames[b] as string));
  const converting = journeys.filter((j) => j.converted);
  const countOf = (j: Journey): number => j.count ?? 1;
  const conversions = converting.reduce((s, j) => s + countOf(j), 0);
  const totalValue = converting.reduce((s, j) => s + j.value, 0);
  const timed = journeys.every((j) => j.times.length === j.touches.length);

  const ruleModels = RULE_MODELS.filter((model) => timed || model !== 'time_decay');
  const models: ModelCredits[] = ruleModels.map((model: RuleModel) => {
    const conv = new Float64Array(k);
    const value = new Float64Array(k);
    for (const j of converting) {
      // Untimed journeys (paths) reach here only for models that use the times for their count alone.
      const times = j.times.length === j.touches.length ? j.times : j.touches.map(() => 0);
      const weights = ruleWeights(model, times, options);
      const n = countOf(j);
      j.touches.forEach((c, i) => {
        const w = weights[i] as number;
        conv[c] = (conv[c] as number) + w * n;
        value[c] = (value[c] as number) + w * j.value;
      });
    }
    return { model, credits: used.map((c) => credit(c, conv[c] as number, value[c] as number)) };
  });

  const markov = markovRemovalEffects(k, journeys);
  const reSum = markov.removalEffects.reduce((s, r) => s + r, 0);
  models.push({
    model: 'markov',
    credits: used.map((c) => {
      const share = reSum > 0 ? (markov.removalEffects[c] as number) / reSum : 0;
      return credit(c, share * conversions, share * totalValue);
    }),
  });

  function credit(c: number, conv: number, value: number): ChannelCredit {
    return { channel: channelNames[c] as string, conversions: conv, value: hasValue ? value : null };
  }

  return {
    journeys: journeys.reduce((s, j) => s + countOf(j), 0),
    conversions,
    totalValue: hasValue ? totalValue : null,
    channels: used.map((c) => channelNames[c] as string),
    models,
    markov: {
      conversionProbability: markov.conversionProbability,
      removalEffects: used.map((c) => ({
        channel: channelNames[c] as string,
        removalEffect: markov.removalEffects[c] as number,
      })),
    },
    halfLifeDays: options.halfLifeDays,
  };
}

/**
 * Attribution from the touchpoints table when there is one (its touches have times), else from the paths
 * table. Reads only those two tables, so it runs on campaigns without orders as well.
 */
export function analyzeAttribution(
  data: Pick<CampaignData, 'touchpoints' | 'paths'>,
  options: Partial<AttributionOptions> = {},
): AnalysisResult<AttributionFindings> {
  const o = { ...DEFAULT_RULE_OPTIONS, ...options };
  const table = data.touchpoints;
  if (table) {
    const { channels, journeys, skippedTouches } = journeysFrom(table);
    if (journeys.length === 0) return unavailable(msg.noJourneys());
    const notes: LocalizedText[] = [];
    if (skippedTouches > 0) notes.push(msg.skippedTouches(skippedTouches));
    if (data.paths) notes.push(msg.pathsTableNotUsed());
    const result = attribute(channels, journeys, table.value !== null, o);
    if (result.conversions === 0) notes.push(msg.noConversionsInJourneys());
    return ok({ source: 'touchpoints', ...result, skippedTouches, notes });
  }
  const paths = data.paths;
  if (!paths) return unavailable(msg.noTouchpoints());
  const { channels, journeys } = journeysFromPaths(paths);
  if (journeys.length === 0) return unavailable(msg.noPathJourneys());
  const notes: LocalizedText[] = [msg.pathsHaveNoTimes()];
  if (paths.nulls === null) notes.push(msg.pathsWithoutNulls());
  const result = attribute(channels, journeys, paths.value !== null, o);
  if (result.conversions === 0) notes.push(msg.noConversionsInPaths());
  return ok({ source: 'paths', ...result, skippedTouches: 0, notes });
}

export const attributionAnalysis: AnalysisDefinition<
  'attribution',
  AttributionOptions,
  AnalysisResult<AttributionFindings>
> = {
  id: 'attribution',
  name: msg.analysisNames.attribution,
  // Either table will do: touchpoints (path ID, time, channel) or paths (path, conversions).
  requires: {
    tables: [],
    columns: [],
    optional: [
      'touchpoints',
      'touchpoints.path_id',
      'touchpoints.time',
      'touchpoints.channel',
      'touchpoints.conversion',
      'touchpoints.value',
      'paths',
      'paths.path',
      'paths.conversions',
      'paths.value',
      'paths.nulls',
    ],
  },
  run: analyzeAttribution,
};
