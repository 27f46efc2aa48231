import { generateSampleCampaign } from '../../../src/core/sample/generateSampleCampaign';

describe('the zh and en samples', () => {
  const zh = generateSampleCampaign({ locale: 'zh-CN', orders: 8_000 });
  const en = generateSampleCampaign({ locale: 'en-US', orders: 8_000 });

  it('carry the same numbers in the same cells', () => {
    const differences: string[] = [];
    zh.sheets.forEach((sheet, s) => {
      const other = en.sheets[s]!;
      expect(other.kind).toBe(sheet.kind);
      expect(other.table.rows).toHaveLength(sheet.table.rows.length);
      sheet.table.rows.forEach((row, r) => {
        row.forEach((cell, c) => {
          const twin = other.table.rows[r]![c];
          if ((typeof cell === 'number' || cell === null) && twin !== cell)
            differences.push(`${sheet.kind} ${r},${c}`);
        });
      });
    });
    expect(differences).toEqual([]);
  });

  it('translate each text one-to-one, column by column', () => {
    const clashes: string[] = [];
    zh.sheets.forEach((sheet, s) => {
      const other = en.sheets[s]!;
      sheet.table.header.forEach((_, c) => {
        const forward = new Map<unknown, unknown>();
        const backward = new Map<unknown, unknown>();
        sheet.table.rows.forEach((row, r) => {
          const a = row[c];
          const b = other.table.rows[r]![c];
          if ((forward.get(a) ?? b) !== b || (backward.get(b) ?? a) !== a)
            clashes.push(`${sheet.kind} ${r},${c}`);
          forward.set(a, b);
          backward.set(b, a);
        });
      });
    });
    expect(clashes).toEqual([]);
  });

  it('record the same truth apart from names', () => {
    expect(en.truth.campaign).toEqual(zh.truth.campaign);
    expect(en.truth.baseline).toEqual(zh.truth.baseline);
    expect(en.truth.daily).toEqual(zh.truth.daily);
    expect(en.truth.orders).toEqual(zh.truth.orders);
    expect(en.truth.abTest).toEqual(zh.truth.abTest);
    expect(en.truth.targets.map((t) => [t.kpi, t.target, t.status])).toEqual(
      zh.truth.targets.map((t) => [t.kpi, t.target, t.status]),
    );
    expect(en.truth.couponAbuse.orderIds).toEqual(zh.truth.couponAbuse.orderIds);
    expect(en.truth.bestChannel).toBe('Member CRM');
    expect(zh.truth.bestChannel).toBe('会员私域');
    expect(en.truth.worstChannel).toBe('Influencer Seeding');
    expect(zh.truth.worstChannel).toBe('达人种草');
  });
});
