/**
 * Exact Shapley decomposition of a product's change (Shapley 1953; for index decomposition see
 * Albrecht, François & Schoors 2002, "A Shapley decomposition of carbon emissions without residuals",
 * Energy Policy 30(9):727–736). Each factor's effect is its marginal contribution averaged over every
 * order in which the factors can change; the effects sum exactly to V¹ − V⁰.
 *
 * Two factors (V = x·y):   Δx · (y⁰ + y¹) / 2
 * Three factors (V = x·y·z): Δx · [(y⁰z⁰ + y¹z¹) / 3 + (y⁰z¹ + y¹z⁰) / 6], likewise for y and z.
 */
export function shapley2(
  before: readonly [number, number],
  after: readonly [number, number],
): [number, number] {
  const [x0, y0] = before;
  const [x1, y1] = after;
  return [((x1 - x0) * (y0 + y1)) / 2, ((y1 - y0) * (x0 + x1)) / 2];
}

export function shapley3(
  before: readonly [number, number, number],
  after: readonly [number, number, number],
): [number, number, number] {
  const [x0, y0, z0] = before;
  const [x1, y1, z1] = after;
  const weight = (a0: number, a1: number, b0: number, b1: number): number =>
    (a0 * b0 + a1 * b1) / 3 + (a0 * b1 + a1 * b0) / 6;
  return [
    (x1 - x0) * weight(y0, y1, z0, z1),
    (y1 - y0) * weight(x0, x1, z0, z1),
    (z1 - z0) * weight(x0, x1, y0, y1),
  ];
}
