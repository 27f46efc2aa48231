import { ingest } from '../../../src/core/ingest';
import type { Locale } from '../../../src/core/locale';
import { computeKpis } from '../../../src/core/metrics';
import { generateSampleCampaign } from '../../../src/core/sample/generateSampleCampaign';

/** The sample campaign (small), ingested and measured: what the sheet planners' tests plan from. */
export function sampleReport(locale: Locale, orders = 5_000) {
  const sample = generateSampleCampaign({ locale, orders });
  const ingested = ingest(sample.sheets.map((s) => s.table));
  if (!ingested.data) throw new Error('the sample campaign did not ingest');
  return { sample, ingested, data: ingested.data, report: computeKpis(ingested.data) };
}
