import { createExcelFupanHost } from '../../src/excel/fupanHost';
import type { Progress, UserChoices } from '../../src/port/hostPort';
import { HostError } from '../../src/port/hostPort';
import { FakeExcel } from '../support/excelFake/fakeExcel';

const choices: UserChoices = { locale: 'en-US', tables: [], campaign: {}, targets: [] };

describe('the task pane host over Office.js', () => {
  it('inserts the sample campaign, recognises its tables and generates every Fupan sheet', async () => {
    const excel = new FakeExcel();
    const host = createExcelFupanHost(excel.host, 'en-US');
    await host.insertSample('en-US');
    expect(excel.sheetNames()).toEqual(
      expect.arrayContaining([
        'Orders',
        'Traffic',
        'Spend',
        'Targets',
        'Campaign',
        'Customers',
        'Inventory',
        'Touchpoints',
      ]),
    );

    const scan = await host.scan(choices);
    expect(scan.tables.map((t) => t.kind).sort()).toEqual(
      ['campaign', 'customers', 'inventory', 'orders', 'spend', 'targets', 'touchpoints', 'traffic'].sort(),
    );
    expect(scan.missing.map((m) => m.kind)).toEqual(['refunds', 'experiment']);
    expect(scan.campaign?.phases.length).toBe(3);

    const progress: Progress[] = [];
    excel.resetCounters();
    const summary = await host.generate(choices, (p) => progress.push(p), new AbortController().signal);
    // The whole retro — reading ~50,000 order rows, writing 9 sheets — in a bounded number of round trips.
    expect(excel.syncs.length).toBeLessThanOrEqual(26);
    expect(
      Math.max(...excel.syncs.map((s) => Math.max(s.requestBytes, s.responseBytes))),
    ).toBeLessThanOrEqual(5_000_000);
    expect(summary.verdict).toBe('basic_success');
    expect(summary.findings.length).toBe(3);
    expect(summary.findings.map((f) => f.kind)).toContain('shortfall');
    for (const sheet of summary.sheets) expect(excel.sheetNames()).toContain(sheet.name);
    expect(summary.qualitySheet).toBe('Fupan Data Quality');
    // Every Fupan sheet prints on A4, one page wide, its used area only, with its name in the footer.
    for (const sheet of summary.sheets) {
      const layout = excel.sheet(sheet.name).pageLayout;
      expect(layout).toMatchObject({
        paperSize: 'A4',
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        centerHorizontally: true,
        margins: { left: 36, right: 36 },
        printArea: { row: 0, col: 0 },
        footer: { left: '&A', right: '&P / &N' },
      });
    }
    // The overview is wider than a portrait page; the trend's daily table repeats its header.
    expect(excel.sheet('Fupan Overview').pageLayout.orientation).toBe('Landscape');
    expect(excel.sheet('Fupan Trend').pageLayout.printTitleRows).toBeDefined();
    // Progress moves forward through reading, analysing and writing, and ends done.
    const steps = [...new Set(progress.map((p) => p.step))];
    expect(steps).toEqual(['reading', 'analysing', 'writing', 'done']);
    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });

  it('says what to do when the workbook holds no orders', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Notes', [['Anything'], ['hello']]);
    const host = createExcelFupanHost(excel.host, 'zh-CN');
    const failure = await host
      .generate(choices, () => undefined, new AbortController().signal)
      .catch((e) => e);
    expect(failure).toBeInstanceOf(HostError);
    expect((failure as HostError).code).toBe('no_orders');
    expect((failure as HostError).text['zh-CN']).toContain('示例活动');
  });

  it('keeps the analyst’s choices in the workbook', async () => {
    const excel = new FakeExcel();
    const host = createExcelFupanHost(excel.host, 'en-US');
    expect(await host.loadChoices()).toBeNull();
    const mine: UserChoices = {
      locale: 'zh-CN',
      tables: [{ sheet: 'Sheet9', kind: 'ignore' }],
      campaign: {
        name: 'Double 12',
        period: { start: 20_423 as never, end: 20_452 as never },
        baseline: null,
      },
      targets: [{ metric: 'GMV', value: 1_000_000 }],
    };
    await host.saveChoices(mine);
    expect(await host.loadChoices()).toEqual(mine);
  });

  it('stops without writing when cancelled', async () => {
    const excel = new FakeExcel();
    const host = createExcelFupanHost(excel.host, 'en-US');
    await host.insertSample('en-US');
    const before = excel.sheetNames();
    const controller = new AbortController();
    controller.abort();
    const failure = await host.generate(choices, () => undefined, controller.signal).catch((e) => e);
    expect((failure as HostError).code).toBe('cancelled');
    expect(excel.sheetNames()).toEqual(before);
  });
});
