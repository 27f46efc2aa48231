import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The process's peak resident set since the last reset. On Linux the kernel keeps it (VmHWM in
 * /proc/self/status) and writing 5 to /proc/self/clear_refs resets it to the current RSS, so the peak of a
 * synchronous step is exact, with no sampling. Elsewhere only the lifetime peak (maxRSS) is known, and
 * `resettable` is false: the figure is then an upper bound.
 */
export interface PeakRss {
  readonly method: 'VmHWM' | 'maxRSS';
  readonly resettable: boolean;
  reset(): void;
  peakBytes(): number;
}

export function peakRss(): PeakRss {
  if (resetWorks()) {
    return {
      method: 'VmHWM',
      resettable: true,
      reset: () => writeFileSync('/proc/self/clear_refs', '5'),
      peakBytes: () => vmHwmBytes() ?? process.resourceUsage().maxRSS * 1024,
    };
  }
  return {
    method: 'maxRSS',
    resettable: false,
    reset: () => undefined,
    peakBytes: () => process.resourceUsage().maxRSS * 1024,
  };
}

function resetWorks(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return vmHwmBytes() !== null;
  } catch {
    return false;
  }
}

function vmHwmBytes(): number | null {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}
