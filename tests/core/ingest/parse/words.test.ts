import { parseCampaignItem } from '../../../../src/core/ingest/parse/campaignItem';
import { parseConverted } from '../../../../src/core/ingest/parse/converted';
import { parseFlag } from '../../../../src/core/ingest/parse/flag';
import { parseNewCustomer } from '../../../../src/core/ingest/parse/newCustomer';
import { parseStatus, STATUS_WORDS } from '../../../../src/core/ingest/parse/status';
import { ORDER_STATUSES } from '../../../../src/core/model/campaign';

describe('parseFlag', () => {
  test.each([true, 1, '1', '是', 'Y', 'y', 'yes', 'YES', 'true', 'TRUE', '√'])('reads %p as yes', (cell) => {
    expect(parseFlag(cell)).toEqual({ ok: true, value: true });
  });

  test.each([false, 0, '0', '否', 'N', 'no', 'False', '×'])('reads %p as no', (cell) => {
    expect(parseFlag(cell)).toEqual({ ok: true, value: false });
  });

  test('reads blanks as empty and rejects other words and numbers', () => {
    expect(parseFlag(null)).toEqual({ ok: true, value: null });
    expect(parseFlag(' ')).toEqual({ ok: true, value: null });
    expect(parseFlag('maybe')).toEqual({ ok: false, problem: { code: 'not_a_flag', value: 'maybe' } });
    expect(parseFlag(2)).toEqual({ ok: false, problem: { code: 'not_a_flag', value: '2' } });
    expect(parseFlag('#N/A')).toEqual({ ok: false, problem: { code: 'excel_error', value: '#N/A' } });
  });
});

describe('parseNewCustomer', () => {
  test('reads customer-type words besides yes and no', () => {
    expect(parseNewCustomer('新客')).toEqual({ ok: true, value: true });
    expect(parseNewCustomer('老客')).toEqual({ ok: true, value: false });
    expect(parseNewCustomer('New')).toEqual({ ok: true, value: true });
    expect(parseNewCustomer('Returning')).toEqual({ ok: true, value: false });
    expect(parseNewCustomer('是')).toEqual({ ok: true, value: true });
    expect(parseNewCustomer(0)).toEqual({ ok: true, value: false });
  });

  test('keeps the customer-type words out of plain flag columns', () => {
    expect(parseFlag('新客').ok).toBe(false);
  });
});

describe('parseConverted', () => {
  test('reads conversion words besides yes and no', () => {
    expect(parseConverted('已转化')).toEqual({ ok: true, value: true });
    expect(parseConverted('未转化')).toEqual({ ok: true, value: false });
    expect(parseConverted(1)).toEqual({ ok: true, value: true });
  });
});

describe('parseStatus', () => {
  test.each([
    ['交易成功', 'paid'],
    ['已发货', 'paid'],
    ['Paid', 'paid'],
    ['DELIVERED', 'paid'],
    ['待付款', 'unpaid'],
    ['pending', 'unpaid'],
    ['交易关闭', 'cancelled'],
    ['Canceled', 'cancelled'],
    ['已退款', 'refunded'],
    ['returned', 'refunded'],
    ['部分退款', 'partially_refunded'],
    ['partially_refunded', 'partially_refunded'],
    ['Partially Refunded', 'partially_refunded'],
    ['售后中', 'refunding'],
    [' refunding ', 'refunding'],
  ])('maps %p to %p', (cell, status) => {
    expect(parseStatus(cell)).toEqual({ ok: true, value: status });
  });

  test('names an unknown word', () => {
    expect(parseStatus('等待买家付款')).toEqual({
      ok: false,
      problem: { code: 'unknown_status', value: '等待买家付款' },
    });
    expect(parseStatus('authorized')).toEqual({
      ok: false,
      problem: { code: 'unknown_status', value: 'authorized' },
    });
  });

  test('reads an empty cell as empty', () => {
    expect(parseStatus('')).toEqual({ ok: true, value: null });
  });

  test('lists words for every status of the model', () => {
    expect(Object.keys(STATUS_WORDS).sort()).toEqual([...ORDER_STATUSES].sort());
  });
});

describe('parseCampaignItem', () => {
  test.each([
    ['活动', 'campaign'],
    ['Campaign', 'campaign'],
    ['预热期', 'warmup'],
    ['warm-up', 'warmup'],
    ['Warm up', 'warmup'],
    ['爆发期', 'peak'],
    ['正式期', 'peak'],
    ['收尾期', 'tail'],
    ['返场', 'tail'],
    ['基准期', 'baseline'],
    ['Baseline', 'baseline'],
  ])('maps %p to %p', (cell, item) => {
    expect(parseCampaignItem(cell)).toEqual({ ok: true, value: item });
  });

  test('names an unknown phase word', () => {
    expect(parseCampaignItem('中场')).toEqual({
      ok: false,
      problem: { code: 'unknown_phase', value: '中场' },
    });
  });
});
