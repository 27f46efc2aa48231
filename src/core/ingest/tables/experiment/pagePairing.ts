import type { ExperimentPageRule } from '../../../model/campaign';

/**
 * Which page belongs to which group, inferred from the rows: each group's most frequent page. The pairing
 * holds when every group has one such page (no tie) and no two groups share it; otherwise the page says
 * nothing about the assignment and nothing is excluded for it.
 *
 * `groups` and `pages` are codes per row (-1: empty); returns, besides the rule, the page code of each
 * group (-1 when not paired).
 */
export function pagePairing(
  groups: Int32Array,
  pages: Int32Array,
  groupNames: readonly string[],
  pageNames: readonly string[],
): {
  readonly rule: Exclude<ExperimentPageRule, { kind: 'no_page' }>;
  readonly pageOfGroup: Int32Array;
} {
  const g = groupNames.length;
  const p = pageNames.length;
  const pageOfGroup = new Int32Array(g).fill(-1);
  const counts = new Float64Array(g * p);
  const seen = new Uint8Array(g);
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i] as number;
    const page = pages[i] as number;
    if (group < 0) continue;
    seen[group] = 1;
    if (page >= 0) counts[group * p + page] = (counts[group * p + page] as number) + 1;
  }
  const taken = new Set<number>();
  const pairs: { group: string; page: string }[] = [];
  let paired = true;
  for (let group = 0; group < g && paired; group++) {
    if (!seen[group]) continue;
    let best = -1;
    let bestCount = 0;
    let tie = false;
    for (let page = 0; page < p; page++) {
      const c = counts[group * p + page] as number;
      if (c > bestCount) {
        best = page;
        bestCount = c;
        tie = false;
      } else if (c === bestCount && c > 0) tie = true;
    }
    if (best < 0 || tie || taken.has(best)) paired = false;
    else {
      taken.add(best);
      pageOfGroup[group] = best;
      pairs.push({ group: groupNames[group] as string, page: pageNames[best] as string });
    }
  }
  if (!paired || pairs.length < 2) return { rule: { kind: 'not_paired' }, pageOfGroup: pageOfGroup.fill(-1) };
  pairs.sort((a, b) => a.group.localeCompare(b.group));
  return { rule: { kind: 'paired', pairs }, pageOfGroup };
}
