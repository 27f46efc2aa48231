import { LOCALES } from '../../../src/core/locale';
import * as msg from '../../../src/core/messages/analysis';
import { CUSTOMER_LABELS } from '../../../src/core/plan/analysisLabels';
import { planCustomersSheet } from '../../../src/core/plan/sheets/customersSheet';
import { ANALYSIS_ANCHORS as A } from '../../../src/core/retro/analysisAnchors';
import { sampleAnalysis } from './analysisPipeline';
import { expectFormulasToEvaluate, rangeValues, shown, tableRows, texts } from './planAssertions';

describe.each(LOCALES)('the customers sheet (%s)', (locale) => {
  const { sample, analysis } = sampleAnalysis(locale);
  const { sheet, anchors } = planCustomersSheet(analysis, locale);
  const customers = analysis.analyses.customers;
  if (customers.kind !== 'ok') throw new Error('the sample has customer ids');

  it('evaluates every formula (shares, sums, AOV, rates) to its cached value', () => {
    expectFormulasToEvaluate(sheet, 14);
  });

  it('splits the buyers into the sample’s new customers and the returning ones, shares summing to one', () => {
    expect(shown(sheet, anchors[A.customerBuyers('new')]!)).toBe(sample.truth.campaign.newCustomers);
    expect(shown(sheet, anchors[A.customerBuyers('total')]!)).toBe(sample.truth.campaign.buyers);
    const shares = [A.customerShare('new'), A.customerShare('returning')].map(
      (a) => shown(sheet, anchors[a]!) as number,
    );
    expect(shares[0]! + shares[1]!).toBeCloseTo(1, 12);
  });

  it('writes AOV as paid sales over paid orders for each group', () => {
    const rows = tableRows(sheet, 'Fupan_Customers_Groups');
    for (const row of rows) expect(row[5]).toBeCloseTo((row[3] as number) / (row[4] as number), 9);
    expect(shown(sheet, anchors[A.customerAov('new')]!)).toBeCloseTo(customers.newBuyers.aov!, 9);
  });

  it('gives the repurchase rate as repeat buyers over buyers', () => {
    expect(shown(sheet, anchors[A.repurchaseRate]!)).toBeCloseTo(customers.repurchase.rate!, 12);
  });

  it('says why retention is missing: the sample has no orders after the campaign', () => {
    expect(customers.retention).toBeNull();
    expect(anchors[A.retentionRate]).toBeUndefined();
    expect(texts(sheet)).toContain(CUSTOMER_LABELS.noRetention[locale] + msg.noDataAfterPeriod()[locale]);
  });

  it('draws new against returning buyers as a doughnut and their AOV as columns', () => {
    expect(sheet.charts.map((c) => c.type)).toEqual(['doughnut', 'columnClustered']);
    const categories = rangeValues(sheet, sheet.charts[0]!.series[0]!.categories);
    expect(categories).toEqual([CUSTOMER_LABELS.new[locale], CUSTOMER_LABELS.returning[locale]]);
    expect(rangeValues(sheet, sheet.charts[0]!.series[0]!.values)).toEqual([
      customers.newBuyers.buyers,
      customers.returningBuyers.buyers,
    ]);
  });
});

describe('the customers sheet without customer ids', () => {
  it.each(LOCALES)('states which column would unlock it (%s)', (locale) => {
    const { analysis } = sampleAnalysis(locale, { withoutOrderColumns: ['customer_id'] });
    const { sheet, anchors } = planCustomersSheet(analysis, locale);
    expect(sheet.tables).toEqual([]);
    expect(shown(sheet, anchors[A.customersUnavailable]!)).toBe(
      CUSTOMER_LABELS.unavailable[locale] + msg.noCustomerColumn()[locale],
    );
  });
});
