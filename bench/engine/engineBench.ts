import { ANALYSES, type AnalysisResults } from '../../src/core/analysis';
import type { CampaignAnalysis } from '../../src/core/analyze';
import { ingest } from '../../src/core/ingest';
import { computeKpis } from '../../src/core/metrics';
import type { KpiReport } from '../../src/core/metrics/report';
import type { CampaignData } from '../../src/core/model/campaign';
import { DEFAULT_THRESHOLDS } from '../../src/core/metrics/targets';
import { nextPlanFor } from '../../src/core/nextPlan/nextPlan';
import { computeVerdict } from '../../src/core/retro/verdict';
import type { RawTable } from '../../src/core/model/raw';
import { headlineFromReport } from '../kpiSet/fromReport';
import type { HeadlineReport } from '../kpiSet/headline';
import { collect } from '../measure/collect';
import { peakRss } from '../measure/peakRss';
import { addSamples, median, summarize, timeSync, type Sample, type Timing } from '../measure/timing';
import { mb } from '../measure/units';

export interface EngineMemory {
  readonly method: 'VmHWM' | 'maxRSS';
  /** RSS after a full GC with the raw cells in memory, before ingest. */
  readonly baselineRssMb: number;
  /** Peak RSS during each step over that baseline (the data of earlier steps still held). */
  readonly peakExtraRssMb: { readonly ingest: number; readonly kpis: number; readonly analyses: number };
  /** The largest of the three: the figure checked against the target. */
  readonly peakExtraMb: number;
  /** JS heap + external (typed arrays) still live after a full GC, holding data, report and analyses. */
  readonly retainedMb: number;
}

export interface EngineResult {
  readonly ingest: Timing;
  /** floorPass(): the least work a row-by-row reader must do, unchecked; a reference for the ingest target. */
  readonly floor: Timing | null;
  readonly kpis: Timing;
  readonly analyses: Timing;
  /** The next campaign's plan (targets, budget moves, stock) from the analysed campaign: nextPlanFor(). */
  readonly planning: Timing;
  /** planning ÷ analyses, run by run, the median: the target is ≤ 0.10 (planning adds ≤ 10 %). */
  readonly planningShare: number;
  /** Ingest + KPIs, run by run: raw cells to the KPI report, the figure compared with the baselines. */
  readonly ingestAndKpis: Timing;
  readonly memory: EngineMemory;
  readonly orders: { readonly rows: number; readonly assembled: number; readonly rejectedRows: number };
  /** The headline KPIs of the last run, for the agreement check. */
  readonly headline: HeadlineReport;
}

const analysisIds = Object.keys(ANALYSES) as (keyof typeof ANALYSES)[];

function runAnalyses(data: CampaignData): AnalysisResults {
  const run = ANALYSES as Record<keyof typeof ANALYSES, { run(data: CampaignData): unknown }>;
  return Object.fromEntries(analysisIds.map((id) => [id, run[id].run(data)])) as unknown as AnalysisResults;
}

/** The analysed campaign the plan sheet is planned from, as analyzeCampaign hands it over. */
function analysed(data: CampaignData, report: KpiReport, analyses: AnalysisResults): CampaignAnalysis {
  const thresholds = DEFAULT_THRESHOLDS;
  const verdict = computeVerdict(
    report.targets.map((t) => ({ kpi: t.kpi, attainment: t.attainment.value })),
    { met: thresholds.exceeded, nearlyMet: thresholds.nearlyMet },
  );
  return { data, report, analyses, verdict, thresholds };
}

function dataOf(result: ReturnType<typeof ingest>): CampaignData {
  if (!result.data) throw new Error('bench: ingest found no usable orders');
  return result.data;
}

/**
 * Engine I: ingest, KPIs and analyses of the same raw tables, separately. The first pass measures memory
 * (peak RSS of each step over the pre-ingest baseline) and is also the warm-up; then `runs` timed passes,
 * each after a full GC. `floor`, when given, is timed in each pass too (after its own full GC).
 */
export function engineBench(
  tables: readonly RawTable[],
  runs: number,
  floor: (() => number) | null = null,
): EngineResult {
  const memory = measureMemory(tables);
  const samples = {
    ingest: [] as Sample[],
    kpis: [] as Sample[],
    analyses: [] as Sample[],
    planning: [] as Sample[],
    floor: [] as Sample[],
  };
  floor?.();
  let report: KpiReport | null = null;
  let orders = { rows: 0, assembled: 0, rejectedRows: 0 };
  for (let r = 0; r < runs; r++) {
    report = null;
    collect();
    const ingested = timeSync(() => ingest(tables));
    const data = dataOf(ingested.value);
    const kpis = timeSync(() => computeKpis(data));
    const analyses = timeSync(() => runAnalyses(data));
    const campaign = analysed(data, kpis.value, analyses.value);
    const planning = timeSync(() => nextPlanFor(campaign));
    if (!planning.value.proposal || !planning.value.budget)
      throw new Error('bench: the next plan has no targets or no budget moves: nothing was timed');
    samples.ingest.push(ingested.sample);
    samples.kpis.push(kpis.sample);
    samples.analyses.push(analyses.sample);
    samples.planning.push(planning.sample);
    report = kpis.value;
    const table = ingested.value.tables.find((t) => t.kind === 'orders');
    if (floor !== null) {
      collect();
      const reference = timeSync(floor);
      if (reference.value !== data.orders.size)
        throw new Error(`bench: the floor pass found ${reference.value} orders, ingest ${data.orders.size}`);
      samples.floor.push(reference.sample);
    }
    orders = {
      rows: table?.rowsRead ?? 0,
      assembled: data.orders.size,
      rejectedRows: ingested.value.rejected.length,
    };
  }
  if (!report) throw new Error('bench: no engine run');
  return {
    ingest: summarize(samples.ingest),
    floor: floor === null ? null : summarize(samples.floor),
    kpis: summarize(samples.kpis),
    analyses: summarize(samples.analyses),
    planning: summarize(samples.planning),
    planningShare: median(samples.planning.map((p, i) => p.wallMs / samples.analyses[i]!.wallMs)),
    ingestAndKpis: summarize(addSamples(samples.ingest, samples.kpis)),
    memory,
    orders,
    headline: headlineFromReport(report),
  };
}

/** What the memory pass keeps alive across its final GC, so that "retained" counts it. */
const held: unknown[] = [];

function measureMemory(tables: readonly RawTable[]): EngineMemory {
  const probe = peakRss();
  collect();
  const before = process.memoryUsage();
  probe.reset();
  const data = dataOf(ingest(tables));
  const afterIngest = probe.peakBytes();
  probe.reset();
  const report = computeKpis(data);
  const afterKpis = probe.peakBytes();
  probe.reset();
  held.push(data, report, runAnalyses(data));
  const afterAnalyses = probe.peakBytes();
  collect();
  const after = process.memoryUsage();
  held.length = 0;
  const extra = (peak: number) => mb(peak - before.rss);
  const peakExtraRssMb = {
    ingest: extra(afterIngest),
    kpis: extra(afterKpis),
    analyses: extra(afterAnalyses),
  };
  return {
    method: probe.method,
    baselineRssMb: mb(before.rss),
    peakExtraRssMb,
    peakExtraMb: Math.max(peakExtraRssMb.ingest, peakExtraRssMb.kpis, peakExtraRssMb.analyses),
    retainedMb: mb(after.heapUsed + after.external - before.heapUsed - before.external),
  };
}
