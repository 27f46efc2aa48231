/** Office.js reports failures as errors with a string `code` (Excel.ErrorCodes, plus a few web-only ones). */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

const SIZE_CODES = new Set([
  'RequestPayloadSizeLimitExceeded',
  'ResponsePayloadSizeLimitExceeded',
  'RangeExceedsLimit',
]);

/**
 * A request or response over the payload limit (5 MB on Excel on the web), or a read over the cell limit.
 * Excel rejects such a request before running any of it, so the same work split smaller is safe to retry.
 */
export function isSizeLimitError(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code !== undefined && SIZE_CODES.has(code);
}

/**
 * What Excel on the web answers some large requests with instead of a payload code (office-js-docs-reference
 * #354; office-js #1012, #1314). It says nothing about how much of the batch ran, so only work that can run
 * twice (cell values and formats) is retried smaller on it.
 */
export function isGeneralException(error: unknown): boolean {
  return officeErrorCode(error) === 'GeneralException';
}

/**
 * A merged undo group (`mergeUndoGroup`, ExcelApi 1.20) met an API without undo support. The documentation
 * ("Undo support with the Excel JavaScript API") says to handle it: Fupan retries without grouping.
 */
export function isUndoNotSupported(error: unknown): boolean {
  return officeErrorCode(error) === 'UndoNotSupported';
}
