/** Anything with `aborted` — an AbortSignal fits. Checked between syncs, never inside a batch. */
export interface CancelSignal {
  readonly aborted: boolean;
}

export function isCancelled(signal: CancelSignal | undefined): boolean {
  return signal?.aborted === true;
}
