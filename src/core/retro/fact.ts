import type { LocalizedText } from '../model/text';
import type { SheetKey } from '../plan/types';
import type { RetroSectionId } from './sections';

/**
 * One data-backed statement of the retrospective: its sentence (with its numbers) and the KPI-sheet cell it
 * comes from, so that the retro sheet can link to it and finance can audit it.
 */
export interface RetroFact {
  readonly section: RetroSectionId;
  readonly text: LocalizedText;
  readonly source: { readonly sheet: SheetKey; readonly anchor: string } | null;
  readonly tone: 'good' | 'bad' | 'neutral';
}

/** A suggested shortfall for the action table: the issue and its evidence (the number). */
export interface ShortfallSuggestion {
  readonly issue: LocalizedText;
  readonly evidence: LocalizedText;
  readonly source: { readonly sheet: SheetKey; readonly anchor: string } | null;
}
