import { ingest } from '../../../src/core/ingest';
import { LOCALES } from '../../../src/core/locale';
import { STATUS_CODE } from '../../../src/core/model/campaign';
import { generateSampleCampaign } from '../../../src/core/sample/generateSampleCampaign';

describe.each([...LOCALES])('the bundled sample campaign in %s', (locale) => {
  const sample = generateSampleCampaign({ locale, orders: 5000 });
  const result = ingest(sample.sheets.map((sheet) => sheet.table));
  const { truth } = sample;

  test('is read whole: every sheet recognised as its kind, no row rejected', () => {
    expect(result.tables.map((t) => t.kind)).toEqual(sample.sheets.map((s) => s.kind));
    expect(result.rejected).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toEqual([]);
  });

  test('gives the orders, lines and statuses the generator made', () => {
    const data = result.data!;
    expect(data.lines.size).toBe(truth.orders.rows);
    expect(data.orders.size).toBe(truth.orders.distinctOrders);
    const byStatus = (code: number) => Array.from(data.orders.status).filter((s) => s === code).length;
    expect(byStatus(STATUS_CODE.paid)).toBe(truth.orders.statuses.completed + truth.orders.statuses.shipped);
    expect(byStatus(STATUS_CODE.refunded)).toBe(truth.orders.statuses.refunded);
    expect(byStatus(STATUS_CODE.partially_refunded)).toBe(truth.orders.statuses.partially_refunded);
  });

  test('gives the calendar and the targets the generator wrote', () => {
    const data = result.data!;
    expect(data.campaign.periodSource).toBe('table');
    expect(data.campaign.period).toEqual(truth.calendar.campaign);
    expect(data.campaign.baseline).toEqual(truth.calendar.baseline);
    expect(data.targets.map((t) => [t.metric, t.kpi, t.value])).toEqual(
      truth.targets.map((t) => [t.metric, t.kpi, t.target]),
    );
  });
});
