import type { PathsTable } from '../../model/campaign';
import type { Journey, Journeys } from './journeys';

/**
 * Journeys from an aggregated paths table: each row stands for `conversions` converting journeys worth its
 * value in all, and `nulls` journeys along the same path that did not convert. Rows with a zero count add
 * nothing. Paths have no touch times (`times` is empty), so only the models that need none apply. O(steps).
 */
export function journeysFromPaths(table: PathsTable): Journeys {
  const journeys: Journey[] = [];
  for (let i = 0; i < table.size; i++) {
    const touches = Array.from(table.steps.subarray(table.offsets[i], table.offsets[i + 1]));
    if (touches.length === 0) continue;
    const conversions = table.conversions[i] as number;
    const nulls = table.nulls ? (table.nulls[i] as number) : 0;
    if (conversions > 0) {
      const value = table.value ? (table.value[i] as number) : 0;
      journeys.push({ touches, times: [], converted: true, value, count: conversions });
    }
    if (nulls > 0) journeys.push({ touches, times: [], converted: false, value: 0, count: nulls });
  }
  return { channels: table.channels, journeys, skippedTouches: 0 };
}
