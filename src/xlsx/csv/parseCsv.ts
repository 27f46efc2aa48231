export interface CsvParse {
  readonly records: string[][];
  /** 1-based record whose opening quote is never closed, if any. */
  readonly unclosedQuoteAt?: number;
}

/**
 * RFC 4180 parsing: fields separated by `delimiter`, records by CRLF, LF or CR; a quoted field may hold
 * delimiters, line breaks and doubled quotes. Text outside quotes is kept as it is (no trimming).
 */
export function parseCsv(text: string, delimiter: string): CsvParse {
  const records: string[][] = [];
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  let record: string[] = [];
  let i = 0;
  let unclosedQuoteAt: number | undefined;
  while (i < n) {
    let field: string;
    if (text.charCodeAt(i) === 34 /* " */) {
      let value = '';
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) {
          value += text.slice(from);
          unclosedQuoteAt ??= records.length + 1;
          i = n;
          break;
        }
        value += text.slice(from, q);
        if (text.charCodeAt(q + 1) === 34) {
          value += '"';
          from = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
      const stop = nextStop(text, i, d);
      field = value + text.slice(i, stop);
      i = stop;
    } else {
      const stop = nextStop(text, i, d);
      field = text.slice(i, stop);
      i = stop;
    }
    record.push(field);
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      if (i === n) record.push('');
    } else {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i += 2;
      else i++;
      records.push(record);
      record = [];
    }
  }
  if (record.length > 0) records.push(record);
  return unclosedQuoteAt === undefined ? { records } : { records, unclosedQuoteAt };
}

/** Index of the next delimiter or line break at or after `from` (n at the end). */
function nextStop(text: string, from: number, d: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === d || c === 10 || c === 13) return i;
  }
  return text.length;
}

/**
 * Comma, semicolon or tab: whichever the first lines (up to 20, outside quotes) use most; comma on a
 * tie. Several lines are looked at because a title line above the header may hold none.
 */
export function guessDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < text.length && i < 1 << 16 && lines < 20; i++) {
    const ch = text[i] as string;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') lines++;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const [ch, count] of counts) if (count > (counts.get(best) ?? 0)) best = ch;
  return best;
}
