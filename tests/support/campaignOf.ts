import { ingest } from '../../src/core/ingest';
import { isoDay } from '../../src/core/model/day';
import type { RawTable } from '../../src/core/model/raw';

/** What ingest makes of a workbook's campaign calendar, as dates, with the warnings and rejected-row count. */
export function campaignOf(tables: readonly RawTable[]) {
  const result = ingest(tables);
  const c = result.data!.campaign;
  return {
    name: c.name,
    period: [isoDay(c.period.start), isoDay(c.period.end)],
    baseline: c.baseline && [isoDay(c.baseline.start), isoDay(c.baseline.end)],
    phases: c.phases.map((p) => [p.kind, isoDay(p.start), isoDay(p.end)]),
    warnings: result.warnings.map((w) => w.code),
    rejected: result.rejected.length,
  };
}
