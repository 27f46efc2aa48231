import type { KpiGroup, KpiReport } from '../../src/core/metrics/report';
import { HEADLINE_KPIS, type HeadlineReport, type HeadlineValues } from './headline';

/** The headline KPIs out of Fupan's full report. */
export function headlineFromReport(report: KpiReport): HeadlineReport {
  return {
    total: valuesOf(report.total),
    byDay: new Map(report.byDay.map((d) => [d.day as number, valuesOf(d)])),
    byChannel: new Map(report.byChannel.map((c) => [c.key ?? '', valuesOf(c)])),
  };
}

function valuesOf(group: KpiGroup): HeadlineValues {
  return Object.fromEntries(HEADLINE_KPIS.map((id) => [id, group.kpis[id].value])) as HeadlineValues;
}
