import {
  loadSettings,
  saveSettings,
  SETTINGS_IN_XML_PART,
  SETTINGS_KEY,
  SETTINGS_NAMESPACE,
} from '../../src/excel/settings';
import { DEFAULT_SETTINGS, parseSettings, type FupanSettings } from '../../src/excel/settingsSchema';
import { FakeExcel } from '../support/excelFake/fakeExcel';

const SETTINGS: FupanSettings = {
  version: 1,
  locale: 'zh-CN',
  tables: [
    { sheet: '订单', table: 'Orders', kind: 'orders', columns: { order_id: '订单号', amount: '实付金额' } },
    { sheet: '备注', kind: 'ignore' },
  ],
  campaign: {
    name: '2024 双11',
    period: { start: '2024-10-21', end: '2024-11-11' },
    phases: [
      { kind: 'warmup', start: '2024-10-21', end: '2024-10-31' },
      { kind: 'peak', start: '2024-11-01', end: '2024-11-11' },
    ],
    baseline: null,
  },
  targets: [{ metric: 'GMV', value: 1_200_000 }],
  options: { includeRefunds: true, currency: 'CNY', topN: 10 },
};

describe('per-workbook settings', () => {
  it('round-trip through workbook settings', async () => {
    const excel = new FakeExcel();
    const saved = await saveSettings(excel.host, SETTINGS);
    expect(saved.storage).toBe('settings');
    expect(await loadSettings(excel.host)).toEqual({ settings: SETTINGS, warnings: [] });
    expect(excel.state.settings.has(SETTINGS_KEY)).toBe(true);
  });

  it('tell "no baseline" from "baseline not set"', () => {
    const { campaign: _campaign, ...rest } = SETTINGS;
    expect(parseSettings(JSON.stringify({ ...rest, campaign: {} })).settings.campaign).toEqual({});
    expect(parseSettings(JSON.stringify(SETTINGS)).settings.campaign.baseline).toBeNull();
  });

  it('move to a custom XML part when too large for add-in settings, and back', async () => {
    const excel = new FakeExcel();
    const columns = Object.fromEntries(
      Array.from({ length: 800 }, (_, i) => [`field_${i}`, `很长的中文列标题第${i}列<&>"`]),
    );
    const large: FupanSettings = { ...SETTINGS, tables: [{ sheet: '宽表', kind: 'orders', columns }] };

    expect((await saveSettings(excel.host, large)).storage).toBe('customXmlPart');
    expect(JSON.parse(excel.state.settings.get(SETTINGS_KEY) ?? 'null')).toBe(SETTINGS_IN_XML_PART);
    expect(excel.state.xmlParts.map((p) => p.namespaceUri)).toEqual([SETTINGS_NAMESPACE]);
    expect(await loadSettings(excel.host)).toEqual({ settings: large, warnings: [] });

    await saveSettings(excel.host, SETTINGS);
    expect(excel.state.xmlParts).toEqual([]);
    expect((await loadSettings(excel.host)).settings).toEqual(SETTINGS);
  });

  it('are the defaults, without a warning, in a workbook that has none', async () => {
    expect(await loadSettings(new FakeExcel().host)).toEqual({ settings: DEFAULT_SETTINGS, warnings: [] });
  });

  it('fall back to the defaults with a warning when the stored JSON is corrupt', async () => {
    const excel = new FakeExcel();
    excel.state.settings.set(SETTINGS_KEY, JSON.stringify('{"version":1,"tables":[{"sheet":'));
    expect(await loadSettings(excel.host)).toEqual({
      settings: DEFAULT_SETTINGS,
      warnings: [{ code: 'settingsCorrupt' }],
    });
    excel.state.settings.set(SETTINGS_KEY, JSON.stringify([1, 2, 3]));
    expect((await loadSettings(excel.host)).warnings).toEqual([{ code: 'settingsCorrupt' }]);
  });

  it('are not trusted when written by a newer Fupan', () => {
    expect(parseSettings(JSON.stringify({ ...SETTINGS, version: 7 }))).toEqual({
      settings: DEFAULT_SETTINGS,
      warnings: [{ code: 'settingsNewer', version: 7 }],
    });
  });

  it('keep the valid parts and drop the invalid ones with a warning each', () => {
    const stored = {
      version: 1,
      locale: 'fr-FR',
      tables: [SETTINGS.tables[0], { sheet: '', kind: 'orders' }, { sheet: 'x', kind: 'nope' }],
      campaign: {
        name: 42,
        period: { start: '2024-11-11', end: '2024-10-01' },
        phases: [
          { kind: 'peak', start: '2024-11-01', end: '2024-11-11' },
          { kind: 'launch', start: '2024-11-01', end: '2024-11-02' },
        ],
        baseline: { start: '2024-02-30', end: '2024-03-01' },
      },
      targets: [
        { metric: 'GMV', value: 'a lot' },
        { metric: 'ROI', value: 3 },
      ],
      options: { ok: true, bad: { nested: 1 }, nan: null },
    };
    const parsed = parseSettings(JSON.stringify(stored));
    expect(parsed.settings).toEqual({
      version: 1,
      locale: null,
      tables: [SETTINGS.tables[0]],
      campaign: { phases: [{ kind: 'peak', start: '2024-11-01', end: '2024-11-11' }] },
      targets: [{ metric: 'ROI', value: 3 }],
      options: { ok: true },
    });
    expect(parsed.warnings.map((w) => (w.code === 'settingsFieldDropped' ? w.field : w.code))).toEqual([
      'locale',
      'tables[1]',
      'tables[2]',
      'campaign.name',
      'campaign.period',
      'campaign.phases[1]',
      'campaign.baseline',
      'targets[0]',
      'options.bad',
      'options.nan',
    ]);
  });

  it('survive a missing custom XML part as a warning, not a crash', async () => {
    const excel = new FakeExcel();
    excel.state.settings.set(SETTINGS_KEY, JSON.stringify(SETTINGS_IN_XML_PART));
    expect(await loadSettings(excel.host)).toEqual({
      settings: DEFAULT_SETTINGS,
      warnings: [{ code: 'settingsCorrupt' }],
    });
  });
});
