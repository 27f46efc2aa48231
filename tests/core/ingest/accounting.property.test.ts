import fc from 'fast-check';
import { ingest } from '../../../src/core/ingest';
import { isBlankCell } from '../../../src/core/ingest/parse/empty';
import type { IngestResult } from '../../../src/core/model/campaign';
import type { CellValue, RawTable } from '../../../src/core/model/raw';
import { rawTable } from './rawTable';

const HEADER = ['订单号', '买家ID', '下单时间', '实付金额', '订单状态', '商品SKU', '数量'];
const STATUSES = ['交易成功', '已发货', '待付款', '交易关闭', '已退款', 'partially_refunded', ''];

/** Cells that a row cannot be read with, whatever the order of the rows. */
const UNREADABLE_AMOUNT = ['abc', '12,50', '#N/A', '#VALUE!', true];
const UNREADABLE_TIME = ['soon', '2023-02-30', '#REF!', -3, false];
/** Cells read as empty in an optional column. */
const EMPTY_OPTIONAL = ['', null, '-', '#DIV/0!', '   '];

interface OrderSpec {
  readonly id: string;
  readonly customer: string;
  readonly time: string;
  readonly status: string;
}

const orderSpec = fc.record({
  id: fc.integer({ min: 1, max: 30 }).map((n) => `A${n}`),
  customer: fc.constantFrom('u1', 'u2', 'u3'),
  time: fc.integer({ min: 0, max: 20 * 24 - 1 }).map((h) => {
    const day = String(1 + Math.floor(h / 24)).padStart(2, '0');
    return `2023-11-${day} ${String(h % 24).padStart(2, '0')}:00`;
  }),
  status: fc.constantFrom(...STATUSES),
});

/** What to do with one row: a clean line, a line with one bad cell, an exact copy, or a blank row. */
const rowPlan = fc.record({
  order: fc.nat(),
  amount: fc.integer({ min: 0, max: 100_000 }),
  sku: fc.constantFrom('S1', 'S2', 'S3'),
  quantity: fc.integer({ min: 1, max: 5 }),
  damage: fc.oneof(
    { weight: 6, arbitrary: fc.constant(null) },
    {
      weight: 1,
      arbitrary: fc.record({
        column: fc.constant(3),
        cell: fc.constantFrom<CellValue>(...UNREADABLE_AMOUNT),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ column: fc.constant(2), cell: fc.constantFrom<CellValue>(...UNREADABLE_TIME) }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        column: fc.constant(4),
        cell: fc.constantFrom<CellValue>('等待发货', 'authorized'),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        column: fc.constantFrom(1, 5, 6),
        cell: fc.constantFrom<CellValue>(...EMPTY_OPTIONAL),
      }),
    },
  ),
  kind: fc.constantFrom('line', 'line', 'line', 'line', 'copy', 'blank'),
});

/** Rows whose accounting and totals cannot depend on their order. */
const orderRows = fc
  .tuple(fc.array(orderSpec, { minLength: 1, maxLength: 12 }), fc.array(rowPlan, { maxLength: 60 }))
  .map(([specs, plans]) => {
    const unique = new Map<string, OrderSpec>(specs.map((s) => [s.id, s]));
    const orders = [...unique.values()];
    const rows: CellValue[][] = [];
    for (const plan of plans) {
      if (plan.kind === 'blank') rows.push(plan.order % 2 === 0 ? [] : [null, '', ' ']);
      else if (plan.kind === 'copy' && rows.length > 0) rows.push([...rows[plan.order % rows.length]!]);
      else {
        const o = orders[plan.order % orders.length]!;
        const row: CellValue[] = [o.id, o.customer, o.time, plan.amount, o.status, plan.sku, plan.quantity];
        if (plan.damage !== null) row[plan.damage.column] = plan.damage.cell;
        rows.push(row);
      }
    }
    return rows;
  });

/** Any cells at all, for the accounting invariant. */
const anyCell = fc.oneof(
  fc.constantFrom<CellValue>(
    null,
    '',
    ' ',
    '-',
    '#N/A',
    '#SPILL!',
    'abc',
    '交易成功',
    '待付款',
    '??',
    '2023-11-11',
    45240.5,
  ),
  fc.integer({ min: -5, max: 50 }),
  fc.boolean(),
  fc.constantFrom('A1', 'A2', 'A3', 'u1', 'u2', '12.5%', '1.2万', '¥1,000', '(3.00)'),
);
const anyTable = (sheet: string, header: readonly string[], headerRow: number) =>
  fc
    .array(fc.array(anyCell, { maxLength: header.length + 2 }), { maxLength: 40 })
    .map((rows) => rawTable(sheet, header, rows, headerRow));

function blankRows(table: RawTable): number {
  return table.rows.filter((row) => row.every((cell) => isBlankCell(cell))).length;
}

function checkAccounting(tables: readonly RawTable[], result: IngestResult): void {
  for (const recognised of result.tables) {
    const source = tables.find((t) => t.source === recognised.source)!;
    expect(recognised.rowsRead).toBe(recognised.rowsUsed + recognised.rowsRejected);
    expect(recognised.rowsRead).toBe(source.rows.length - blankRows(source));
    const rejected = result.rejected.filter((r) => r.sheet === source.source.sheet);
    expect(rejected).toHaveLength(recognised.rowsRejected);
    expect(new Set(rejected.map((r) => r.row)).size).toBe(rejected.length);
    const header = source.header.map((h) => (h === null ? '' : String(h).trim()));
    for (const row of rejected) {
      const index = row.row - source.source.headerRow - 1;
      expect(index).toBeGreaterThanOrEqual(0);
      expect(index).toBeLessThan(source.rows.length);
      expect(source.rows[index]!.every((cell) => isBlankCell(cell))).toBe(false);
      if (row.column !== null) expect(header).toContain(row.column);
      expect(row.reason['zh-CN'].length).toBeGreaterThan(0);
      expect(row.reason['en-US'].length).toBeGreaterThan(0);
    }
  }
  if (result.data !== null) {
    const used = result.tables.filter((t) => t.kind === 'orders').reduce((n, t) => n + t.rowsUsed, 0);
    expect(result.data.lines.size).toBe(used);
    for (const id of result.data.orders.orderId) expect(id).toMatch(/\S/);
  }
}

describe('row accounting', () => {
  test('rows read = rows used + rows rejected, and every rejected row is listed, for any cells', () => {
    fc.assert(
      fc.property(
        anyTable('订单', HEADER, 1),
        anyTable('流量', ['日期', '渠道', '访客数', '跳失率'], 3),
        anyTable('目标', ['指标', '目标值'], 1),
        anyTable('活动', ['阶段', '开始日期', '结束日期'], 2),
        (...tables) => {
          checkAccounting(tables, ingest(tables));
        },
      ),
      { numRuns: 150 },
    );
  });

  test('holds for order tables with repeated ids, copies, blank rows and bad cells', () => {
    fc.assert(
      fc.property(orderRows, (rows) => {
        const tables = [rawTable('订单', HEADER, rows)];
        checkAccounting(tables, ingest(tables));
      }),
      { numRuns: 150 },
    );
  });
});

/** Order-independent totals of a result. */
function totals(result: IngestResult) {
  const orders = result.data?.orders;
  const byCode: Record<string, number> = {};
  for (const row of result.rejected) byCode[row.code] = (byCode[row.code] ?? 0) + 1;
  return {
    orders: orders?.size ?? 0,
    ids: [...(orders?.orderId ?? [])].sort(),
    amount: orders ? Array.from(orders.amount).reduce((a, b) => a + b, 0) : 0,
    quantity: orders?.quantity ? Array.from(orders.quantity).reduce((a, b) => a + (b || 0), 0) : 0,
    statuses: orders ? Array.from(orders.status).sort() : [],
    lines: result.data?.lines.size ?? 0,
    rejected: byCode,
    read: result.tables.map((t) => t.rowsRead),
  };
}

describe('shuffling the rows', () => {
  test('changes nothing in the totals', () => {
    fc.assert(
      fc.property(
        orderRows.chain((rows) =>
          fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length })),
        ),
        ([rows, shuffled]) => {
          const before = ingest([rawTable('订单', HEADER, rows)]);
          const after = ingest([rawTable('订单', HEADER, shuffled)]);
          expect(totals(after)).toEqual(totals(before));
        },
      ),
      { numRuns: 200 },
    );
  });
});
