import { analyzeCampaign, type CampaignAnalysis } from '../../../src/core/analyze';
import type { Locale } from '../../../src/core/locale';
import { FIELDS } from '../../../src/core/model/fields';
import type { RawTable } from '../../../src/core/model/raw';
import { generateSampleCampaign } from '../../../src/core/sample/generateSampleCampaign';
import type { SampleCampaign } from '../../../src/core/sample/types';
import type { SampleTableKind } from '../../../src/core/sample/vocabulary';

export interface Reduction {
  /** Sheets left out of the workbook. */
  readonly withoutSheets?: readonly SampleTableKind[];
  /** Orders columns left out (by field id). */
  readonly withoutOrderColumns?: readonly (keyof (typeof FIELDS)['orders'] & string)[];
}

const samples = new Map<Locale, SampleCampaign>();

/** The sample campaign (small) through the whole engine — what the analysis sheets and facts plan from. */
export function sampleAnalysis(
  locale: Locale,
  reduction: Reduction = {},
): { sample: SampleCampaign; analysis: CampaignAnalysis } {
  const sample = samples.get(locale) ?? generateSampleCampaign({ locale, orders: 5_000 });
  samples.set(locale, sample);
  const dropped = new Set(reduction.withoutSheets ?? []);
  const tables = sample.sheets
    .filter((s) => !dropped.has(s.kind))
    .map((s) =>
      s.kind === 'orders' ? withoutColumns(s.table, reduction.withoutOrderColumns ?? [], locale) : s.table,
    );
  const { analysis } = analyzeCampaign(tables);
  if (!analysis) throw new Error('the sample campaign did not analyse');
  return { sample, analysis };
}

function withoutColumns(
  table: RawTable,
  fields: readonly (keyof (typeof FIELDS)['orders'] & string)[],
  locale: Locale,
): RawTable {
  const headers = new Set<unknown>(
    fields.map((f) => (locale === 'zh-CN' ? FIELDS.orders[f].zh : FIELDS.orders[f].en)),
  );
  const keep = table.header
    .map((h, i) => (typeof h === 'string' && headers.has(h) ? -1 : i))
    .filter((i) => i >= 0);
  if (keep.length + fields.length !== table.header.length)
    throw new Error('a column to drop is not in the sample');
  return {
    source: table.source,
    header: keep.map((i) => table.header[i] ?? null),
    rows: table.rows.map((row) => keep.map((i) => row[i] ?? null)),
  };
}
