import { dayFromYmd } from '../../../src/core/model/day';
import { DIALECT_IDS, DIALECTS, type Dialect } from '../../../src/core/sql/dialects';
import { SQL_FIELDS, type SqlMapping, type SqlTableKind } from '../../../src/core/sql/mapping';
import { aggregateQueries } from '../../../src/core/sql/queries';

/**
 * Every dialect-specific piece of the generated SQL comes from the table of differences (dialects.ts): the
 * queries rendered through a dialect of markers, with each marker then replaced by a real dialect's entry,
 * are exactly that dialect's queries. So a line without a marker is the same text in every dialect.
 */

const MARKERS: Dialect = {
  id: 'duckdb',
  identifier: (name) => `⟦identifier:${name}⟧`,
  string: (text) => `⟦string:${text}⟧`,
  textType: '⟦textType⟧',
};

function throughTable(marked: string, dialect: Dialect): string {
  return marked
    .replace(/⟦identifier:([^⟧]*)⟧/g, (_, name: string) => dialect.identifier(name))
    .replace(/⟦string:([^⟧]*)⟧/g, (_, text: string) => dialect.string(text))
    .replace(/⟦textType⟧/g, dialect.textType);
}

/** Every table, every field, names that need quoting (a quote, a backtick, a space, Chinese, a keyword). */
function fullMapping(): SqlMapping {
  const tables = {} as Record<SqlTableKind, { table: string; columns: Record<string, string> }>;
  for (const [kind, fields] of Object.entries(SQL_FIELDS) as [SqlTableKind, readonly string[]][]) {
    tables[kind] = {
      table: `dw.${kind} "表"`,
      columns: Object.fromEntries(
        fields.map((f, i) => [f, i % 3 === 0 ? `${f} 列` : i % 3 === 1 ? `it's \`${f}\`` : f]),
      ),
    };
  }
  // Categories from the order lines, to render that branch too.
  delete tables.orders.columns.category;
  const d = (m: number, day: number) => dayFromYmd(2025, m, day);
  return {
    tables: tables as unknown as SqlMapping['tables'],
    calendar: {
      period: { start: d(11, 1), end: d(11, 11) },
      phases: [
        { kind: 'warmup', start: d(11, 1), end: d(11, 10) },
        { kind: 'peak', start: d(11, 11), end: d(11, 11) },
      ],
      baseline: { start: d(10, 1), end: d(10, 31) },
    },
  } as SqlMapping;
}

describe('the table of dialect differences', () => {
  const mapping = fullMapping();
  const marked = aggregateQueries(MARKERS, mapping);

  it('writes every aggregate table', () => {
    expect(marked.map((q) => q.table)).toEqual([
      'fupan_order_cube',
      'fupan_traffic_cube',
      'fupan_spend_cube',
      'fupan_category_sums',
      'fupan_buyers',
      'fupan_facts',
    ]);
  });

  it.each(DIALECT_IDS)('%s: its queries are the marked ones with only the markers replaced', (id) => {
    const real = aggregateQueries(DIALECTS[id], mapping);
    expect(real.map((q) => q.sql)).toEqual(marked.map((q) => throughTable(q.sql, DIALECTS[id])));
  });

  it('every line that differs between two dialects holds an entry of the table', () => {
    const texts = DIALECT_IDS.map((id) =>
      aggregateQueries(DIALECTS[id], mapping).map((q) => q.sql.split('\n')),
    );
    const markedLines = marked.map((q) => q.sql.split('\n'));
    let differing = 0;
    texts.forEach((queries) =>
      queries.forEach((lines, q) =>
        lines.forEach((line, l) => {
          if (line === texts[0]![q]![l]) return;
          differing++;
          expect(markedLines[q]![l]).toMatch(/⟦(identifier|string|textType)/);
        }),
      ),
    );
    // Spark quotes names and escapes literals its own way: the dialects do differ, and only there.
    expect(differing).toBeGreaterThan(50);
  });

  it('trino writes the very text duckdb runs (its entries are the same)', () => {
    expect(aggregateQueries(DIALECTS.trino, mapping)).toEqual(aggregateQueries(DIALECTS.duckdb, mapping));
  });

  it('quotes names so that any text is a name, and escapes literals', () => {
    expect(DIALECTS.duckdb.identifier('a"b')).toBe('"a""b"');
    expect(DIALECTS.spark.identifier('a`b')).toBe('`a``b`');
    expect(DIALECTS.trino.string("it's")).toBe("'it''s'");
    expect(DIALECTS.spark.string("it's \\")).toBe("'it\\'s \\\\'");
  });
});
