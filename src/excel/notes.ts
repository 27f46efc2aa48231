import { NOTE_NAME_PREFIX } from '../core/plan/types';

/**
 * The analyst's note cells survive re-runs by name: each is the workbook name NOTE_NAME_PREFIX + id over the
 * cell. The name's comment records a hash of the placeholder Fupan wrote, so a cell still showing it is
 * known to be untouched even after the wording or the language of the placeholder changed.
 */
const COMMENT_PREFIX = 'fupan-note:';

/** 32-bit FNV-1a of a string, as 8 hex digits: short enough for a name comment (≤ 255 characters). */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function noteName(id: string): string {
  return NOTE_NAME_PREFIX + id;
}

export function isNoteName(name: string): boolean {
  return name.toLowerCase().startsWith(NOTE_NAME_PREFIX.toLowerCase());
}

/** The id a note name carries ('FupanNote_lessons' → 'lessons'). */
export function noteIdOf(name: string): string {
  return name.slice(NOTE_NAME_PREFIX.length);
}

/** Workbook names allow letters, digits, underscore and period; the note id must keep to them. */
export function isValidNoteId(id: string): boolean {
  return /^[A-Za-z0-9_.]+$/.test(id) && id.length <= 200;
}

export function noteComment(placeholder: string): string {
  return COMMENT_PREFIX + fnv1a(placeholder);
}

/** What the analyst left in a note cell, or undefined when it is empty or still the placeholder. */
export interface SavedNote {
  readonly id: string;
  readonly value: string | number | boolean;
  /** Kept for numbers (a date the analyst typed stays a date). */
  readonly numberFormat: string | undefined;
}

export function savedNote(
  id: string,
  value: unknown,
  numberFormat: unknown,
  comment: string,
  currentPlaceholder: string | undefined,
): SavedNote | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return undefined;
  if (typeof value === 'string') {
    if (value === currentPlaceholder) return undefined;
    if (comment.startsWith(COMMENT_PREFIX) && comment.slice(COMMENT_PREFIX.length) === fnv1a(value))
      return undefined;
  }
  const format = typeof numberFormat === 'string' && numberFormat !== 'General' && typeof value === 'number';
  return { id, value, numberFormat: format ? numberFormat : undefined };
}
