/** Sizes are reported in MiB (1024 × 1024 bytes), written "MB" as top(1) and /usr/bin/time do. */
export const MB = 1024 * 1024;

export function mb(bytes: number): number {
  return Math.round(bytes / MB);
}
