/** The limits the fake enforces; tests may lower them to force the host's split-and-retry paths. */
export interface FakeLimits {
  /** Serialized request (queued operations) per sync, in UTF-8 bytes. Excel on the web: 5 MB. */
  readonly requestBytes: number;
  /** Serialized response (loaded properties) per sync, in UTF-8 bytes. Excel on the web: 5 MB. */
  readonly responseBytes: number;
  /** Cells in one range read (values, formulas, numberFormat). All platforms: 5,000,000. */
  readonly readCells: number;
  /** Office add-in settings storage per add-in and document. */
  readonly settingsBytes: number;
  /**
   * A write request above this many bytes fails with GeneralException instead of a payload code, as Excel on
   * the web has answered large writes (office-js-docs-reference #354, office-js #1012, #1314). Off (Infinity)
   * unless a test lowers it: the threshold is not documented.
   */
  readonly generalExceptionBytes: number;
}

/** 5 MB taken as 5,000,000 bytes: the stricter reading of "5 MB". */
export const EXCEL_WEB_LIMITS: FakeLimits = {
  requestBytes: 5_000_000,
  responseBytes: 5_000_000,
  readCells: 5_000_000,
  settingsBytes: 32 * 1024,
  generalExceptionBytes: Infinity,
};

export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
