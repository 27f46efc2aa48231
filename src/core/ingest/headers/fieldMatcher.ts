import { FIELDS, type FieldSpec } from '../../model/fields';
import { TABLE_KINDS, type TableKind } from '../../model/tableKinds';
import { ALIASES } from './aliases';
import { normaliseHeader } from './normaliseHeader';

/**
 * How well one header names one field: the canonical header 100; an alias 90 down to 80 by its place in the
 * alias list (earlier is preferred); a header that contains an alias (≥ 3 CJK characters or ≥ 5 letters,
 * so '特权订金订单ID' contains '订单ID') 40–60 by how much of the header the alias covers.
 */
export const CANONICAL_SCORE = 100;
export const ALIAS_SCORE = 90;
export const ALIAS_SCORE_FLOOR = 80;
export const CONTAINED_SCORE = 40;
export const CONTAINED_BONUS = 20;

export interface FieldMatch {
  readonly field: string;
  readonly score: number;
}

interface Entry {
  readonly alias: string;
  readonly field: string;
  readonly score: number;
}

interface KindMatcher {
  readonly exact: ReadonlyMap<string, readonly Entry[]>;
  readonly containable: readonly Entry[];
}

const CJK = /[\u3400-\u9fff]/;

function containable(alias: string): boolean {
  return CJK.test(alias) ? alias.length >= 3 : alias.length >= 5;
}

function buildMatcher(kind: TableKind): KindMatcher {
  const best = new Map<string, Entry>();
  const add = (alias: string, field: string, score: number): void => {
    const key = `${field}\u0000${alias}`;
    const seen = best.get(key);
    if (alias !== '' && (seen === undefined || seen.score < score)) best.set(key, { alias, field, score });
  };
  const specs = FIELDS[kind] as Readonly<Record<string, FieldSpec>>;
  const aliases = ALIASES[kind] as Readonly<Record<string, readonly string[]>>;
  for (const field of Object.keys(specs)) {
    const spec = specs[field];
    if (spec === undefined) continue;
    add(normaliseHeader(spec.zh), field, CANONICAL_SCORE);
    add(normaliseHeader(spec.en), field, CANONICAL_SCORE);
    (aliases[field] ?? []).forEach((alias, index) => {
      add(normaliseHeader(alias), field, Math.max(ALIAS_SCORE_FLOOR, ALIAS_SCORE - index * 0.5));
    });
  }
  const exact = new Map<string, Entry[]>();
  for (const entry of best.values()) {
    const list = exact.get(entry.alias) ?? [];
    list.push(entry);
    exact.set(entry.alias, list);
  }
  return { exact, containable: [...best.values()].filter((e) => containable(e.alias)) };
}

const MATCHERS = new Map<TableKind, KindMatcher>(TABLE_KINDS.map((kind) => [kind, buildMatcher(kind)]));

/** Every field of `kind` that a normalised header could name, with its best score. */
export function fieldMatches(kind: TableKind, header: string): FieldMatch[] {
  const matcher = MATCHERS.get(kind);
  if (matcher === undefined || header === '') return [];
  const scores = new Map<string, number>();
  for (const entry of matcher.exact.get(header) ?? []) {
    scores.set(entry.field, Math.max(scores.get(entry.field) ?? 0, entry.score));
  }
  for (const entry of matcher.containable) {
    if (entry.alias.length < header.length && header.includes(entry.alias)) {
      const score = CONTAINED_SCORE + (CONTAINED_BONUS * entry.alias.length) / header.length;
      if (score > (scores.get(entry.field) ?? 0)) scores.set(entry.field, score);
    }
  }
  return [...scores].map(([field, score]) => ({ field, score }));
}
