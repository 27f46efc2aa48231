import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { FupanHost, GenerateSummary, Progress, UserChoices } from '../../port/hostPort';
import { isCancellation } from '../problems/problem';

export type GenerateRun =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly progress: Progress | null; readonly cancelling: boolean }
  | { readonly status: 'done'; readonly summary: GenerateSummary }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly error: unknown };

export interface GenerateControls {
  readonly run: GenerateRun;
  readonly start: (choices: UserChoices) => void;
  readonly cancel: () => void;
}

/**
 * One "Generate retro" at a time, cancellable. Progress updates are transitions: React renders them when
 * it has time, so a click on Cancel is never queued behind a burst of progress.
 */
export function useGenerateRun(host: FupanHost): GenerateControls {
  const [run, setRun] = useState<GenerateRun>({ status: 'idle' });
  const controllerRef = useRef<AbortController | null>(null);

  useEffect(
    () => () => {
      controllerRef.current?.abort();
      controllerRef.current = null;
    },
    [],
  );

  const start = useCallback(
    (choices: UserChoices) => {
      if (controllerRef.current !== null) return;
      const controller = new AbortController();
      controllerRef.current = controller;
      setRun({ status: 'running', progress: null, cancelling: false });
      const onProgress = (progress: Progress) => {
        if (controller.signal.aborted || controllerRef.current !== controller) return;
        startTransition(() => setRun({ status: 'running', progress, cancelling: false }));
      };
      const finish = (next: GenerateRun) => {
        if (controllerRef.current !== controller) return;
        controllerRef.current = null;
        setRun(next);
      };
      host.generate(choices, onProgress, controller.signal).then(
        // Sheets the host finished writing despite a late cancel are real: show them.
        (summary) => finish({ status: 'done', summary }),
        (error: unknown) =>
          finish(
            controller.signal.aborted || isCancellation(error)
              ? { status: 'cancelled' }
              : { status: 'failed', error },
          ),
      );
    },
    [host],
  );

  /** Asks the host to stop; the run ends when the host has stopped (it checks between batches). */
  const cancel = useCallback(() => {
    const controller = controllerRef.current;
    if (controller === null || controller.signal.aborted) return;
    controller.abort();
    setRun((current) => (current.status === 'running' ? { ...current, cancelling: true } : current));
  }, []);

  return { run, start, cancel };
}
