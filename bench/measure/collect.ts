/** A full garbage collection, when node runs with --expose-gc (npm run bench passes it). */
export function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export function canCollect(): boolean {
  return typeof (globalThis as { gc?: unknown }).gc === 'function';
}
