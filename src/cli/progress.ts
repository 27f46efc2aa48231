import { SingleBar, Presets } from 'cli-progress';

export interface Progress {
  step(label: string, fraction: number): void;
  stop(): void;
}

/** A progress bar on stderr when it is a terminal; nothing otherwise (logs and CI stay clean). */
export function createProgress(enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY) return { step: () => undefined, stop: () => undefined };
  const bar = new SingleBar(
    {
      format: ' {bar} {percentage}% | {label}',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    },
    Presets.shades_classic,
  );
  bar.start(100, 0, { label: '' });
  return {
    step: (label, fraction) => bar.update(Math.round(fraction * 100), { label }),
    stop: () => bar.stop(),
  };
}
