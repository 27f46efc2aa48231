/** The ingest step: raw tables → campaign data, rejected rows and warnings. */
export { ingest } from './ingest';
export type { CampaignOverride, IngestOptions, TableOverride } from './options';
export { recogniseTable, type Recognition } from './headers/recogniseTable';
export { normaliseHeader } from './headers/normaliseHeader';
export { ALIASES } from './headers/aliases';
export {
  isRejectionCode,
  isWarningCode,
  REJECTION_CODES,
  WARNING_CODES,
  type RejectionCode,
  type WarningCode,
} from './codes';
export { parseNumber } from './parse/number';
export { parsePercent, inferPercentScale, type PercentScale } from './parse/percent';
export { parseDateTime, parseDay, slashOrderOf, type SlashOrder } from './parse/dateTime';
export { parseFlag } from './parse/flag';
export { parseNewCustomer } from './parse/newCustomer';
export { parseStatus, STATUS_WORDS } from './parse/status';
export { parseCampaignItem } from './parse/campaignItem';
export { parseText } from './parse/text';
export { excelErrorOf, EXCEL_ERRORS } from './parse/excelError';
export type { ParseProblem, ParseResult } from './parse/result';
export { metricKpi } from './tables/targets/metricKpi';
