import { FIELDS } from '../model/fields';
import type { RawTable } from '../model/raw';

/** The sheet name under which targets typed in the task pane appear in messages. */
export const TYPED_TARGETS_SHEET = '(Fupan)';

/**
 * Targets the analyst typed in the task pane, as a targets table: the same ingest path as a targets sheet,
 * so they are recognised, validated and reported the same way.
 */
export function typedTargetsTable(targets: readonly { metric: string; value: number }[]): RawTable | null {
  if (targets.length === 0) return null;
  return {
    source: { sheet: TYPED_TARGETS_SHEET, headerRow: 1, firstColumn: 0 },
    header: [FIELDS.targets.metric.en, FIELDS.targets.target.en],
    rows: targets.map((t) => [t.metric, t.value]),
  };
}
