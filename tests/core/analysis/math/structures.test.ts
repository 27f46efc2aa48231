import fc from 'fast-check';
import { solveLinear } from '../../../../src/core/analysis/math/solveLinear';
import { UnionFind } from '../../../../src/core/analysis/math/unionFind';

describe('union-find', () => {
  it('joins sets and reports components', () => {
    const uf = new UnionFind(6);
    expect(uf.union(0, 1)).toBe(true);
    expect(uf.union(1, 2)).toBe(true);
    expect(uf.union(0, 2)).toBe(false);
    uf.union(4, 5);
    expect(uf.components()).toEqual([[0, 1, 2], [3], [4, 5]]);
    expect(uf.componentSize(2)).toBe(3);
  });

  it('partitions the elements: every element in exactly one component, linked ones together (property)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 60 })
          .chain((n) =>
            fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 80 })),
          ),
        ([n, edges]) => {
          const uf = new UnionFind(n);
          for (const [a, b] of edges) uf.union(a, b);
          const components = uf.components();
          const seen = components.flat().sort((a, b) => a - b);
          const partition = seen.length === n && seen.every((v, i) => v === i);
          const componentOf = new Map<number, number>();
          components.forEach((c, i) => c.forEach((v) => componentOf.set(v, i)));
          const linkedTogether = edges.every(([a, b]) => componentOf.get(a) === componentOf.get(b));
          return partition && linkedTogether;
        },
      ),
    );
  });
});

describe('solveLinear', () => {
  it('solves a small system with pivoting', () => {
    // 0·x + 2y = 4, 3x + y = 5 → y = 2, x = 1.
    const x = solveLinear(Float64Array.of(0, 2, 3, 1), Float64Array.of(4, 5));
    expect(x?.[0]).toBeCloseTo(1, 14);
    expect(x?.[1]).toBeCloseTo(2, 14);
  });

  it('reports a singular system as null', () => {
    expect(solveLinear(Float64Array.of(1, 2, 2, 4), Float64Array.of(1, 2))).toBeNull();
  });
});
