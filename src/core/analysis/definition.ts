import type { CampaignData } from '../model/campaign';
import type { FieldId } from '../model/fields';
import type { TableKind } from '../model/tableKinds';
import type { LocalizedText } from '../model/text';

import type { AnalysisId } from '../model/analysisVocabulary';

export { ANALYSIS_IDS, isAnalysisId, type AnalysisId } from '../model/analysisVocabulary';

/** A source column, as `table.field` with the field ids of model/fields.ts. */
export type AnalysisColumn = { [K in TableKind]: `${K}.${FieldId<K>}` }[TableKind];

export interface AnalysisRequirements {
  /** Tables without which the analysis is unavailable. */
  readonly tables: readonly TableKind[];
  /** Columns without which the analysis is unavailable. */
  readonly columns: readonly AnalysisColumn[];
  /** Tables and columns that add to the analysis when present. */
  readonly optional: readonly (TableKind | AnalysisColumn)[];
}

/**
 * One analysis: its id, its name, what it requires, and `run`. `run` reads only the campaign data and its
 * options (no clock, no randomness) and returns a plain serialisable result.
 */
export interface AnalysisDefinition<Id extends AnalysisId, Options, Result> {
  readonly id: Id;
  readonly name: LocalizedText;
  readonly requires: AnalysisRequirements;
  readonly run: (data: CampaignData, options?: Partial<Options>) => Result;
}
