import { LOCALES } from '../../../src/core/locale';
import { FIELDS } from '../../../src/core/model/fields';
import { generateSampleCampaign } from '../../../src/core/sample/generateSampleCampaign';
import { SAMPLE_TABLE_KINDS } from '../../../src/core/sample/vocabulary';

describe.each(LOCALES)('sample headers in %s', (locale) => {
  const sample = generateSampleCampaign({ locale, orders: 5_000 });
  const canonical = (kind: keyof typeof FIELDS): string[] =>
    Object.values(FIELDS[kind] as Record<string, { zh: string; en: string }>).map((f) =>
      locale === 'zh-CN' ? f.zh : f.en,
    );

  it('has one sheet per sample table kind, in order', () => {
    expect(sample.sheets.map((s) => s.kind)).toEqual([...SAMPLE_TABLE_KINDS]);
  });

  it.each(SAMPLE_TABLE_KINDS)('writes the %s headers as FIELDS canonical names', (kind) => {
    const sheet = sample.sheets.find((s) => s.kind === kind)!;
    const allowed = canonical(kind);
    for (const header of sheet.table.header) expect(allowed).toContain(header);
    expect(new Set(sheet.table.header).size).toBe(sheet.table.header.length);
    const required = Object.values(
      FIELDS[kind] as Record<string, { zh: string; en: string; required?: true }>,
    )
      .filter((f) => f.required)
      .map((f) => (locale === 'zh-CN' ? f.zh : f.en));
    for (const header of required) expect(sheet.table.header).toContain(header);
  });

  it('writes every orders, traffic and spend field but those of other export shapes', () => {
    // The sample has one amount per line: no separate order total, no quantity × unit price.
    const otherShapes = new Set<string>(
      [FIELDS.orders.total_amount, FIELDS.orders.unit_price].map((f) => f[locale === 'zh-CN' ? 'zh' : 'en']),
    );
    for (const kind of ['orders', 'traffic', 'spend'] as const) {
      const sheet = sample.sheets.find((s) => s.kind === kind)!;
      expect(sheet.table.header).toEqual(canonical(kind).filter((h) => !otherShapes.has(h)));
    }
  });

  it('names the source of each table: sheet, Excel table, header on row 1 from column A', () => {
    for (const sheet of sample.sheets) {
      expect(sheet.table.source).toEqual({
        sheet: sheet.name,
        table: expect.stringMatching(/^[A-Z][A-Za-z]+$/),
        headerRow: 1,
        firstColumn: 0,
      });
      expect(sheet.numberFormats).toHaveLength(sheet.table.header.length);
      for (const row of sheet.table.rows.slice(0, 50)) expect(row).toHaveLength(sheet.table.header.length);
    }
  });

  it('uses localised sheet names', () => {
    const names = sample.sheets.map((s) => s.name);
    expect(names).toEqual(
      locale === 'zh-CN'
        ? ['订单', '流量', '投放', '目标', '活动信息', '用户', '库存', '触点']
        : ['Orders', 'Traffic', 'Spend', 'Targets', 'Campaign', 'Customers', 'Inventory', 'Touchpoints'],
    );
  });
});
