/**
 * The Office.js host as Fupan's Excel code sees it: a way to run a batch and a way to ask which ExcelApi
 * requirement sets the running Excel supports. Everything in src/excel takes an ExcelHost as a parameter,
 * so tests pass the in-memory fake (tests/support/excelFake) and the task pane passes officeHost().
 */
/**
 * Excel.run's options as Fupan passes them: `delayForCellEdit` (wait for the user to leave cell-edit mode
 * instead of failing the batch) and `mergeUndoGroup` (ExcelApi 1.20: merge every sync of the run into one
 * undo step; pass it only when supported). Picked from Office.js's own type, so the API-set test
 * (tests/excel/apiSets.test.ts) sees each option's requirement set.
 */
export type HostRunOptions = Readonly<Pick<Excel.RunOptions, 'delayForCellEdit' | 'mergeUndoGroup'>>;

export interface ExcelHost {
  run<T>(options: HostRunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Whether ExcelApi `1.x` is supported, e.g. isSetSupported('1.9'). */
  isSetSupported(version: string): boolean;
}

/** The real host. Only call it once Office.onReady has resolved. */
export function officeHost(): ExcelHost {
  return {
    run: (options, batch) => Excel.run({ ...options }, batch),
    isSetSupported: (version) => Office.context.requirements.isSetSupported('ExcelApi', version),
  };
}
