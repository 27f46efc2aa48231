import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { kpisJsonOf, runCli } from './support/runCli';
import { smallSample, tempDir } from './support/sampleFiles';
import { workbookParts } from './support/workbookParts';

describe('fupan demo', () => {
  it('writes the sample campaign in both languages and the retro of each', async () => {
    const dir = tempDir('demo');
    const [samples, out] = [join(dir, 'samples'), join(dir, 'out')];
    const run = await runCli(['demo', '--orders', '5000', '--samples-dir', samples, '--out-dir', out]);
    expect(run.code).toBe(0);
    const files = {
      zh: join(samples, 'double12.xlsx'),
      en: join(samples, 'double12-en.xlsx'),
      zhRetro: join(out, 'double12-retro.xlsx'),
      enRetro: join(out, 'double12-en-retro.xlsx'),
    };
    for (const file of Object.values(files)) expect(existsSync(file)).toBe(true);
    expect(run.stdout).toContain(`示例活动：${files.zh}`);
    expect(run.stdout).toContain(`Sample campaign: ${files.en}`);
    expect(run.stdout).toContain(`→ ${files.zhRetro}`);
    expect(run.stdout).toContain(`→ ${files.enRetro}`);
    expect((await workbookParts(files.enRetro)).sheets).toEqual(
      expect.arrayContaining(['Orders', 'Fupan Overview', 'Fupan Retro']),
    );
    // The Chinese and English samples are the same campaign.
    const truth = smallSample('zh-CN').truth.campaign;
    for (const file of [files.zh, files.en]) {
      const json = await kpisJsonOf([file]);
      expect(json.kpis.paid_sales).toBeCloseTo(truth.paidSales, 6);
      expect(json.kpis.orders).toBe(truth.orders);
    }
    // Two samples, two retros and two readings: ~15 s on a quiet machine, minutes on a loaded one.
  }, 240_000);
});
