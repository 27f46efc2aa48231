/**
 * Σ over slots [from, to] of a day × channel cube, for one channel or all (`channel` null). Each cell holds
 * `stride` numbers; cell (slot, channel) starts at (slot × width + channel) × stride.
 */
export function sumCube(
  cube: Float64Array,
  width: number,
  stride: number,
  from: number,
  to: number,
  channel: number | null,
): Float64Array {
  const out = new Float64Array(stride);
  const first = channel ?? 0;
  const last = channel ?? width - 1;
  for (let slot = from; slot <= to; slot++) {
    for (let c = first; c <= last; c++) {
      const base = (slot * width + c) * stride;
      for (let m = 0; m < stride; m++) out[m]! += cube[base + m]!;
    }
  }
  return out;
}
