import type { Locale } from '../../../src/core/locale';
import { EXCEL_EPOCH_OFFSET_DAYS } from '../../../src/core/model/day';
import { FIELDS } from '../../../src/core/model/fields';
import type { CellValue } from '../../../src/core/model/raw';
import type { SampleCampaign, SampleSheet } from '../../../src/core/sample/types';
import type { SampleTableKind } from '../../../src/core/sample/vocabulary';

/** Test helpers that read the sample back from its cells, by canonical header, as ingest would. */
export function sheetOf(sample: SampleCampaign, kind: SampleTableKind): SampleSheet {
  const sheet = sample.sheets.find((s) => s.kind === kind);
  if (!sheet) throw new Error(`no ${kind} sheet`);
  return sheet;
}

export function columnOf<K extends SampleTableKind>(
  sample: SampleCampaign,
  kind: K,
  field: keyof (typeof FIELDS)[K] & string,
  locale: Locale,
): (row: readonly CellValue[]) => CellValue {
  const spec = (FIELDS[kind] as Record<string, { zh: string; en: string }>)[field];
  const header = locale === 'zh-CN' ? spec?.zh : spec?.en;
  const index = sheetOf(sample, kind).table.header.indexOf(header ?? '');
  if (index < 0) throw new Error(`no ${field} column in ${kind}`);
  return (row) => row[index] ?? null;
}

export function num(value: CellValue): number {
  if (typeof value !== 'number') throw new Error(`not a number: ${String(value)}`);
  return value;
}

export function str(value: CellValue): string {
  if (typeof value !== 'string') throw new Error(`not a string: ${String(value)}`);
  return value;
}

/** The Day number (days since 1970-01-01) of an Excel serial. */
export function dayOfSerial(serial: number): number {
  return Math.floor(serial) - EXCEL_EPOCH_OFFSET_DAYS;
}

export const PAID_WORDS: Readonly<Record<Locale, readonly string[]>> = {
  'zh-CN': ['交易成功', '已发货', '已退款', '部分退款', '退款中'],
  'en-US': ['completed', 'shipped', 'refunded', 'partially refunded', 'refunding'],
};

/** One entry per distinct order id, rows summed, by the KPI contract's order date. */
export interface OrderSummary {
  readonly id: string;
  readonly customer: string;
  readonly channel: string;
  readonly status: string;
  readonly paid: boolean;
  readonly day: number;
  readonly isNew: boolean;
  readonly variant: string | null;
  amount: number;
  rows: number;
}

export function ordersOf(sample: SampleCampaign, locale: Locale): Map<string, OrderSummary> {
  const get = <F extends keyof (typeof FIELDS)['orders'] & string>(field: F) =>
    columnOf(sample, 'orders', field, locale);
  const [id, time, pay, customer, amount, status, channel, isNew, variant] = [
    get('order_id'),
    get('order_time'),
    get('pay_time'),
    get('customer_id'),
    get('amount'),
    get('status'),
    get('channel'),
    get('is_new'),
    get('variant'),
  ];
  const yes = locale === 'zh-CN' ? '是' : 'Yes';
  const orders = new Map<string, OrderSummary>();
  for (const row of sheetOf(sample, 'orders').table.rows) {
    const key = str(id(row));
    const existing = orders.get(key);
    if (existing) {
      existing.amount += num(amount(row));
      existing.rows++;
      continue;
    }
    const paid = PAID_WORDS[locale].includes(str(status(row)));
    const payTime = pay(row);
    orders.set(key, {
      id: key,
      customer: str(customer(row)),
      channel: str(channel(row)),
      status: str(status(row)),
      paid,
      day: dayOfSerial(paid && typeof payTime === 'number' ? payTime : num(time(row))),
      isNew: isNew(row) === yes,
      variant: (variant(row) as string | null) ?? null,
      amount: num(amount(row)),
      rows: 1,
    });
  }
  return orders;
}
