import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateSampleCampaign } from '../../src/core/sample/generateSampleCampaign';
import { MAX_ORDER_ROWS } from '../../src/core/sample/resolveOptions';
import { kpisJsonOf, runCli } from './support/runCli';
import { tempDir, writeSampleWorkbook } from './support/sampleFiles';
import { workbookParts } from './support/workbookParts';

/**
 * A full-height orders sheet: 1,048,575 rows under the header, Excel's last row. Slow — about 7 minutes and
 * 4 GB of memory on two cores (generating and writing the workbook takes half; kpis about 75 s; retro about
 * 95 s) — so it runs only with FUPAN_BIG_TESTS=1:
 *
 *   FUPAN_BIG_TESTS=1 npx jest tests/cli/bigSheet
 *
 * It checks that the command gets a result rather than a crash; `npm run bench` measures the speed.
 */
const enabled = process.env['FUPAN_BIG_TESTS'] === '1';
const describeBig = enabled ? describe : describe.skip;

describeBig('a 1,048,576-row orders sheet', () => {
  jest.setTimeout(30 * 60_000);
  let dir: string;
  let file: string;
  let truth: ReturnType<typeof generateSampleCampaign>['truth'];

  beforeAll(async () => {
    dir = tempDir('big');
    const sample = generateSampleCampaign({ locale: 'en-US', orders: MAX_ORDER_ROWS });
    truth = sample.truth;
    file = await writeSampleWorkbook(join(dir, 'big.xlsx'), sample);
  });

  afterAll(() => {
    // Two workbooks of about 170 MB each.
    rmSync(dir, { recursive: true, force: true });
  });

  it('kpis --json reads every row and computes the campaign', async () => {
    const json = await kpisJsonOf([file, '--lang', 'en-US']);
    const orders = json.tables.find((t) => t.kind === 'orders');
    expect(orders?.rows_read).toBe(MAX_ORDER_ROWS);
    expect(orders?.header_row).toBe(1);
    expect(json.kpis.orders).toBe(truth.campaign.orders);
    expect(json.kpis.paid_sales).toBeCloseTo(truth.campaign.paidSales, 2);
  });

  it('retro writes the copy with Fupan’s sheets, the full-height sheet kept', async () => {
    const output = join(dir, 'big-retro.xlsx');
    const run = await runCli(['retro', file, '-o', output, '--quiet', '--lang', 'en-US']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Verdict: /);
    expect(statSync(output).size).toBeGreaterThan(statSync(file).size / 2);
    expect((await workbookParts(output)).sheets).toEqual(
      expect.arrayContaining(['Orders', 'Fupan Overview']),
    );
  });
});
