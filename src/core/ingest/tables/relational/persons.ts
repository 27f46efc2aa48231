import type { CustomersTable, IngestWarning } from '../../../model/campaign';
import { ingestMessages } from '../../../messages';
import { rejectRow, ROW_USED, worksheetRow, type ReadContext } from '../../read/context';
import { createDictionary, dictColumn } from '../../read/dictionary';
import { readTexts } from '../../read/readTexts';
import type { AssembledOrders } from '../orders/assembleOrders';

/** Customer ID → person ID, from the customers tables that have a person column. */
export interface PersonMap {
  readonly person: ReadonlyMap<string, string>;
  readonly sheets: readonly string[];
}

/**
 * The person of each customer ID, from every customers table with a person ID column (Olist's
 * customer_unique_id: one per person, while customer_id is one per order). A row that gives a customer ID
 * a second, different person is rejected (conflicting_person_id). Null when no table has the column.
 */
export function mapPersons(ctxs: readonly ReadContext<'customers'>[]): PersonMap | null {
  const tables = ctxs.filter((ctx) => ctx.columns.person_id !== undefined);
  if (tables.length === 0) return null;
  const person = new Map<string, string>();
  const firstRow = new Map<string, number>();
  for (const ctx of tables) {
    const customers = readTexts(ctx, 'customer_id') ?? [];
    const persons = readTexts(ctx, 'person_id') ?? [];
    for (let i = 0; i < ctx.size; i++) {
      const customer = customers[i] ?? null;
      const who = persons[i] ?? null;
      if (ctx.state[i] !== ROW_USED || customer === null || who === null) continue;
      const known = person.get(customer);
      if (known === undefined) {
        person.set(customer, who);
        firstRow.set(customer, worksheetRow(ctx, i));
      } else if (known !== who) {
        const at = firstRow.get(customer) ?? 0;
        rejectRow(ctx, i, 'conflicting_person_id', ctx.columns.person_id ?? null, (ref) =>
          ingestMessages.conflictingPerson(ref, customer, who, known, at),
        );
      }
    }
  }
  return { person, sheets: tables.map((ctx) => ctx.source.sheet) };
}

/** The orders with each customer ID replaced by its person (an ID the map lacks stays as it is). */
export function withPersons(assembled: AssembledOrders, persons: PersonMap | null): AssembledOrders {
  const customer = assembled.orders.customer;
  if (persons === null || customer === null) return assembled;
  const dict = createDictionary(customer.values.length);
  const personCode = new Int32Array(customer.values.length);
  let unmapped = 0;
  customer.values.forEach((id, code) => {
    const who = persons.person.get(id);
    if (who === undefined) unmapped++;
    personCode[code] = dict.encode(who ?? id);
  });
  const codes = new Int32Array(customer.codes.length);
  for (let k = 0; k < codes.length; k++) {
    const code = customer.codes[k] ?? -1;
    codes[k] = code < 0 ? -1 : (personCode[code] ?? -1);
  }
  const warning: IngestWarning = {
    code: 'customers_mapped_to_persons',
    text: ingestMessages.customersMappedToPersons(
      persons.sheets,
      customer.values.length - unmapped,
      dict.values.length - unmapped,
      unmapped,
    ),
  };
  return {
    ...assembled,
    orders: { ...assembled.orders, customer: dictColumn(codes, dict) },
    warnings: [...assembled.warnings, warning],
  };
}

/** The customers table keyed by person where the map knows the customer ID. */
export function customersAsPersons(
  table: CustomersTable | null,
  persons: PersonMap | null,
): CustomersTable | null {
  if (table === null || persons === null) return table;
  return { ...table, customerId: table.customerId.map((id) => persons.person.get(id) ?? id) };
}
