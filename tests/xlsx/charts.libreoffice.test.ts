import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeCampaign } from '../../src/core/analyze';
import { MAX_AXIS_LABELS, MAX_SLICES } from '../../src/core/plan/chartRules';
import { planWorkbook } from '../../src/core/plan/planWorkbook';
import type { PercentLabels } from '../../src/core/plan/types';
import { generateSampleCampaign } from '../../src/core/sample/generateSampleCampaign';
import { writePlanToWorkbook } from '../../src/xlsx/writePlan';
import { convert, pdfPages } from '../cli/support/libreOffice';
import { describeWith, LIBREOFFICE, POPPLER } from '../support/systemTools';

/**
 * The sample campaign's charts as LibreOffice draws them (the rendering the issue was filed from): the text
 * a PDF of the workbook holds shows how many date labels the trend charts print and how many slice labels
 * the share doughnut prints.
 */
describeWith(LIBREOFFICE, POPPLER)('the sample’s charts rendered by LibreOffice', () => {
  const plan = (() => {
    const sample = generateSampleCampaign({ locale: 'en-US', orders: 5_000 });
    const { ingest, analysis } = analyzeCampaign(sample.sheets.map((s) => s.table));
    return planWorkbook(ingest, analysis, 'en-US');
  })();
  let pages: string[];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fupan-charts-'));
    const file = join(dir, 'retro.xlsx');
    writeFileSync(file, await writePlanToWorkbook(null, plan));
    const profile = pathToFileURL(mkdtempSync(join(tmpdir(), 'fupan-lo-profile-'))).href;
    convert(file, 'pdf', dir, profile);
    pages = pdfPages(join(dir, 'retro.pdf'));
  }, 180_000);

  const pageWith = (title: string): string => {
    const page = pages.find((p) => p.includes(title));
    if (page === undefined) throw new Error(`no page shows "${title}"`);
    return page;
  };

  it('prints at most ten dates under each of the two trend charts, not one per day', () => {
    const trend = pageWith('GMV and orders');
    expect(trend).toContain('UV and conversion rate');
    // The daily table prints yyyy-mm-dd; m/d is the axes' format only.
    const labels = trend.match(/(?<![\d/-])1[12]\/\d{1,2}(?![\d/])/g) ?? [];
    expect(labels.length).toBeGreaterThanOrEqual(2 * 5);
    expect(labels.length).toBeLessThanOrEqual(2 * MAX_AXIS_LABELS);
  });

  it('labels the share doughnut with one whole percentage per labelled slice, six slices at most', () => {
    const channels = pageWith('Sales share by channel');
    const share = plan.sheets.flatMap((s) => s.charts).find((c) => c.name === 'Fupan_Channels_Share')!;
    const labelled = (share.series[0]!.dataLabels as PercentLabels).points.length;
    expect(labelled).toBeLessThanOrEqual(MAX_SLICES);
    // The channel table's shares print with a decimal (8.9%); the doughnut's as whole percentages (26%).
    const percentages = channels.match(/(?<![\d.])\d{1,3}%/g) ?? [];
    expect(percentages).toHaveLength(labelled);
    expect(channels).toContain('Other');
  });
});
