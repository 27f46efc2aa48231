import type { CellValue, RawTable } from '../core/model/raw';
import {
  analyzeAndPlanTables,
  scanTables,
  type EngineReply,
  type EngineRequest,
} from '../excel/engineRunner';

/**
 * The engine's Web Worker (bundled by webpack from `new Worker(new URL('./engine.worker.ts', …))`): collects
 * a job's tables as they arrive in slices, runs src/core on them and posts the plain result back, so the
 * task pane's thread only ever clones slices and paints.
 */

/** The worker's global scope, as much of it as this uses (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  postMessage(message: EngineReply): void;
  onmessage: ((event: { readonly data: EngineRequest }) => void) | null;
}

interface TableInTransit extends RawTable {
  readonly rows: (readonly CellValue[])[];
}

const scope = self as unknown as WorkerScope;
/** The tables of each job whose `scan` / `analyzeAndPlan` has not arrived yet. */
const jobs = new Map<number, TableInTransit[]>();

const reply = (message: EngineReply): void => scope.postMessage(message);

function tablesOf(job: number): TableInTransit[] {
  let tables = jobs.get(job);
  if (!tables) {
    tables = [];
    jobs.set(job, tables);
  }
  return tables;
}

scope.onmessage = (event) => {
  const request = event.data;
  const tables = tablesOf(request.job);
  switch (request.kind) {
    case 'table':
      tables.push({ source: request.source, header: request.header, rows: [] });
      return;
    case 'rows': {
      const rows = tables[tables.length - 1]?.rows;
      if (rows) for (const row of request.rows) rows.push(row);
      return;
    }
    case 'scan':
    case 'analyzeAndPlan': {
      jobs.delete(request.job);
      const { job } = request;
      try {
        if (request.kind === 'scan')
          reply({ kind: 'scanned', job, scan: scanTables(tables, request.options) });
        else
          reply({
            kind: 'analysed',
            job,
            analysis: analyzeAndPlanTables(
              tables,
              request.options,
              request.locale,
              (progress) => reply({ kind: 'progress', job, progress }),
              request.nextPlan,
            ),
          });
      } catch (error) {
        const failed = error instanceof Error ? error : new Error(String(error));
        reply({ kind: 'failed', job, message: failed.message, name: failed.name });
      }
    }
  }
};

// Tells the runner the module loaded: a failure after this is a crash, not a worker that cannot start.
reply({ kind: 'ready' });
