import { ALIASES } from '../../../../src/core/ingest/headers/aliases';
import { normaliseHeader } from '../../../../src/core/ingest/headers/normaliseHeader';
import { FIELDS } from '../../../../src/core/model/fields';
import { TABLE_KINDS } from '../../../../src/core/model/tableKinds';

describe('the alias lists', () => {
  test.each([...TABLE_KINDS])('cover exactly the fields of the %s table', (kind) => {
    expect(Object.keys(ALIASES[kind]).sort()).toEqual(Object.keys(FIELDS[kind]).sort());
  });

  test.each([...TABLE_KINDS])('never name two fields of the %s table with one header', (kind) => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    const fields = FIELDS[kind] as Record<string, { zh: string; en: string }>;
    const aliases = ALIASES[kind] as Record<string, readonly string[]>;
    for (const field of Object.keys(fields)) {
      const spec = fields[field]!;
      for (const alias of [spec.zh, spec.en, ...(aliases[field] ?? [])]) {
        const key = normaliseHeader(alias);
        const seen = owner.get(key);
        if (seen !== undefined && seen !== field) clashes.push(`${alias}: ${seen} / ${field}`);
        owner.set(key, field);
      }
    }
    expect(clashes).toEqual([]);
  });
});
