import type { Locale } from '../locale';
import type { CellValue } from '../model/raw';
import { at } from './at';
import { SAMPLE_CATEGORIES, SAMPLE_SKUS } from './catalog';
import type { SampleChannel } from './channels';
import { FORMAT, serialOfSecond, yuan } from './formats';
import type { Identities } from './identities';
import type { OrderLedger } from './ledger';
import { sampleSheet, type SampleColumn } from './sampleSheet';
import { SAMPLE_STATUSES, STATUS_WORDS } from './statuses';
import type { SampleSheet } from './types';
import { YES_NO, word } from './vocabulary';

const COLUMNS: readonly SampleColumn<'orders'>[] = [
  { field: 'order_id', format: null },
  { field: 'order_time', format: FORMAT.dateTime },
  { field: 'pay_time', format: FORMAT.dateTime },
  { field: 'customer_id', format: null },
  { field: 'amount', format: FORMAT.money },
  { field: 'status', format: null },
  { field: 'channel', format: null },
  { field: 'category', format: null },
  { field: 'sku', format: null },
  { field: 'quantity', format: FORMAT.count },
  { field: 'list_price', format: FORMAT.money },
  { field: 'discount', format: FORMAT.money },
  { field: 'coupon', format: FORMAT.money },
  { field: 'refund_amount', format: FORMAT.money },
  { field: 'cogs', format: FORMAT.money },
  { field: 'is_new', format: null },
  { field: 'device_id', format: null },
  { field: 'ip', format: null },
  { field: 'address_hash', format: null },
  { field: 'variant', format: null },
];

const VARIANTS = ['A', 'B'] as const;

/**
 * The orders table, item level: one row per order line, the order's columns repeated on each of its lines.
 * Money columns are the line's (list price = unit list price × quantity, so list − discount − coupon = paid
 * amount on every row). Pay time is empty for unpaid and cancelled orders; the variant is empty outside the
 * experiment; refund amount is 0 unless money was returned.
 */
export function ordersSheet(
  ledger: OrderLedger,
  ids: readonly string[],
  identities: Identities,
  channels: readonly SampleChannel[],
  locale: Locale,
): SampleSheet {
  const statuses = SAMPLE_STATUSES.map((status) => word(STATUS_WORDS[status], locale));
  const channelNames = channels.map((channel) => word(channel, locale));
  const categories = SAMPLE_SKUS.map((sku) => word(at(SAMPLE_CATEGORIES, sku.category), locale));
  const codes = SAMPLE_SKUS.map((sku) => sku.code);
  const flags = [word(YES_NO.no, locale), word(YES_NO.yes, locale)];
  const rows: CellValue[][] = new Array<CellValue[]>(ledger.lineCount);
  for (let line = 0; line < ledger.lineCount; line++) {
    const order = ledger.lineOrder[line] ?? 0;
    const customer = ledger.customer[order] ?? 0;
    const paySecond = ledger.paySecond[order] ?? -1;
    const sku = ledger.sku[line] ?? 0;
    rows[line] = [
      ids[order] ?? null,
      serialOfSecond(ledger.orderSecond[order] ?? 0),
      paySecond < 0 ? null : serialOfSecond(paySecond),
      identities.customerId(customer),
      yuan(ledger.amountCents[line] ?? 0),
      statuses[ledger.status[order] ?? 0] ?? null,
      channelNames[ledger.channel[order] ?? 0] ?? null,
      categories[sku] ?? null,
      codes[sku] ?? null,
      ledger.quantity[line] ?? 0,
      yuan(ledger.listCents[line] ?? 0),
      yuan(ledger.discountCents[line] ?? 0),
      yuan(ledger.couponCents[line] ?? 0),
      yuan(ledger.refundCents[line] ?? 0),
      yuan(ledger.cogsCents[line] ?? 0),
      flags[ledger.isNew[order] ?? 0] ?? null,
      identities.device(customer),
      identities.ip(customer),
      identities.address(customer),
      VARIANTS[ledger.variant[order] ?? -1] ?? null,
    ];
  }
  return sampleSheet('orders', locale, COLUMNS, rows);
}
