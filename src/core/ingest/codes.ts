import { PARSE_PROBLEM_CODES } from './parse/result';

/** Why a row can be rejected (RejectedRow.code). */
export const REJECTION_CODES = [
  ...PARSE_PROBLEM_CODES,
  'missing_value',
  'rate_out_of_range',
  'duplicate_row',
  'duplicate_order_id',
  'unknown_order',
  'end_before_start',
  'duplicate_period',
  'line_without_value',
  'conflicting_person_id',
  'group_page_mismatch',
  'repeated_unit',
  'empty_path_step',
  'negative_value',
  'unknown_label',
  'duplicate_label',
  'date_out_of_range',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

/** What ingest can warn about (IngestWarning.code). */
export const WARNING_CODES = [
  'no_orders_table',
  'no_usable_orders',
  'table_unrecognised',
  'blank_rows_skipped',
  'excel_errors_read_as_empty',
  'percent_scale_inferred',
  'status_missing_read_as_paid',
  'roi_read_as_roas',
  'unknown_target_metric',
  'override_source_missing',
  'override_header_missing',
  'refunds_replace_order_refunds',
  'period_from_orders',
  'invalid_campaign_option',
  'order_amount_from_relations',
  'orders_without_amount',
  'customers_mapped_to_persons',
  'experiment_page_mismatch',
  'experiment_page_not_paired',
  'experiment_repeated_units',
  'orders_absent',
  'period_from_data',
  'period_undated',
  'period_too_long',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export function isRejectionCode(value: unknown): value is RejectionCode {
  return typeof value === 'string' && (REJECTION_CODES as readonly string[]).includes(value);
}

export function isWarningCode(value: unknown): value is WarningCode {
  return typeof value === 'string' && (WARNING_CODES as readonly string[]).includes(value);
}
