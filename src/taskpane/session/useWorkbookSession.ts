import { useCallback, useEffect, useRef, useState } from 'react';
import type { Locale } from '../../core/locale';
import { defaultChoices } from '../choices/defaultChoices';
import type { FupanHost, UserChoices, WorkbookScan } from '../../port/hostPort';
import type { Problem, ProblemAction } from '../problems/problem';

export interface WorkbookSession {
  readonly choices: UserChoices;
  /** The latest scan; kept on screen while a rescan runs. null until the first scan answers. */
  readonly scan: WorkbookScan | null;
  /** 'loading' until the first scan answers (or fails), then 'ready'. */
  readonly phase: 'loading' | 'ready';
  /** A rescan (or the sample insertion) is under way. */
  readonly busy: boolean;
  readonly inserting: boolean;
  readonly problem: Problem | null;
  /** Records and saves the analyst's choices; rescans when they change what is read. */
  readonly updateChoices: (next: UserChoices, options: { readonly rescan: boolean }) => void;
  readonly rescan: () => void;
  readonly insertSample: (locale: Locale) => void;
  readonly report: (action: ProblemAction, error: unknown) => void;
  readonly dismissProblem: () => void;
}

/**
 * The pane's conversation with the workbook: load the saved choices, scan, and rescan whenever the analyst
 * changes what is read. A newer scan aborts an older one, and a late answer never overwrites a newer one.
 */
export function useWorkbookSession(host: FupanHost): WorkbookSession {
  const [choices, setChoices] = useState<UserChoices>(() => defaultChoices(host.displayLocale));
  const [scan, setScan] = useState<WorkbookScan | null>(null);
  const [phase, setPhase] = useState<'loading' | 'ready'>('loading');
  const [scanning, setScanning] = useState(false);
  const [inserting, setInserting] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const scanController = useRef<AbortController | null>(null);
  const mounted = useRef(true);
  const choicesRef = useRef(choices);

  const report = useCallback((action: ProblemAction, error: unknown) => {
    if (mounted.current) setProblem({ action, error });
  }, []);

  const runScan = useCallback(
    async (current: UserChoices) => {
      scanController.current?.abort();
      const controller = new AbortController();
      scanController.current = controller;
      setScanning(true);
      try {
        const result = await host.scan(current, undefined, controller.signal);
        if (controller.signal.aborted || !mounted.current) return;
        setScan(result);
        setProblem((p) => (p?.action === 'scan' ? null : p));
      } catch (error) {
        if (controller.signal.aborted || !mounted.current) return;
        setProblem({ action: 'scan', error });
      } finally {
        if (scanController.current === controller && mounted.current) {
          scanController.current = null;
          setScanning(false);
          setPhase('ready');
        }
      }
    },
    [host],
  );

  useEffect(() => {
    mounted.current = true;
    let cancelled = false;
    void (async () => {
      let initial = choicesRef.current;
      try {
        const saved = await host.loadChoices();
        if (saved !== null) initial = saved;
      } catch (error) {
        if (!cancelled) setProblem({ action: 'load', error });
      }
      if (cancelled) return;
      choicesRef.current = initial;
      setChoices(initial);
      await runScan(initial);
    })();
    return () => {
      cancelled = true;
      mounted.current = false;
      scanController.current?.abort();
    };
  }, [host, runScan]);

  const updateChoices = useCallback(
    (next: UserChoices, options: { readonly rescan: boolean }) => {
      choicesRef.current = next;
      setChoices(next);
      host.saveChoices(next).then(
        () => setProblem((p) => (p?.action === 'save' && mounted.current ? null : p)),
        (error: unknown) => report('save', error),
      );
      if (options.rescan) void runScan(next);
    },
    [host, report, runScan],
  );

  const rescan = useCallback(() => void runScan(choicesRef.current), [runScan]);

  const insertSample = useCallback(
    (locale: Locale) => {
      setInserting(true);
      setProblem(null);
      host.insertSample(locale).then(
        async () => {
          if (!mounted.current) return;
          setInserting(false);
          await runScan(choicesRef.current);
        },
        (error: unknown) => {
          if (!mounted.current) return;
          setInserting(false);
          setProblem({ action: 'sample', error });
        },
      );
    },
    [host, runScan],
  );

  const dismissProblem = useCallback(() => setProblem(null), []);

  return {
    choices,
    scan,
    phase,
    busy: scanning || inserting,
    inserting,
    problem,
    updateChoices,
    rescan,
    insertSample,
    report,
    dismissProblem,
  };
}
