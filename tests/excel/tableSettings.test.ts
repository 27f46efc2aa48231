import { choicesFromSettings, settingsFromChoices } from '../../src/excel/choicesSettings';
import { loadSettings, saveSettings } from '../../src/excel/settings';
import { DEFAULT_SETTINGS, parseSettings, type FupanSettings } from '../../src/excel/settingsSchema';
import { TABLE_KINDS } from '../../src/core/model/tableKinds';
import { FakeExcel } from '../support/excelFake/fakeExcel';

const SETTINGS: FupanSettings = {
  ...DEFAULT_SETTINGS,
  tables: [
    { sheet: '活动信息', block: 'A3', kind: 'campaign', layout: 'labelValue' },
    { sheet: '活动信息', block: 'A9', kind: 'ignore' },
    {
      sheet: 'Invoices',
      kind: 'orders',
      columns: { order_id: 'InvoiceNo' },
      amountFrom: { quantity: 'Quantity', unitPrice: 'UnitPrice' },
    },
  ],
};

const dropped = (stored: unknown): string[] =>
  parseSettings(JSON.stringify({ version: 1, tables: [stored] })).warnings.map((w) =>
    w.code === 'settingsFieldDropped' ? w.field : w.code,
  );

describe('saved table choices', () => {
  it('keep a block, a label–value layout and a derived amount through the workbook and the pane', async () => {
    const excel = new FakeExcel();
    await saveSettings(excel.host, SETTINGS);
    const loaded = await loadSettings(excel.host);
    expect(loaded).toEqual({ settings: SETTINGS, warnings: [] });
    const choices = choicesFromSettings(loaded.settings, 'en-US');
    expect(choices.tables).toEqual(SETTINGS.tables);
    expect(settingsFromChoices(choices).tables).toEqual(SETTINGS.tables);
  });

  it.each(TABLE_KINDS)('keep the kind %s', (kind) => {
    const parsed = parseSettings(JSON.stringify({ version: 1, tables: [{ sheet: 'S', kind }] }));
    expect(parsed.settings.tables).toEqual([{ sheet: 'S', kind }]);
  });

  it.each([
    ['a block that is no cell address', { sheet: 'S', block: 'here', kind: 'orders' }],
    ['a label–value layout on another kind', { sheet: 'S', kind: 'orders', layout: 'labelValue' }],
    ['an unknown layout', { sheet: 'S', kind: 'campaign', layout: 'grid' }],
    [
      'a derived amount on another kind',
      { sheet: 'S', kind: 'spend', amountFrom: { quantity: 'a', unitPrice: 'b' } },
    ],
    ['a derived amount without its price', { sheet: 'S', kind: 'orders', amountFrom: { quantity: 'Qty' } }],
  ])('drop %s, with a warning', (_name, stored) => {
    expect(dropped(stored)).toEqual(['tables[0]']);
  });
});
