import type { DictColumn, SpendTable } from '../../model/campaign';
import { joinDicts, joinInts, joinNumbers } from '../read/concat';
import { usedRows, type ReadContext } from '../read/context';
import { createDictionary, dictValues } from '../read/dictionary';
import { rejectDuplicateRows, type SeenRows } from '../read/duplicateRows';
import { pickDict, pickInts, pickNumbers } from '../read/pick';
import { readDict } from '../read/readDict';
import { readNumbers } from '../read/readNumbers';
import { readDays } from '../read/readTimes';

interface SpendPart {
  readonly size: number;
  readonly channel: DictColumn;
  readonly day: Int32Array | null;
  readonly spend: Float64Array;
  readonly impressions: Float64Array | null;
  readonly clicks: Float64Array | null;
  readonly budget: Float64Array | null;
}

/** Every spend table. A row without a date (no date column, or an empty date) is a whole-period figure (day -1). */
export function readSpend(ctxs: readonly ReadContext<'spend'>[]): SpendTable | null {
  if (ctxs.length === 0) return null;
  const channels = createDictionary();
  const seen: SeenRows = new Map();
  const parts = ctxs.map((ctx): SpendPart => {
    const channel = readDict(ctx, 'channel', channels);
    const day = readDays(ctx, 'date');
    const spend = readNumbers(ctx, 'spend');
    const impressions = readNumbers(ctx, 'impressions');
    const clicks = readNumbers(ctx, 'clicks');
    const budget = readNumbers(ctx, 'budget');
    rejectDuplicateRows(ctx, seen);
    const keep = usedRows(ctx);
    const numbers = (c: Float64Array | null): Float64Array | null =>
      c === null ? null : pickNumbers(c, keep);
    return {
      size: keep.length,
      channel:
        channel === null
          ? { codes: new Int32Array(keep.length).fill(-1), values: dictValues(channels) }
          : pickDict(channel, keep),
      day: day === null ? null : pickInts(day, keep),
      spend: numbers(spend) ?? new Float64Array(keep.length).fill(NaN),
      impressions: numbers(impressions),
      clicks: numbers(clicks),
      budget: numbers(budget),
    };
  });
  const size = parts.reduce((n, p) => n + p.size, 0);
  return {
    size,
    channel: joinDicts(parts, (p) => p.channel, dictValues(channels)) ?? {
      codes: new Int32Array(0),
      values: [],
    },
    day: joinInts(parts, (p) => p.day, -1) ?? new Int32Array(size).fill(-1),
    spend: joinNumbers(parts, (p) => p.spend) ?? new Float64Array(0),
    impressions: joinNumbers(parts, (p) => p.impressions),
    clicks: joinNumbers(parts, (p) => p.clicks),
    budget: joinNumbers(parts, (p) => p.budget),
  };
}
