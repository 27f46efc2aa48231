import type { Locale } from '../../locale';
import type { RetroFact, ShortfallSuggestion } from '../../retro/fact';
import {
  ACTION_TABLE_NOTE_COLUMNS,
  ACTION_TABLE_ROWS,
  actionNoteId,
  RETRO_SECTIONS,
  SECTION_HEADINGS,
  SECTION_NOTES,
} from '../../retro/sections';
import { cellAddress, rangeAddress } from '../a1';
import { RETRO_LABELS as T } from '../labels';
import { mergedWidth } from '../printLayout';
import { SheetBuilder } from '../sheetBuilder';
import { sheetName } from '../sheetNames';
import { COLORS, STYLES } from '../theme';
import type { PlanCell, SheetKey, SheetPlan } from '../types';
import { LINE_POINTS, wrappedHeight } from '../wrappedHeight';

/**
 * Columns: A the tag or label · B–E one text column, merged per row, where a sentence or note wraps · F the
 * link to the sentence's source cell, in a column of its own so that no text runs under it. The action
 * table uses A–E (issue, evidence, fix, owner, due). 142 characters: one landscape A4 page wide at 100%.
 */
const WIDTHS = [18, 42, 26, 14, 14, 28] as const;
const TAG = 0;
const TEXT = 1;
const TEXT_COLUMNS = 4;
const LINK = 5;
/** The merged text column's width in characters. */
const TEXT_WIDTH = mergedWidth(
  WIDTHS.map((width, col) => ({ col, width })),
  TEXT,
  TEXT_COLUMNS,
);
const textRange = (row: number): string => rangeAddress(row, TEXT, 1, TEXT_COLUMNS);
/** A note row leaves room for three lines of the analyst's writing. */
const NOTE_POINTS = 45;
const TONE_STYLE = { good: { fontColor: COLORS.good }, bad: { fontColor: COLORS.bad }, neutral: {} } as const;

export interface RetroSheetInput {
  readonly campaignName: string | null;
  readonly facts: readonly RetroFact[];
  readonly shortfalls: readonly ShortfallSuggestion[];
  /** Resolves a fact's source to a sheet name and cell address; null when it is not on any planned sheet. */
  readonly resolve: (source: {
    sheet: SheetKey;
    anchor: string;
  }) => { sheet: string; address: string } | null;
}

/**
 * The retrospective: the seven sections of retro-template.md in order. Each section lists its DATA sentences
 * (with a link to the cell each number comes from) and then the analyst's NOTE cells, which carry stable ids
 * so that a re-run writes back what the analyst typed. Section 6 ends with the action table.
 */
export function planRetroSheet(input: RetroSheetInput, locale: Locale): SheetPlan {
  const t = (key: keyof typeof T) => T[key][locale];
  const sheet = new SheetBuilder('retro', sheetName('retro', locale), COLORS.warn);
  sheet.title(input.campaignName ? `${t('title')} · ${input.campaignName}` : t('title'), t('legend'));

  for (const section of RETRO_SECTIONS) {
    sheet.section(SECTION_HEADINGS[section][locale], WIDTHS.length);
    const facts = input.facts.filter((f) => f.section === section);
    for (const fact of facts) {
      const text = fact.text[locale];
      const target = fact.source ? input.resolve(fact.source) : null;
      const link: PlanCell = target
        ? {
            kind: 'link',
            text: `→ ${target.sheet}!${target.address}`,
            sheet: target.sheet,
            address: target.address,
          }
        : null;
      const { row } = sheet.put([[t('data'), text, null, null, null, link]]);
      sheet.merge(textRange(row));
      sheet.format(cellAddress(row, TAG), undefined, { ...STYLES.muted, vAlign: 'top' });
      sheet.format(textRange(row), undefined, { ...STYLES.sentence, ...TONE_STYLE[fact.tone] });
      if (link) sheet.format(cellAddress(row, LINK), undefined, STYLES.sentence);
      sheet.height(
        row,
        Math.max(
          LINE_POINTS,
          wrappedHeight(text, TEXT_WIDTH),
          link ? wrappedHeight(link.text, WIDTHS[LINK]) : 0,
        ),
      );
    }
    for (const note of SECTION_NOTES[section]) {
      const label = note.label[locale];
      const placeholder = note.placeholder[locale];
      const { row } = sheet.put([[label, placeholder]]);
      sheet.merge(textRange(row));
      sheet.format(cellAddress(row, TAG), undefined, { ...STYLES.label, ...STYLES.sentence });
      sheet.format(textRange(row), undefined, STYLES.note);
      sheet.note({ id: note.id, address: cellAddress(row, TEXT), placeholder });
      sheet.height(
        row,
        Math.max(NOTE_POINTS, wrappedHeight(label, WIDTHS[TAG]), wrappedHeight(placeholder, TEXT_WIDTH)),
      );
    }
    if (section === 'shortfalls') actionTable(sheet, input.shortfalls, locale);
    sheet.skip();
  }
  WIDTHS.forEach((w, i) => sheet.width(i, w));
  return sheet.build();
}

/** Issue · evidence · fix · owner · due: issues and evidence prefilled from the shortfalls, the rest notes. */
function actionTable(sheet: SheetBuilder, shortfalls: readonly ShortfallSuggestion[], locale: Locale): void {
  const t = (key: keyof typeof T) => T[key][locale];
  sheet.skip();
  sheet.put([[t('actions')]], 0, STYLES.label);
  const header = sheet.put([[t('issue'), t('evidence'), t('fix'), t('owner'), t('due')]]).row;
  sheet.format(`${cellAddress(header, 0)}:${cellAddress(header, 4)}`, undefined, {
    bold: true,
    fill: COLORS.header,
    fontColor: COLORS.headerText,
  });
  const hints = { fix: t('fixHint'), owner: t('ownerHint'), due: t('dueHint') } as const;
  const rows = Math.max(ACTION_TABLE_ROWS, shortfalls.length);
  for (let i = 0; i < rows; i++) {
    const suggestion = shortfalls[i];
    const issue = suggestion ? suggestion.issue[locale] : t('issueHint');
    const evidence = suggestion ? suggestion.evidence[locale] : '';
    const cells = [issue, evidence, hints.fix, hints.owner, hints.due] as const;
    const { row } = sheet.put([cells]);
    sheet.format(cellAddress(row, 0), undefined, suggestion ? STYLES.sentence : STYLES.note);
    sheet.format(cellAddress(row, 1), undefined, STYLES.sentence);
    ACTION_TABLE_NOTE_COLUMNS.forEach((column, c) => {
      const address = cellAddress(row, 2 + c);
      sheet.format(address, undefined, STYLES.note);
      sheet.note({ id: actionNoteId(i, column), address, placeholder: hints[column] });
    });
    if (!suggestion)
      sheet.note({ id: `action_${i + 1}_issue`, address: cellAddress(row, 0), placeholder: issue });
    sheet.height(row, Math.max(30, ...cells.map((text, c) => wrappedHeight(text, WIDTHS[c] ?? 0))));
  }
}
