/**
 * Reads one column of a table a block of rows at a time, into the caller's array: row i goes to
 * out[i - from]. Long tables are read in blocks so that a million rows need no million-row scratch arrays;
 * finish() reports what the column as a whole needs to say (Excel errors read as empty).
 */
export interface ColumnReader<A> {
  read(from: number, to: number, out: A): void;
  finish(): void;
}

/** The whole column at once, in a new array of the table's size. */
export function readWhole<A>(reader: ColumnReader<A> | null, make: () => A, size: number): A | null {
  if (reader === null) return null;
  const out = make();
  reader.read(0, size, out);
  reader.finish();
  return out;
}
