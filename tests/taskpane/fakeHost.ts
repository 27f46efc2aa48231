import type { Locale } from '../../src/core/locale';
import {
  HostError,
  type FupanHost,
  type GenerateSummary,
  type Progress,
  type ProgressListener,
  type UserChoices,
  type WorkbookScan,
} from '../../src/port/hostPort';

export type HostMethod =
  'scan' | 'loadChoices' | 'saveChoices' | 'generate' | 'insertSample' | 'activateSheet';

export interface HostCall {
  readonly method: HostMethod;
  readonly args: readonly unknown[];
}

export interface GenerateScript {
  /** Reported one by one, a macrotask apart. */
  readonly progress: readonly Progress[];
  readonly summary?: GenerateSummary;
  /** Rejects with it after the progress (instead of resolving with the summary). */
  readonly error?: unknown;
  /** Pauses after reporting this many steps until `release()` or an abort. */
  readonly holdAfter?: number;
}

export interface FakeHostOptions {
  readonly displayLocale?: Locale;
  readonly savedChoices?: UserChoices | null;
  /** What scan answers; a function sees the choices it was given. */
  readonly scan?: WorkbookScan | ((choices: UserChoices) => WorkbookScan);
  readonly generate?: GenerateScript;
}

export const cancelledError = () =>
  new HostError('cancelled', { 'zh-CN': '已取消。', 'en-US': 'Cancelled.' });

const nextMacrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A FupanHost for the pane's tests: records every call, answers from a script, and generates the way the
 * Excel host does — progress a step at a time, stopping with a 'cancelled' HostError once aborted.
 */
export class FakeHost implements FupanHost {
  readonly displayLocale: Locale;
  readonly calls: HostCall[] = [];
  savedChoices: UserChoices | null;
  scanScript: WorkbookScan | ((choices: UserChoices) => WorkbookScan);
  generateScript: GenerateScript;
  /** Rejections for the next calls of a method, used first in first out. */
  readonly failures: Partial<Record<HostMethod, unknown[]>> = {};
  /** The signal of every generate call, to check that Cancel aborts it. */
  readonly generateSignals: AbortSignal[] = [];
  private releaseHold: (() => void) | null = null;

  constructor(options: FakeHostOptions = {}) {
    this.displayLocale = options.displayLocale ?? 'en-US';
    this.savedChoices = options.savedChoices ?? null;
    this.scanScript = options.scan ?? emptyScan();
    this.generateScript = options.generate ?? { progress: [] };
  }

  /** The next call of `method` rejects with `error`. */
  failNext(method: HostMethod, error: unknown): void {
    (this.failures[method] ??= []).push(error);
  }

  callsTo(method: HostMethod): readonly HostCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  lastCall(method: HostMethod): HostCall | undefined {
    return this.callsTo(method).at(-1);
  }

  /** Lets a generate paused by `holdAfter` go on. */
  release(): void {
    this.releaseHold?.();
  }

  private async enter(method: HostMethod, args: readonly unknown[]): Promise<void> {
    this.calls.push({ method, args });
    await Promise.resolve();
    const failure = this.failures[method]?.shift();
    if (failure !== undefined) throw failure;
  }

  async scan(
    choices: UserChoices,
    _onProgress?: ProgressListener,
    signal?: AbortSignal,
  ): Promise<WorkbookScan> {
    await this.enter('scan', [choices]);
    if (signal?.aborted) throw cancelledError();
    return typeof this.scanScript === 'function' ? this.scanScript(choices) : this.scanScript;
  }

  async loadChoices(): Promise<UserChoices | null> {
    await this.enter('loadChoices', []);
    return this.savedChoices;
  }

  async saveChoices(choices: UserChoices): Promise<void> {
    await this.enter('saveChoices', [choices]);
    this.savedChoices = choices;
  }

  async generate(
    choices: UserChoices,
    onProgress: ProgressListener,
    signal: AbortSignal,
  ): Promise<GenerateSummary> {
    this.generateSignals.push(signal);
    await this.enter('generate', [choices]);
    const script = this.generateScript;
    for (let i = 0; i < script.progress.length; i++) {
      if (i === script.holdAfter) await this.hold(signal);
      if (signal.aborted) throw cancelledError();
      onProgress(script.progress[i]!);
      await nextMacrotask();
    }
    if (script.progress.length === script.holdAfter) await this.hold(signal);
    if (signal.aborted) throw cancelledError();
    if (script.error !== undefined) throw script.error;
    if (script.summary === undefined) throw new Error('FakeHost: no summary scripted');
    return script.summary;
  }

  private hold(signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.releaseHold = null;
        signal.removeEventListener('abort', done);
        resolve();
      };
      this.releaseHold = done;
      signal.addEventListener('abort', done);
    });
  }

  async insertSample(locale: Locale): Promise<void> {
    await this.enter('insertSample', [locale]);
  }

  async activateSheet(name: string): Promise<void> {
    await this.enter('activateSheet', [name]);
  }
}

export function emptyScan(): WorkbookScan {
  return {
    tables: [],
    unrecognised: [],
    missing: [],
    campaign: null,
    targets: [],
    warnings: [],
    headers: {},
  };
}
