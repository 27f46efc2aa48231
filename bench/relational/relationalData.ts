import type { CellValue, RawTable } from '../../src/core/model/raw';

/** The relational benchmark's sizes at full scale (issue 11): 800,000 order headers, 1,000,000 lines. */
export const FULL_HEADERS = 800_000;
export const FULL_LINES = 1_000_000;

export interface RelationalData {
  readonly headers: number;
  readonly lines: number;
  /** Order headers (no amount column) + order lines (quantity, unit price): two tables. */
  readonly relational: readonly RawTable[];
  /** The same orders and lines as one table, a row per line, the order's columns repeated on each. */
  readonly oneTable: readonly RawTable[];
  /** Σ line amounts, for checking that both shapes give the same orders. */
  readonly total: number;
}

const CHANNELS = ['天猫', '京东', '抖音', '小红书', '微信'];
const STATUSES = ['已付款', '已付款', '已付款', '已完成', '待付款', '已取消', '已退款'];
const CATEGORIES = ['服饰', '美妆', '数码', '家居', '食品', '母婴', '运动', '图书'];

const HEADER_COLUMNS = ['订单号', '买家ID', '下单时间', '付款时间', '订单状态', '渠道'];
const LINE_COLUMNS = ['订单号', '子订单号', '商品SKU', '类目', '数量', '单价'];

/**
 * A deterministic campaign of `headers` orders and `lines` lines (every order has one line, a quarter of
 * the rest have more), as a relational export and as one table. The cells are what a CSV reader gives:
 * ids, times and words as strings, quantities and prices as numbers.
 */
export function relationalData(headers = FULL_HEADERS, lines = FULL_LINES): RelationalData {
  let seed = 20251212;
  const next = (): number => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const linesOf = new Int32Array(headers).fill(1);
  for (let extra = lines - headers; extra > 0; extra--) linesOf[Math.floor(next() * headers)]!++;

  const headerRows: CellValue[][] = [];
  const lineRows: CellValue[][] = [];
  const oneRows: CellValue[][] = [];
  const start = Date.UTC(2025, 10, 1);
  let total = 0;
  for (let k = 0; k < headers; k++) {
    const id = `T${String(100_000_000 + k)}`;
    const at = start + Math.floor(next() * 60 * 86_400) * 1000;
    const status = pick(STATUSES);
    const paid = status !== '待付款' && status !== '已取消';
    const order: CellValue[] = [
      id,
      `buyer${Math.floor(next() * headers * 0.7)}`,
      stamp(at),
      paid ? stamp(at + 120_000) : null,
      status,
      pick(CHANNELS),
    ];
    headerRows.push(order);
    for (let l = 1; l <= (linesOf[k] ?? 1); l++) {
      const quantity = 1 + Math.floor(next() * 3);
      const price = Math.round(next() * 50_000) / 100;
      const sku = `SKU${Math.floor(next() * 5000)}`;
      const category = pick(CATEGORIES);
      const amount = Math.round(quantity * price * 100) / 100;
      total += amount;
      lineRows.push([id, `${id}-${l}`, sku, category, quantity, price]);
      oneRows.push([...order, `${id}-${l}`, sku, category, quantity, amount]);
    }
  }
  const source = (sheet: string) => ({ sheet, headerRow: 1, firstColumn: 0 });
  return {
    headers,
    lines: lineRows.length,
    relational: [
      { source: source('订单'), header: HEADER_COLUMNS, rows: headerRows },
      { source: source('订单明细'), header: LINE_COLUMNS, rows: lineRows },
    ],
    oneTable: [
      {
        source: source('订单'),
        header: [...HEADER_COLUMNS, '子订单号', '商品SKU', '类目', '数量', '实付金额'],
        rows: oneRows,
      },
    ],
    total,
  };
}

function stamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}
