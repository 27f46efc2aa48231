import { LOCALES } from '../../../src/core/locale';
import { generateSampleCampaign } from '../../../src/core/sample/generateSampleCampaign';
import { PAID_WORDS, columnOf, num, sheetOf } from './sampleCells';

const STATUS_WORDS = {
  'zh-CN': ['交易成功', '已发货', '待付款', '交易关闭', '已退款', '部分退款', '退款中'],
  'en-US': ['completed', 'shipped', 'unpaid', 'cancelled', 'refunded', 'partially refunded', 'refunding'],
} as const;

describe.each(LOCALES)('sample order cells in %s', (locale) => {
  const sample = generateSampleCampaign({ locale, orders: 20_000 });
  const rows = sheetOf(sample, 'orders').table.rows;
  const col = (field: Parameters<typeof columnOf<'orders'>>[2]) => columnOf(sample, 'orders', field, locale);

  it('uses only the locale status words, every one of them', () => {
    const seen = new Set(rows.map(col('status')));
    expect([...seen].sort()).toEqual([...STATUS_WORDS[locale]].sort());
  });

  it('writes the new-customer flag as yes / no words and the variant as A, B or empty', () => {
    const words = locale === 'zh-CN' ? ['是', '否'] : ['Yes', 'No'];
    expect([...new Set(rows.map(col('is_new')))].sort()).toEqual([...words].sort());
    expect(new Set(rows.map(col('variant')))).toEqual(new Set(['A', 'B', null]));
  });

  it('keeps list − discount − coupon = paid amount on every row, to the cent', () => {
    const [amount, list, discount, coupon, refund, cogs, quantity] = [
      col('amount'),
      col('list_price'),
      col('discount'),
      col('coupon'),
      col('refund_amount'),
      col('cogs'),
      col('quantity'),
    ];
    const bad = rows.filter((row) => {
      const paid = num(amount(row));
      return (
        Math.round((num(list(row)) - num(discount(row)) - num(coupon(row))) * 100) !==
          Math.round(paid * 100) ||
        paid <= 0 ||
        num(refund(row)) > paid ||
        num(cogs(row)) >= num(list(row)) ||
        ![1, 2, 3].includes(num(quantity(row)))
      );
    });
    expect(bad).toEqual([]);
  });

  it('has a pay time exactly for paid orders, and refunds only on refunded ones', () => {
    const [status, pay, refund] = [col('status'), col('pay_time'), col('refund_amount')];
    const refundWords = locale === 'zh-CN' ? ['已退款', '部分退款'] : ['refunded', 'partially refunded'];
    const bad = rows.filter((row) => {
      const word = status(row) as string;
      return (
        (pay(row) !== null) !== PAID_WORDS[locale].includes(word) ||
        (num(refund(row)) > 0 && !refundWords.includes(word))
      );
    });
    expect(bad).toEqual([]);
  });

  it('never repeats an identical row', () => {
    const keys = new Set(rows.map((row) => JSON.stringify(row)));
    expect(keys.size).toBe(rows.length);
  });

  it('has no formula-looking text', () => {
    const formulaLike = sample.sheets.flatMap((sheet) =>
      sheet.table.rows.flatMap((row) =>
        row.filter((cell) => typeof cell === 'string' && /^[=+\-@]/.test(cell)),
      ),
    );
    expect(formulaLike).toEqual([]);
  });
});
