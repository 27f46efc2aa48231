/** Splits an integer total in proportion to weights (largest remainder), so the parts sum exactly to it. */
export function allocate(total: number, weights: ArrayLike<number>): Int32Array {
  const parts = new Int32Array(weights.length);
  let weightSum = 0;
  for (let index = 0; index < weights.length; index++) weightSum += weights[index] ?? 0;
  const remainders: { index: number; rest: number }[] = [];
  let given = 0;
  for (let index = 0; index < weights.length; index++) {
    const exact = (total * (weights[index] ?? 0)) / weightSum;
    parts[index] = Math.floor(exact);
    given += parts[index] ?? 0;
    remainders.push({ index, rest: exact - Math.floor(exact) });
  }
  remainders.sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (let k = 0; k < total - given; k++) {
    const index = remainders[k % remainders.length]?.index ?? 0;
    parts[index] = (parts[index] ?? 0) + 1;
  }
  return parts;
}
