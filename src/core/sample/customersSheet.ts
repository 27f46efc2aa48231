import type { Locale } from '../locale';
import { EXCEL_EPOCH_OFFSET_DAYS, dayFromYmd } from '../model/day';
import type { CellValue } from '../model/raw';
import { SAMPLE_START, SECONDS_PER_DAY } from './calendar';
import type { AbusePlan } from './couponAbuse';
import { FORMAT, serialOfDayIndex, serialOfSecond } from './formats';
import { hashUnit } from './hash';
import type { Identities } from './identities';
import type { OrderLedger } from './ledger';
import type { OrderFacts } from './orderFacts';
import { SALT } from './salts';
import { sampleSheet, type SampleColumn } from './sampleSheet';
import type { SampleSheet } from './types';

const COLUMNS: readonly SampleColumn<'customers'>[] = [
  { field: 'customer_id', format: null },
  { field: 'first_order_date', format: FORMAT.date },
  { field: 'registration_date', format: FORMAT.dateTime },
];

/** Share of ordinary customers whose registration time the export carries. */
const REGISTRATION_SHARE = 0.4;
const HISTORY_START = dayFromYmd(2022, 1, 1);

/**
 * Every customer of the orders table, in order of first appearance. First-order date: for customers from
 * before the window, a day between 2022-01-01 and 2025-10-31; for the others, the date of their first paid
 * order (empty when they never paid). Registration time for 40 % of customers and for the whole abuse
 * cluster (its burst on 12-09); it never follows the first order.
 */
export function customersSheet(
  ledger: OrderLedger,
  facts: OrderFacts,
  identities: Identities,
  abuse: AbusePlan,
  seed: number,
  locale: Locale,
): SampleSheet {
  const firstPaid = new Int32Array(ledger.customerCount).fill(-1);
  const firstSeen = new Int32Array(ledger.customerCount).fill(-1);
  const order: number[] = [];
  for (let o = 0; o < ledger.orderCount; o++) {
    const customer = ledger.customer[o] ?? 0;
    if (firstSeen[customer] === -1) {
      firstSeen[customer] = ledger.orderSecond[o] ?? 0;
      order.push(customer);
    }
    const day = facts.kpiDay[o] ?? 0;
    if (facts.paid[o] && (firstPaid[customer] === -1 || day < (firstPaid[customer] ?? 0)))
      firstPaid[customer] = day;
  }
  const rows: CellValue[][] = order.map((customer) => {
    const isPool = customer < ledger.pool;
    const abuseAccount = customer - ledger.abuseFirst;
    const historyDay =
      HISTORY_START + Math.floor(hashUnit(seed, customer, SALT.firstOrder) * (SAMPLE_START - HISTORY_START));
    const paidDay = firstPaid[customer] ?? -1;
    const firstOrder = isPool
      ? historyDay + EXCEL_EPOCH_OFFSET_DAYS
      : paidDay < 0
        ? null
        : serialOfDayIndex(paidDay);
    let registration: number | null = null;
    if (abuseAccount >= 0 && abuseAccount < abuse.accounts) {
      registration = serialOfSecond(abuse.registrationSecond[abuseAccount] ?? 0);
    } else if (hashUnit(seed, customer, SALT.registration) < REGISTRATION_SHARE) {
      const delay = registrationDelay(
        hashUnit(seed, customer, SALT.registrationKind),
        hashUnit(seed, customer, SALT.registrationDelay),
      );
      registration = isPool
        ? historyDay + EXCEL_EPOCH_OFFSET_DAYS - delay / SECONDS_PER_DAY
        : serialOfSecond((firstSeen[customer] ?? 0) - delay);
    }
    return [identities.customerId(customer), firstOrder, registration];
  });
  return sampleSheet('customers', locale, COLUMNS, rows);
}

/** Seconds from registration to first order: minutes for half, days or months for the rest. */
function registrationDelay(kind: number, amount: number): number {
  if (kind < 0.5) return Math.round(120 + amount * 1680);
  if (kind < 0.8) return Math.round((1 + amount * 29) * SECONDS_PER_DAY);
  return Math.round((30 + amount * 335) * SECONDS_PER_DAY);
}
