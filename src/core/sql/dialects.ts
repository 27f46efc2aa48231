/**
 * The one table of differences between the SQL dialects Fupan writes. Everything else in the generated
 * queries is the subset the three share: CASE (not FILTER), SUM/COUNT/MIN/MAX with GROUP BY (no
 * COUNT(DISTINCT): distinct buyers are counted by grouping per customer first), UNION ALL, LEFT JOIN,
 * COALESCE, NULLIF, TRIM, LOWER, REPLACE, ABS, CAST(… AS DOUBLE / TIMESTAMP / DATE), DATE 'YYYY-MM-DD'
 * literals and BETWEEN. A test renders the queries through a dialect of markers and checks that each real
 * dialect's text is that text with only the markers replaced by its entries below.
 */
export const DIALECT_IDS = ['duckdb', 'spark', 'trino'] as const;
export type DialectId = (typeof DIALECT_IDS)[number];

export interface Dialect {
  readonly id: DialectId;
  /** A column or table name, quoted (always: names may be Chinese, hold spaces, or be keywords). */
  readonly identifier: (name: string) => string;
  /** A string literal. */
  readonly string: (text: string) => string;
  /** The type of text, as CAST writes it (a day is written out as CAST(day AS <this>): 'YYYY-MM-DD'). */
  readonly textType: string;
}

const doubled = (quote: string) => (text: string) => quote + text.split(quote).join(quote + quote) + quote;

export const DIALECTS: Readonly<Record<DialectId, Dialect>> = {
  duckdb: { id: 'duckdb', identifier: doubled('"'), string: doubled("'"), textType: 'VARCHAR' },
  // Spark SQL reads backslash escapes in string literals (spark.sql.parser.escapedStringLiterals=false).
  spark: {
    id: 'spark',
    identifier: doubled('`'),
    string: (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`,
    textType: 'STRING',
  },
  trino: { id: 'trino', identifier: doubled('"'), string: doubled("'"), textType: 'VARCHAR' },
};

export function isDialectId(value: unknown): value is DialectId {
  return typeof value === 'string' && (DIALECT_IDS as readonly string[]).includes(value);
}
