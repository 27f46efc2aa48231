/**
 * Errors as Office.js reports them: an `Error` whose `code` is one of Excel.ErrorCodes (plus the web-only
 * RequestPayloadSizeLimitExceeded), so host code can branch on `code` exactly as it does against Excel.
 */
export type FakeErrorCode =
  | 'ApiNotFound'
  | 'EmptyChartSeries'
  | 'GeneralException'
  | 'InactiveWorkbook'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidOperationInCellEditMode'
  | 'InvalidReference'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'PropertyNotLoaded'
  | 'RangeExceedsLimit'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'UndoNotSupported'
  | 'UnsupportedOperation';

export class FakeExcelError extends Error {
  override readonly name = 'RichApi.Error';
  constructor(
    readonly code: FakeErrorCode,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

export function fail(code: FakeErrorCode, message: string): never {
  throw new FakeExcelError(code, message);
}
