import { isoDay } from '../model/day';
import { SAMPLE_DAY_COUNT, SECONDS_PER_DAY, dayOfIndex } from './calendar';
import type { OrderLedger } from './ledger';

/** Order ids as a store exports them: 'SO', the order date, a 6-digit sequence of that day ('SO20251212000123'). */
export function orderIds(ledger: OrderLedger): readonly string[] {
  const prefixes = Array.from(
    { length: SAMPLE_DAY_COUNT },
    (_, index) => `SO${isoDay(dayOfIndex(index)).replaceAll('-', '')}`,
  );
  const ids = new Array<string>(ledger.orderCount);
  let day = -1;
  let sequence = 0;
  for (let order = 0; order < ledger.orderCount; order++) {
    const orderDay = Math.floor((ledger.orderSecond[order] ?? 0) / SECONDS_PER_DAY);
    if (orderDay !== day) {
      day = orderDay;
      sequence = 0;
    }
    sequence++;
    ids[order] = `${prefixes[day] ?? 'SO'}${String(sequence).padStart(6, '0')}`;
  }
  return ids;
}
