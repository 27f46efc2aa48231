/** The Office.js host: everything the task pane calls. Office.js is used only under src/excel. */
export { officeHost, type ExcelHost, type HostRunOptions } from './host';
export type { CancelSignal } from './cancel';
export { readWorkbook, type ReadOptions, type ReadProgress, type ReadResult } from './readWorkbook';
export type { SkippedSheet, SkipReason } from './sources';
export { writePlan, type WriteOptions, type WriteProgress, type WriteResult } from './writePlan';
export type { WriteWarning } from './writeWarnings';
export type { SavedNote } from './notes';
export { loadSettings, saveSettings, type SaveResult } from './settings';
export {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  parseSettings,
  type CampaignSettings,
  type DaySpan,
  type FupanSettings,
  type OptionValue,
  type ParsedSettings,
  type PhaseSetting,
  type SettingsWarning,
  type TableSetting,
  type TargetSetting,
} from './settingsSchema';
