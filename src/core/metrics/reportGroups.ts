import { isoDay, type Day } from '../model/day';
import { CATEGORY_SUM, CATEGORY_SUM_WIDTH } from './accumulate/categoryTotals';
import { CHANNEL_SOURCES, type ChannelSource } from './channelIndex';
import type { Cubes } from './cubes';
import { evaluateKpis } from './evaluateKpis';
import { groupMeasures } from './groupMeasures';
import { categoryGroupSums, groupSums, type GroupSpec } from './groupSums';
import { GROUP_SCOPES, measureAvailability, type GroupScope } from './measureAvailability';
import type { CategoryKpis, ChannelKpis, DayKpis, KpiGroup, PhaseKpis } from './report';

/** Builds the report's groups: each group's sums → measures (or why absent) → KPIs. */
export interface GroupBuilder {
  total(): KpiGroup;
  baseline(): KpiGroup | null;
  byDay(): DayKpis[];
  byPhase(): PhaseKpis[];
  byChannel(): ChannelKpis[];
  byCategory(): CategoryKpis[];
}

export function groupBuilder(acc: Cubes): GroupBuilder {
  const { window, layout, channels } = acc;
  const { sources } = acc;
  const absent = Object.fromEntries(
    GROUP_SCOPES.map((scope) => [scope, measureAvailability(scope, sources)]),
  ) as Record<GroupScope, ReturnType<typeof measureAvailability>>;
  const group = (scope: GroupScope, spec: GroupSpec): KpiGroup => {
    const measures = groupMeasures(groupSums(acc, spec), absent[scope]);
    return { kpis: evaluateKpis(measures), measures };
  };
  const slotOf = (day: number): number => day - window.start;
  const period = { from: slotOf(window.period.start), to: slotOf(window.period.end) };

  return {
    total: () => group('total', { ...period, channel: null, group: layout.total, wholePeriod: true }),

    baseline: () => {
      const range = window.baseline;
      if (range === null) return null;
      const slots = { from: slotOf(range.start), to: slotOf(range.end) };
      return group('baseline', { ...slots, channel: null, group: layout.baseline, wholePeriod: false });
    },

    byDay: () => {
      const days: DayKpis[] = [];
      for (let slot = 0; slot < window.length; slot++) {
        const inPeriod = window.inPeriod[slot] === 1;
        const inBaseline = window.inBaseline[slot] === 1;
        if (!inPeriod && !inBaseline) continue;
        const day = (window.start + slot) as Day;
        const phaseAt = window.phaseStart[slot]!;
        const phase =
          phaseAt < window.phaseStart[slot + 1]! ? window.phases[window.phaseList[phaseAt]!]! : null;
        days.push({
          day,
          iso: isoDay(day),
          part: inPeriod && inBaseline ? 'both' : inPeriod ? 'campaign' : 'baseline',
          phase: phase ? phase.kind : null,
          ...group('day', {
            from: slot,
            to: slot,
            channel: null,
            group: layout.day0 + slot,
            wholePeriod: false,
          }),
        });
      }
      return days;
    },

    byPhase: () =>
      window.phases.map((phase, p) => ({
        kind: phase.kind,
        range: { start: phase.start, end: phase.end },
        ...group('phase', {
          from: slotOf(phase.start),
          to: slotOf(phase.end),
          channel: null,
          group: layout.phase0 + p,
          wholePeriod: false,
        }),
      })),

    byChannel: () => {
      const out: ChannelKpis[] = [];
      for (let c = 0; c < channels.size; c++) {
        const seenIn = CHANNEL_SOURCES.filter((source) => channelRows(acc, source, c) > 0);
        if (seenIn.length === 0) continue;
        const named = channels.channels[c];
        out.push({
          channel: named ? named.label : null,
          key: named ? named.key : null,
          seenIn,
          ...group('channel', { ...period, channel: c, group: layout.channel0 + c, wholePeriod: true }),
        });
      }
      return out;
    },

    byCategory: () => {
      const { categories, categorySums } = acc;
      if (!categories || !categorySums) return [];
      const out: CategoryKpis[] = [];
      for (let k = 0; k <= categories.values.length; k++) {
        if (categorySums[k * CATEGORY_SUM_WIDTH + CATEGORY_SUM.orders] === 0) continue;
        const measures = groupMeasures(categoryGroupSums(acc, k), absent.category);
        out.push({ category: categories.values[k] ?? null, kpis: evaluateKpis(measures), measures });
      }
      return out;
    },
  };
}

/** Rows of a table naming channel c (0 when the table has no channel column). */
function channelRows(acc: Cubes, source: ChannelSource, c: number): number {
  const { sources, orderCube, trafficCube, spendCube } = acc;
  switch (source) {
    case 'orders':
      return sources.ordersChannel ? orderCube.rowsByChannel[c]! : 0;
    case 'traffic':
      return sources.traffic?.channel && trafficCube ? trafficCube.rowsByChannel[c]! : 0;
    case 'spend':
      return spendCube ? spendCube.rowsByChannel[c]! : 0;
  }
}
