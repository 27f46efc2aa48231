import type { DictColumn, TrafficTable } from '../../model/campaign';
import { joinDicts, joinInts, joinNumbers } from '../read/concat';
import { usedRows, type ReadContext } from '../read/context';
import { createDictionary, dictValues } from '../read/dictionary';
import { rejectDuplicateRows, type SeenRows } from '../read/duplicateRows';
import { pickDict, pickInts, pickNumbers } from '../read/pick';
import { readDict } from '../read/readDict';
import { readNumbers } from '../read/readNumbers';
import { readRates } from '../read/readRates';
import { readDays } from '../read/readTimes';

interface TrafficPart {
  readonly size: number;
  readonly day: Int32Array;
  readonly channel: DictColumn | null;
  readonly numbers: Readonly<Record<NumberField, Float64Array | null>>;
}

const NUMBER_FIELDS = [
  'uv',
  'pv',
  'sessions',
  'bounces',
  'bounce_rate',
  'add_to_cart',
  'funnel_view',
  'funnel_cart',
  'funnel_order',
  'funnel_pay',
] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];

/** Every traffic table, one row per source row used (rows are not summed: a day may have several channels). */
export function readTraffic(ctxs: readonly ReadContext<'traffic'>[]): TrafficTable | null {
  if (ctxs.length === 0) return null;
  const channels = createDictionary();
  const seen: SeenRows = new Map();
  const parts = ctxs.map((ctx): TrafficPart => {
    const day = readDays(ctx, 'date') ?? new Int32Array(ctx.size).fill(-1);
    const channel = readDict(ctx, 'channel', channels);
    const numbers = {} as Record<NumberField, Float64Array | null>;
    for (const field of NUMBER_FIELDS) {
      numbers[field] = field === 'bounce_rate' ? readRates(ctx, field) : readNumbers(ctx, field);
    }
    rejectDuplicateRows(ctx, seen);
    const keep = usedRows(ctx);
    const picked = {} as Record<NumberField, Float64Array | null>;
    for (const field of NUMBER_FIELDS) {
      const column = numbers[field];
      picked[field] = column === null ? null : pickNumbers(column, keep);
    }
    return {
      size: keep.length,
      day: pickInts(day, keep),
      channel: channel && pickDict(channel, keep),
      numbers: picked,
    };
  });
  const number = (field: NumberField): Float64Array | null => joinNumbers(parts, (p) => p.numbers[field]);
  return {
    size: parts.reduce((n, p) => n + p.size, 0),
    day: joinInts(parts, (p) => p.day, -1) ?? new Int32Array(0),
    channel: joinDicts(parts, (p) => p.channel, dictValues(channels)),
    uv: number('uv') ?? new Float64Array(0),
    pv: number('pv'),
    sessions: number('sessions'),
    bounces: number('bounces'),
    bounceRate: number('bounce_rate'),
    addToCart: number('add_to_cart'),
    funnelView: number('funnel_view'),
    funnelCart: number('funnel_cart'),
    funnelOrder: number('funnel_order'),
    funnelPay: number('funnel_pay'),
  };
}
