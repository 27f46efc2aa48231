import type { DictColumn } from '../model/campaign';

/** The tables a channel name can come from. */
export const CHANNEL_SOURCES = ['orders', 'traffic', 'spend'] as const;
export type ChannelSource = (typeof CHANNEL_SOURCES)[number];

export interface UnifiedChannel {
  /** Trimmed, lower-cased name: how orders, traffic and spend rows are matched. */
  readonly key: string;
  /** The name as first written (trimmed): orders first, then traffic, then spend. */
  readonly label: string;
}

/**
 * Channel names of the orders, traffic and spend tables merged into one list, matched case-insensitively
 * after trimming. Index `unattributed` (= channels.length) collects rows whose channel cell is empty.
 * Each code map is indexed by dictionary code + 1, so that code -1 (empty cell) maps to `unattributed`.
 */
export interface ChannelIndex {
  readonly channels: readonly UnifiedChannel[];
  readonly unattributed: number;
  /** channels.length + 1. */
  readonly size: number;
  readonly codes: Readonly<Record<ChannelSource, Int32Array | null>>;
}

export function channelKey(name: string): string {
  return name.trim().toLowerCase();
}

export function indexChannels(columns: Readonly<Record<ChannelSource, DictColumn | null>>): ChannelIndex {
  const byKey = new Map<string, number>();
  const channels: UnifiedChannel[] = [];
  const raw: Partial<Record<ChannelSource, number[] | null>> = {};
  for (const source of CHANNEL_SOURCES) {
    const column = columns[source];
    if (column === null) {
      raw[source] = null;
      continue;
    }
    raw[source] = column.values.map((value) => {
      const key = channelKey(value);
      if (key === '') return -1;
      let index = byKey.get(key);
      if (index === undefined) {
        index = channels.length;
        byKey.set(key, index);
        channels.push({ key, label: value.trim() });
      }
      return index;
    });
  }
  const unattributed = channels.length;
  const codeMap = (mapped: number[] | null | undefined): Int32Array | null => {
    if (mapped === null || mapped === undefined) return null;
    const map = new Int32Array(mapped.length + 1);
    map[0] = unattributed;
    mapped.forEach((index, code) => (map[code + 1] = index < 0 ? unattributed : index));
    return map;
  };
  return {
    channels,
    unattributed,
    size: unattributed + 1,
    codes: { orders: codeMap(raw.orders), traffic: codeMap(raw.traffic), spend: codeMap(raw.spend) },
  };
}
