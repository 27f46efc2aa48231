import type { EngineWorker } from '../excel/engineRunner';

/**
 * Starts the engine's Web Worker (webpack bundles engine.worker.ts as its own chunk, served beside the pane)
 * and adapts it to the runner's port. Kept apart from officeHost.ts, which loads it only when `Worker`
 * exists: `import.meta` cannot be parsed where tests run the sources as CommonJS.
 */
export function startEngineWorker(): EngineWorker {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { name: 'fupan-engine' });
  return {
    post: (request) => worker.postMessage(request),
    listen(onReply, onError) {
      worker.onmessage = (event: MessageEvent) => onReply(event.data);
      worker.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        onError(event.message || 'the engine worker could not start');
      };
      worker.onmessageerror = () => onError('a message from the engine worker could not be read');
    },
    terminate: () => worker.terminate(),
  };
}
