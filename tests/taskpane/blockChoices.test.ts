import { defaultChoices } from '../../src/taskpane/choices/defaultChoices';
import { guessDerivedAmount, namedDerivedAmount } from '../../src/taskpane/choices/guessDerivedAmount';
import {
  kindChoiceOf,
  overrideFor,
  withColumn,
  withDerivedAmount,
  withTableKind,
} from '../../src/taskpane/choices/tableOverrides';

const facts = { sheet: '活动信息', block: 'A3' };
const phases = { sheet: '活动信息', block: 'A9' };
const lines = { sheet: 'Invoices' };
const FROM = { quantity: 'Quantity', unitPrice: 'UnitPrice' };

describe('choices over blocks and derived amounts', () => {
  test('blocks of one sheet keep their own overrides', () => {
    let choices = withTableKind(defaultChoices('en-US'), facts, 'campaignFacts');
    choices = withTableKind(choices, phases, 'ignore');
    expect(choices.tables).toEqual([
      { sheet: '活动信息', block: 'A3', kind: 'campaign', layout: 'labelValue' },
      { sheet: '活动信息', block: 'A9', kind: 'ignore' },
    ]);
    expect(kindChoiceOf(overrideFor(choices, facts))).toBe('campaignFacts');
    expect(kindChoiceOf(overrideFor(choices, phases))).toBe('ignore');
    expect(overrideFor(choices, { sheet: '活动信息' })).toBeUndefined();
  });

  test('a derived amount keeps other columns, survives their changes and ends when the amount gets a column', () => {
    let choices = withColumn(defaultChoices('en-US'), lines, 'orders', 'order_id', 'InvoiceNo');
    choices = withColumn(choices, lines, 'orders', 'amount', 'Total');
    choices = withDerivedAmount(choices, lines, FROM);
    expect(overrideFor(choices, lines)).toEqual({
      sheet: 'Invoices',
      kind: 'orders',
      columns: { order_id: 'InvoiceNo' },
      amountFrom: FROM,
    });
    choices = withColumn(choices, lines, 'orders', 'channel', 'Country');
    expect(overrideFor(choices, lines)?.amountFrom).toEqual(FROM);
    choices = withColumn(choices, lines, 'orders', 'amount', null);
    expect(overrideFor(choices, lines)?.amountFrom).toBeUndefined();
    expect(withDerivedAmount(choices, lines, null).tables).toEqual([
      { sheet: 'Invoices', kind: 'orders', columns: { order_id: 'InvoiceNo', channel: 'Country' } },
    ]);
  });

  test('the columns of a derived amount are guessed from the mapping, then from the headers', () => {
    expect(guessDerivedAmount(['数量', '单价', '金额'], { quantity: '数量' })).toEqual({
      quantity: '数量',
      unitPrice: '单价',
    });
    expect(guessDerivedAmount(['a', 'b'], {})).toEqual({ quantity: 'a', unitPrice: 'b' });
    expect(guessDerivedAmount(['a'], {})).toBeNull();
    expect(namedDerivedAmount(['InvoiceNo', 'Quantity', 'UnitPrice'])).toEqual(FROM);
    expect(namedDerivedAmount(['InvoiceNo', 'Total'])).toBeNull();
  });
});
