import { translation } from '../i18n';
import { HostError } from '../port/hostPort';
import { EngineFailed } from './engineRunner';

/**
 * The pane's words for a failed worker run: what happened, that the workbook is untouched, what to do.
 * Never the engine's technical message (it stays on EngineFailed.detail, for the console).
 */
export function engineFailureError(failure: EngineFailed): HostError {
  // The technical cause, for whoever opens the pane's console (F12): the pane itself shows none of it.
  console.error(failure);
  switch (failure.failure) {
    case 'memory':
      return new HostError('engine_failed', translation('engineFailedMemory'));
    case 'crashed':
      return new HostError('engine_failed', translation('engineFailedCrashed'));
    case 'silent':
      return new HostError(
        'engine_failed',
        translation('engineFailedSilent', { minutes: Math.floor(failure.silentMs / 60_000) }),
      );
    case 'error':
      return new HostError('engine_failed', translation('engineFailedError'));
  }
}
