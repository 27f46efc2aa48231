/** One timed run: wall clock, and CPU time of this process (all its threads) over the same span. */
export interface Sample {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/** Runs of one step after the warm-up: the median is the figure reported and checked against targets. */
export interface Timing {
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly cpuMedianMs: number;
  readonly wallMs: readonly number[];
}

export function timeSync<T>(run: () => T): { readonly value: T; readonly sample: Sample } {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = run();
  return { value, sample: sampleSince(start, cpu) };
}

export async function timeAsync<T>(
  run: () => Promise<T>,
): Promise<{ readonly value: T; readonly sample: Sample }> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = await run();
  return { value, sample: sampleSince(start, cpu) };
}

function sampleSince(start: bigint, cpu: NodeJS.CpuUsage): Sample {
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

export function summarize(samples: readonly Sample[]): Timing {
  const wall = samples.map((s) => s.wallMs);
  return {
    runs: samples.length,
    medianMs: median(wall),
    minMs: Math.min(...wall),
    maxMs: Math.max(...wall),
    cpuMedianMs: median(samples.map((s) => s.cpuMs)),
    wallMs: wall.map((ms) => Math.round(ms)),
  };
}

/** Two steps of the same runs added run by run. */
export function addSamples(a: readonly Sample[], b: readonly Sample[]): Sample[] {
  return a.map((s, i) => ({ wallMs: s.wallMs + (b[i]?.wallMs ?? 0), cpuMs: s.cpuMs + (b[i]?.cpuMs ?? 0) }));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
