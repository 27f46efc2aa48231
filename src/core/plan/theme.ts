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
  /**
   * Series colours: the Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008) without its yellow,
   * which does not read on white. Neighbours differ in hue and lightness, so readers with any of the common
   * colour-vision deficiencies still tell them apart; charts take them in order (tests/core/plan/chartPalette).
   */
  series: ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#000000'],
  /** The "Other" slice of a folded pie: a neutral grey that no series colour is confused with. */
  otherSlice: '#C8C8C8',
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
