import type { LocalizedText } from '../../model/text';
import { shown, text } from '../text';
import { tableEn, tableZh, whereEn, whereZh, type RowRef } from './where';

/** The experiment log's cleaning rules: each excluded row, and each rule with its counts. */

/** A count with thousands separators, the same in every runtime (no locale lookup). */
function n(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export interface PagePair {
  readonly group: string;
  readonly page: string;
}

function pairsZh(pairs: readonly PagePair[]): string {
  return pairs.map((p) => `${shown(p.group)} ↔ ${shown(p.page)}`).join('，');
}

function pairsEn(pairs: readonly PagePair[]): string {
  return pairs.map((p) => `${shown(p.group)} ↔ ${shown(p.page)}`).join(', ');
}

export function groupPageMismatch(ref: RowRef, group: string, page: string, expected: string): LocalizedText {
  return text(
    `${whereZh(ref)}：分组「${shown(group)}」的用户看到的是「${shown(page)}」，而该组的落地页是「${shown(expected)}」。` +
      '分组与落地页不一致的行无法判断用户实际接受了哪个版本，已排除。',
    `${whereEn(ref)}: a unit of group "${shown(group)}" saw "${shown(page)}", but that group's page is ` +
      `"${shown(expected)}". A row whose group and page disagree cannot tell which version the unit got; it was excluded.`,
  );
}

export function repeatedUnit(ref: RowRef, unit: string, firstRow: number): LocalizedText {
  return text(
    `${whereZh(ref)}：用户「${shown(unit)}」已在第 ${firstRow} 行出现过。每个用户只计一次（保留最早的一行），这一行已排除。`,
    `${whereEn(ref)}: unit "${shown(unit)}" already appears on row ${firstRow}. Each unit counts once (its ` +
      'earliest row is kept); this row was excluded.',
  );
}

export function experimentPageMismatch(
  sheets: readonly string[],
  rows: number,
  pairs: readonly PagePair[],
): LocalizedText {
  return text(
    `${tableZh('experiment', sheets.join('、'))}：${n(rows)} 行的分组与落地页不一致，已排除（逐行列在被拒绝的行中）。` +
      `规则：每组以其最常见的落地页为准（${pairsZh(pairs)}），看到其他页面的行不计入。`,
    `${tableEn('experiment', sheets.join(', '))}: ${n(rows)} rows whose group and page disagree were excluded ` +
      `(each is listed among the rejected rows). Rule: each group's page is its most frequent one ` +
      `(${pairsEn(pairs)}); rows showing another page are not counted.`,
  );
}

export function experimentPageNotPaired(sheets: readonly string[]): LocalizedText {
  return text(
    `${tableZh('experiment', sheets.join('、'))}：落地页与分组不是一一对应（有的组最常见的落地页相同），` +
      '因此没有按落地页排除任何行；落地页只作记录。',
    `${tableEn('experiment', sheets.join(', '))}: the pages do not pair one to one with the groups (some groups ` +
      'share their most frequent page), so no row was excluded for its page; the page is kept for the record only.',
  );
}

export function experimentRepeatedUnits(
  sheets: readonly string[],
  units: number,
  extraRows: number,
): LocalizedText {
  return text(
    `${tableZh('experiment', sheets.join('、'))}：${n(units)} 个用户出现了不止一次，共多出 ${n(extraRows)} 行，已排除。` +
      '规则：每个用户只保留最早的一行（时间相同或没有时间时取表中靠前的一行）。',
    `${tableEn('experiment', sheets.join(', '))}: ${n(units)} unit(s) appear more than once, ${n(extraRows)} ` +
      'extra row(s) in all; they were excluded. Rule: each unit keeps its earliest row (the one higher in the ' +
      'table when times are equal or absent).',
  );
}
