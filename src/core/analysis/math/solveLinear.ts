/**
 * Solves A·x = b for a dense n×n matrix (row-major) by Gaussian elimination with partial pivoting.
 * Returns null when A is singular to working precision. A and b are not modified. O(n³).
 */
export function solveLinear(matrix: Float64Array, rhs: Float64Array): Float64Array | null {
  const n = rhs.length;
  if (matrix.length !== n * n) throw new RangeError('solveLinear: matrix is not n×n');
  const a = Float64Array.from(matrix);
  const b = Float64Array.from(rhs);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    let best = Math.abs(a[col * n + col] as number);
    for (let row = col + 1; row < n; row++) {
      const v = Math.abs(a[row * n + col] as number);
      if (v > best) {
        best = v;
        pivot = row;
      }
    }
    if (!(best > 1e-14)) return null;
    if (pivot !== col) {
      for (let k = 0; k < n; k++) {
        const t = a[col * n + k] as number;
        a[col * n + k] = a[pivot * n + k] as number;
        a[pivot * n + k] = t;
      }
      const t = b[col] as number;
      b[col] = b[pivot] as number;
      b[pivot] = t;
    }
    const diag = a[col * n + col] as number;
    for (let row = col + 1; row < n; row++) {
      const factor = (a[row * n + col] as number) / diag;
      if (factor === 0) continue;
      for (let k = col; k < n; k++)
        a[row * n + k] = (a[row * n + k] as number) - factor * (a[col * n + k] as number);
      b[row] = (b[row] as number) - factor * (b[col] as number);
    }
  }
  const x = new Float64Array(n);
  for (let row = n - 1; row >= 0; row--) {
    let sum = b[row] as number;
    for (let k = row + 1; k < n; k++) sum -= (a[row * n + k] as number) * (x[k] as number);
    x[row] = sum / (a[row * n + row] as number);
  }
  return x;
}
