import type { Locale } from '../locale';
import type { KpiId } from '../metrics/kpiIds';
import type { CellValue } from '../model/raw';
import { sampleSheet, type SampleColumn } from './sampleSheet';
import type { SampleKpis, SampleSheet, SampleTargetTruth, TargetStatus } from './types';
import { word } from './vocabulary';

/**
 * The campaign's targets, set from the generated actuals so that the story holds at any size: traffic,
 * GMV, orders and revenue per buyer beat their targets; paid sales, new customers and ROAS nearly make it;
 * conversion misses (the traffic came, the outage and poor feed / influencer traffic did not convert).
 * A target = actual / design attainment, rounded as a planner would (3 significant figures; ROAS to 0.1;
 * conversion to 0.1 %), so the recorded attainment differs slightly from the design; every design value is
 * at least 3 % away from a status threshold.
 */
export const SAMPLE_TARGETS: readonly {
  readonly kpi: KpiId;
  readonly zh: string;
  readonly en: string;
  readonly actual: (kpis: SampleKpis) => number;
  readonly attainment: number;
  readonly round: (value: number) => number;
}[] = [
  { kpi: 'gmv', zh: 'GMV', en: 'GMV', actual: (k) => k.gmv, attainment: 1.05, round: significant },
  {
    kpi: 'paid_sales',
    zh: '销售额',
    en: 'Paid Sales',
    actual: (k) => k.paidSales,
    attainment: 0.955,
    round: significant,
  },
  {
    kpi: 'orders',
    zh: '订单数',
    en: 'Orders',
    actual: (k) => k.orders,
    attainment: 1.04,
    round: significant,
  },
  {
    kpi: 'new_customers',
    zh: '新客数',
    en: 'New Customers',
    actual: (k) => k.newCustomers,
    attainment: 0.935,
    round: significant,
  },
  { kpi: 'uv', zh: '访客数', en: 'UV', actual: (k) => k.uv, attainment: 1.12, round: significant },
  {
    kpi: 'roas',
    zh: '投产比',
    en: 'ROAS',
    actual: (k) => k.roas,
    attainment: 0.95,
    round: (v) => Math.round(v * 10) / 10,
  },
  { kpi: 'arppu', zh: '客单价', en: 'ARPPU', actual: (k) => k.arppu, attainment: 1.04, round: significant },
  {
    kpi: 'cvr',
    zh: '转化率',
    en: 'Conversion Rate',
    actual: (k) => k.cvr,
    attainment: 0.82,
    round: (v) => Math.round(v * 1000) / 1000,
  },
];

const COLUMNS: readonly SampleColumn<'targets'>[] = [
  { field: 'metric', format: null },
  { field: 'target', format: null },
];

export function targetTruth(campaign: SampleKpis, locale: Locale): SampleTargetTruth[] {
  return SAMPLE_TARGETS.map((spec) => {
    const actual = spec.actual(campaign);
    const target = spec.round(actual / spec.attainment);
    const attainment = actual / target;
    return {
      kpi: spec.kpi,
      metric: word(spec, locale),
      target,
      actual,
      attainment,
      status: statusOf(attainment),
    };
  });
}

export function targetsSheet(targets: readonly SampleTargetTruth[], locale: Locale): SampleSheet {
  const rows: CellValue[][] = targets.map((target) => [target.metric, target.target]);
  return sampleSheet('targets', locale, COLUMNS, rows);
}

function statusOf(attainment: number): TargetStatus {
  if (attainment >= 1) return 'exceeded';
  return attainment >= 0.9 ? 'nearly_met' : 'missed';
}

function significant(value: number): number {
  if (value === 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 2);
  return Number((Math.round(value / magnitude) * magnitude).toPrecision(12));
}
