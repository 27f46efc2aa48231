import type { ReturnsTable } from '../../model/campaign';
import type { ChannelIndex } from '../channelIndex';
import type { DayWindow } from '../dayWindow';
import { ORDER_SUM, ORDER_SUM_WIDTH } from './orderCube';

/**
 * Cancellation and return lines not tied to an order (invoice-line exports) are refunds on their own day:
 * added to the refunds of that day's cube cell (no channel: the export gives none). They are deducted from
 * net sales; they are no refunded order, so refund rate (orders) is unchanged.
 */
export function addReturns(
  sums: Float64Array,
  returns: ReturnsTable,
  window: DayWindow,
  channels: ChannelIndex,
): void {
  const { start, length } = window;
  const width = channels.size;
  for (let r = 0; r < returns.size; r++) {
    const slot = returns.day[r]! - start;
    const value = returns.amount[r]!;
    if (slot < 0 || slot >= length || value !== value) continue;
    const base = (slot * width + channels.unattributed) * ORDER_SUM_WIDTH;
    sums[base + ORDER_SUM.refunds]! += value;
    sums[base + ORDER_SUM.refundsDeducted]! += value;
  }
}
