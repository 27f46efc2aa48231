import { relative } from 'node:path';
import fc from 'fast-check';

/**
 * One seed for every fast-check property of a run, so that a run can be replayed and a landing never fails on
 * luck. FC_SEED=<integer> replays a run; FC_SEED=random explores with a fresh seed (printed on failure).
 * Unset, every run (local and CI) uses DEFAULT_SEED. Loaded by jest.config.js (setupFiles).
 */
const DEFAULT_SEED = 20261207;

function seedOf(setting: string | undefined): number {
  if (setting === undefined || setting.trim() === '') return DEFAULT_SEED;
  if (setting === 'random') return Date.now() ^ (Math.random() * 0x100000000);
  const seed = Number(setting);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", not "${setting}".`);
  return seed;
}

const seed = seedOf(process.env['FC_SEED']);

fc.configureGlobal({
  seed,
  reporter: (details) => {
    if (!details.failed) return;
    throw new Error(
      `${fc.defaultReportMessage(details)}\n\nReplay this run: FC_SEED=${seed} npx jest ${relative(process.cwd(), expect.getState().testPath ?? '')}`,
    );
  },
});
