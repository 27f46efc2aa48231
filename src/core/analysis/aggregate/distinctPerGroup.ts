/**
 * Counts distinct items per group in O(n + groups + items): rows are bucketed by group (a counting
 * sort), then each bucket is scanned with a "last group seen" stamp per item. Rows whose group or item is
 * negative are skipped.
 */
export function distinctPerGroup(
  groupOf: Int32Array,
  itemOf: Int32Array,
  groupCount: number,
  itemCount: number,
): Float64Array {
  const n = groupOf.length;
  const counts = new Float64Array(groupCount);
  const starts = new Int32Array(groupCount + 1);
  for (let i = 0; i < n; i++) {
    const g = groupOf[i] as number;
    if (g >= 0 && (itemOf[i] as number) >= 0) starts[g + 1] = (starts[g + 1] as number) + 1;
  }
  for (let g = 0; g < groupCount; g++) starts[g + 1] = (starts[g + 1] as number) + (starts[g] as number);
  const fill = starts.slice(0, groupCount);
  const rows = new Int32Array(starts[groupCount] as number);
  for (let i = 0; i < n; i++) {
    const g = groupOf[i] as number;
    if (g >= 0 && (itemOf[i] as number) >= 0) {
      rows[fill[g] as number] = i;
      fill[g] = (fill[g] as number) + 1;
    }
  }
  const lastSeen = new Int32Array(itemCount).fill(-1);
  for (let g = 0; g < groupCount; g++) {
    let count = 0;
    for (let k = starts[g] as number; k < (starts[g + 1] as number); k++) {
      const item = itemOf[rows[k] as number] as number;
      if (lastSeen[item] !== g) {
        lastSeen[item] = g;
        count++;
      }
    }
    counts[g] = count;
  }
  return counts;
}
