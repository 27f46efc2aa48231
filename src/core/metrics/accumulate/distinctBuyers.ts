import type { DayWindow } from '../dayWindow';
import type { GroupLayout } from '../groupLayout';
import {
  bucketByCustomer,
  recordCategory,
  recordCell,
  RECORD_IN_BASELINE,
  RECORD_IN_PERIOD,
  RECORD_NEW,
  type BuyerRecords,
} from './buyerRecords';
import type { NewCustomerBasis } from './newCustomerBasis';

export interface DistinctBuyers {
  /** Per group of the layout: distinct buyers, those with ≥ 2 paid orders in the group, new ones. */
  readonly buyers: Int32Array;
  readonly repeatBuyers: Int32Array;
  readonly newBuyers: Int32Array;
  /** Buyers of the campaign period whose first-order day the customers table did not give. */
  readonly notInTable: number;
}

/**
 * Distinct buyers of every group in one walk. The paid orders' records (and their category records) are
 * bucketed by customer; each customer's records then touch their groups (period, baseline, phases,
 * channel, day, day × channel, categories), a per-group counter tells "bought here" from "bought here
 * twice or more", and the customer is counted once in each group touched. Linear in the records.
 */
export function countDistinctBuyers(
  customerCount: number,
  orderBuyers: BuyerRecords,
  categoryBuyers: BuyerRecords | null,
  window: DayWindow,
  layout: GroupLayout,
  basis: NewCustomerBasis,
): DistinctBuyers {
  const orders = bucketByCustomer(orderBuyers, customerCount);
  const categories = categoryBuyers ? bucketByCustomer(categoryBuyers, customerCount) : null;
  const { phaseStart, phaseList } = window;
  const { phase0, channel0, channels: width, day0, cell0, category0, first, last } = layout;
  const buyers = new Int32Array(layout.size);
  const repeatBuyers = new Int32Array(layout.size);
  const newBuyers = new Int32Array(layout.size);
  const count = new Int32Array(layout.size);
  const hit = new Uint8Array(layout.size);
  const touched = new Int32Array(layout.size);
  const flagged = basis.source === 'new_customer_flag';
  const { firstDay, fromTable } = basis;
  let notInTable = 0;
  let touchedCount = 0;
  let newHere = 0;
  /** The customer reaches group g: counted, and listed the first time. */
  const touch = (g: number): void => {
    if (count[g]!++ === 0) touched[touchedCount++] = g;
    hit[g]! |= newHere;
  };

  for (let c = 0; c < customerCount; c++) {
    touchedCount = 0;
    for (let p = orders.start[c]!, end = orders.start[c + 1]!; p < end; p++) {
      const record = orders.records[p]!;
      const cell = recordCell(record);
      const slot = (cell / width) | 0;
      newHere = flagged ? record & RECORD_NEW : 0;
      touch(day0 + slot);
      touch(cell0 + cell);
      for (let q = phaseStart[slot]!, qEnd = phaseStart[slot + 1]!; q < qEnd; q++)
        touch(phase0 + phaseList[q]!);
      if (record & RECORD_IN_BASELINE) touch(layout.baseline);
      if (record & RECORD_IN_PERIOD) {
        touch(layout.total);
        touch(channel0 + cell - slot * width);
      }
    }
    if (categories) {
      for (let p = categories.start[c]!, end = categories.start[c + 1]!; p < end; p++) {
        const record = categories.records[p]!;
        newHere = flagged ? record & RECORD_NEW : 0;
        touch(category0 + recordCategory(record));
      }
    }
    if (touchedCount === 0) continue;
    const firstOrder = firstDay ? firstDay[c]! : 0;
    if (fromTable && count[layout.total]! > 0 && fromTable[c] === 0) notInTable++;
    for (let t = 0; t < touchedCount; t++) {
      const g = touched[t]!;
      buyers[g]!++;
      if (count[g]! >= 2) repeatBuyers[g]!++;
      const isNewCustomer = flagged ? hit[g] === 1 : firstOrder >= first[g]! && firstOrder <= last[g]!;
      if (isNewCustomer) newBuyers[g]!++;
      count[g] = 0;
      hit[g] = 0;
    }
  }
  return { buyers, repeatBuyers, newBuyers, notInTable };
}
