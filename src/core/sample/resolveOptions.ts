import type { SampleOptions } from './types';

export const DEFAULT_SEED = 20251212;
export const DEFAULT_ORDER_ROWS = 50_000;
export const MIN_ORDER_ROWS = 5_000;
/** Excel's last row (1,048,576) less the header. */
export const MAX_ORDER_ROWS = 1_048_575;

export interface ResolvedOptions {
  readonly seed: number;
  readonly rows: number;
  readonly channels: number;
}

/** Defaults and bounds; options outside them are a broken contract and throw a RangeError naming the bound. */
export function resolveOptions(options: SampleOptions): ResolvedOptions {
  const seed = options.seed ?? DEFAULT_SEED;
  const rows = options.orders ?? DEFAULT_ORDER_ROWS;
  const channels = options.channels ?? 8;
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!Number.isInteger(rows) || rows < MIN_ORDER_ROWS || rows > MAX_ORDER_ROWS) {
    throw new RangeError(
      `orders must be an integer from ${MIN_ORDER_ROWS} to ${MAX_ORDER_ROWS}, got ${rows}`,
    );
  }
  if (!Number.isInteger(channels) || channels < 2 || channels > 8) {
    throw new RangeError(`channels must be an integer from 2 to 8, got ${channels}`);
  }
  return { seed: seed >>> 0, rows, channels };
}
