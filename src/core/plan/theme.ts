import type { CellStyle } from './types';

/** Fupan's palette and the handful of cell styles every sheet shares. */
export const COLORS = {
  brand: '#0F7B6C',
  brandLight: '#E3F2EF',
  header: '#1F4E5F',
  headerText: '#FFFFFF',
  good: '#107C10',
  goodFill: '#DFF6DD',
  warn: '#8A6100',
  warnFill: '#FFF4CE',
  bad: '#A4262C',
  badFill: '#FDE7E9',
  muted: '#605E5C',
  noteFill: '#FFFBE6',
  border: '#C8C6C4',
  series: ['#0F7B6C', '#2B88D8', '#E3008C', '#FFB900', '#8764B8', '#D83B01', '#00B7C3', '#498205'],
} as const;

export const STYLES = {
  title: { bold: true, fontSize: 16, fontColor: COLORS.brand } satisfies CellStyle,
  subtitle: { italic: true, fontColor: COLORS.muted } satisfies CellStyle,
  section: {
    bold: true,
    fontSize: 12,
    fontColor: COLORS.header,
    border: 'bottom',
    borderColor: COLORS.brand,
  } satisfies CellStyle,
  label: { bold: true } satisfies CellStyle,
  muted: { fontColor: COLORS.muted } satisfies CellStyle,
  sentence: { wrap: true, vAlign: 'top' } satisfies CellStyle,
  note: {
    fill: COLORS.noteFill,
    wrap: true,
    vAlign: 'top',
    border: 'outline',
    borderColor: COLORS.border,
  } satisfies CellStyle,
  good: { fontColor: COLORS.good, fill: COLORS.goodFill, bold: true } satisfies CellStyle,
  warn: { fontColor: COLORS.warn, fill: COLORS.warnFill, bold: true } satisfies CellStyle,
  bad: { fontColor: COLORS.bad, fill: COLORS.badFill, bold: true } satisfies CellStyle,
} as const;

export const TABLE_STYLE = 'TableStyleMedium2';
